package se.kasus.access;

/** A request for log entries that cannot be answered as asked (a period that ends before it starts, too many). */
public class AuditQueryException extends RuntimeException {

    public AuditQueryException(String message) {
        super(message);
    }
}
