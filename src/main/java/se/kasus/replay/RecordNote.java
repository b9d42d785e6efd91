package se.kasus.replay;

import java.util.List;

/**
 * A record that a step wrote or acted on, as the replay shows it next to the step: what was decided and why.
 *
 * @param aspect what the step did with the record, e.g. {@code PROPOSAL} or {@code DECISION} for one decision
 * @param id     the record's id (a decision's id for both its proposal and its decision)
 */
public record RecordNote(Aspect aspect, long id, String title, List<Fact> facts) {

    /** One line of a record: a Swedish label and its value; {@code kind} says how a screen should show the value. */
    public record Fact(String label, Object value, Kind kind) {

        public enum Kind {
            TEXT, CODE, PERSON, DATE, TIME, YES_NO
        }
    }
}
