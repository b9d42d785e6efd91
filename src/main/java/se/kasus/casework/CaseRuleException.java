package se.kasus.casework;

/** A request that the law's order or the case's state does not allow; the message is shown to the user. */
public class CaseRuleException extends RuntimeException {

    public CaseRuleException(String message) {
        super(message);
    }
}
