package se.kasus.casework;

/** How an LVU begins: with the nämnd's 6 § decision, or with an ansökan om vård after an investigation. */
public enum LvuStart {
    OMEDELBART,
    ANSOKAN
}
