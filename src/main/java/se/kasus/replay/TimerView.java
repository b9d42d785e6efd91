package se.kasus.replay;

import java.time.Instant;

/** A timer of a process run: when it was due and whether it fired, is still waiting or was removed. */
public record TimerView(String activityId, String name, Instant dueAt, Instant firedAt, State state, int failures) {

    public enum State {
        FIRED("Utlöst"), WAITING("Väntar"), REMOVED("Togs bort utan att utlösas");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
