package se.kasus.casework;

public class CaseNotFoundException extends NotFoundException {

    public CaseNotFoundException(long caseId) {
        super("Ärendet finns inte.");
    }
}
