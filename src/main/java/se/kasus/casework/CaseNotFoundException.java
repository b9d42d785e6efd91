package se.kasus.casework;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(long caseId) {
        super("Ärendet finns inte.");
    }
}
