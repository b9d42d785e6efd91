package se.kasus.casework;

/** The process and variable names of ekonomiskt bistånd (ekb-bistand), defined once; ids only, never amounts. */
final class EkbVariables {

    static final String PROCESS = "ekb-bistand";
    static final String INVESTIGATION_ID = "ekbUtredningId";
    static final String CALCULATION_ID = "ekbBerakningId";

    private EkbVariables() {
    }
}
