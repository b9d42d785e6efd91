package se.kasus.consistency;

/**
 * One disagreement between the domain records and the engine: which kind, the case (or the process instance when
 * no case has its business key) and what was found, in Swedish.
 */
public record Mismatch(Kind kind, String subject, String detail) {

    public enum Kind {
        /** An open case with no running instance of its process, or with more than one. */
        OPEN_CASE_WITHOUT_ONE_PROCESS("Öppet ärende utan exakt en pågående process"),
        /** A closed case whose process still runs. */
        CLOSED_CASE_WITH_PROCESS("Avslutat ärende med pågående process"),
        /** A running root process instance whose business key is no case. */
        PROCESS_WITHOUT_CASE("Pågående process utan ärende"),
        /** More step records than completed tasks that write them. */
        RECORD_WITHOUT_TASK("Stegpost utan slutförd uppgift");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String asText() {
        return kind.label() + ": " + subject + " — " + detail;
    }
}
