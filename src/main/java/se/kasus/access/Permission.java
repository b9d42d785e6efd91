package se.kasus.access;

/**
 * What a role may do. Which role has which permission is data ({@code config/access.yml}); permissions marked
 * unit-scoped are granted only for clients and cases of the user's own unit (OSL 26 kap. sekretess between units).
 */
public enum Permission {
    /** Find a person in the registry by personnummer, to register an ansökan. */
    PERSON_SEARCH(false),
    /** Read a client's file: cases, decisions, journal, documents. */
    CLIENT_FILE_READ(true),
    /** Register a new case (aktualisering). */
    CASE_CREATE(true),
    /** Claim and complete the tasks of a case. */
    TASK_WORK(true),
    /** Make a decision, within what the delegationsordning allows the role. */
    DECIDE(true),
    /** Write in the journal. */
    JOURNAL_WRITE(true),
    /** Read the audit log. */
    AUDIT_READ(false),
    /**
     * Replay any case's history (ärendehistorik): every step, who, when, the records and the path in the process
     * diagram. Any unit's case, like the audit log: it is for review, not for casework.
     */
    CASE_HISTORY_READ(false),
    /** Verify the audit log's hash chain. */
    AUDIT_VERIFY(false),
    /** Deploy and administer processes (Cockpit, engine REST). */
    PROCESS_ADMIN(false),
    /** See the running legal deadlines (fristbevakning, /frister) of the own unit's cases. */
    DEADLINE_VIEW(true),
    /** Read a client's avgiftsunderlag, fee computation and avgiftsbeslut, and the unit's fee run (SoL 32 kap.). */
    FEE_READ(true),
    /** Register an avgiftsunderlag and make an avgiftsbeslut. */
    FEE_WRITE(true),
    /** Run the unit's monthly avgiftskörning and export it to the ekonomisystem (freezes the month). */
    FEE_RUN(true),
    /**
     * Report visits and deliveries (tidrapportering) on the orders of the user's own provider: a provider user's unit
     * is its provider id, checked by the provision module on every order.
     */
    VISIT_REPORT(false),
    /** Correct reported visits of the own provider (the provider's coordinator): a new version, never an overwrite. */
    VISIT_CORRECT(false),
    /** Read a provider's ersättningsunderlag (PDF, CSV); provider users only their own provider's. */
    REIMBURSEMENT_READ(false),
    /** Review and attest a provider's month, export it to the ekonomisystem and reconcile the provider's invoice. */
    REIMBURSEMENT_ATTEST(false),
    /**
     * Utförare: read the own provider organisation's orders and clients (what was decided) and answer the orders. The
     * "unit" is the provider organisation: a provider's staff have unitId = provider id, so scoping keeps providers
     * apart.
     */
    PROVIDER_ORDERS(true),
    /** Utförare: write the own clients' genomförandeplan and social dokumentation, and message the handläggare. */
    PROVIDER_DOCUMENTATION(true),
    /**
     * Socialregistret, the existence right: see every occurrence of a person in all law areas and units and whom to
     * contact, never the case itself (reading a case stays with CLIENT_FILE_READ in the case's unit).
     */
    SOCIAL_REGISTER_READ(false),
    /**
     * Skyddade personuppgifter (sekretessmarkering, skyddad folkbokföring): see such a person by name in lists,
     * searches and exports, and only where the person has a case in the user's unit. Never the address: that stays
     * on the cases that need it.
     */
    PROTECTED_IDENTITY_READ(true);

    private final boolean unitScoped;

    Permission(boolean unitScoped) {
        this.unitScoped = unitScoped;
    }

    public boolean unitScoped() {
        return unitScoped;
    }
}
