package se.kasus.access;

/**
 * What a role may do, as the code asks for it. Each permission is one cell (resource, action) of the
 * behörighetsmatris in {@code config/access.yml}; which role holds it, in which scope (own unit or all units) and for
 * which law areas is data there, never here.
 */
public enum Permission {
    /** Find a person in the registry by personnummer, to register an ansökan. */
    PERSON_SEARCH(AccessResource.PERSON, AccessAction.READ),
    /** Read a client's file: cases, decisions, journal, documents. */
    CLIENT_FILE_READ(AccessResource.CASE, AccessAction.READ),
    /** Register a new case (aktualisering). */
    CASE_CREATE(AccessResource.CASE, AccessAction.CREATE),
    /** Claim and complete the tasks of a case. */
    TASK_WORK(AccessResource.CASE, AccessAction.WRITE),
    /** Make a decision, within what the delegationsordning allows the role. */
    DECIDE(AccessResource.DECISION, AccessAction.DECIDE),
    /** Write in the journal. */
    JOURNAL_WRITE(AccessResource.JOURNAL, AccessAction.WRITE),
    /** Read the audit log. */
    AUDIT_READ(AccessResource.AUDIT_LOG, AccessAction.READ),
    /**
     * Replay any case's history (ärendehistorik): every step, who, when, the records and the path in the process
     * diagram. Any unit's case, like the audit log: it is for review, not for casework.
     */
    CASE_HISTORY_READ(AccessResource.CASE_HISTORY, AccessAction.READ),
    /** Verify the audit log's hash chain. */
    AUDIT_VERIFY(AccessResource.AUDIT_LOG, AccessAction.VERIFY),
    /** Deploy and administer processes (Cockpit, engine REST). */
    PROCESS_ADMIN(AccessResource.PROCESS_ADMIN, AccessAction.WRITE),
    /** See the running legal deadlines (fristbevakning, /frister) of the own unit's cases. */
    DEADLINE_VIEW(AccessResource.DEADLINE, AccessAction.READ),
    /** Read a client's avgiftsunderlag, fee computation and avgiftsbeslut, and the unit's fee run (SoL 32 kap.). */
    FEE_READ(AccessResource.FEE, AccessAction.READ),
    /** Register an avgiftsunderlag and make an avgiftsbeslut. */
    FEE_WRITE(AccessResource.FEE, AccessAction.WRITE),
    /** Run the unit's monthly avgiftskörning and export it to the ekonomisystem (freezes the month). */
    FEE_RUN(AccessResource.FEE, AccessAction.EXPORT),
    /**
     * Report visits and deliveries (tidrapportering) on the orders of the user's own provider: a provider user's unit
     * is its provider id, checked by the provision module on every order.
     */
    VISIT_REPORT(AccessResource.TIME_REPORT, AccessAction.WRITE),
    /** Correct reported visits of the own provider (the provider's coordinator): a new version, never an overwrite. */
    VISIT_CORRECT(AccessResource.TIME_REPORT, AccessAction.CORRECT),
    /** Read a provider's ersättningsunderlag (PDF, CSV); provider users only their own provider's. */
    REIMBURSEMENT_READ(AccessResource.INVOICE_BASIS, AccessAction.READ),
    /** Review and attest a provider's month, export it to the ekonomisystem and reconcile the provider's invoice. */
    REIMBURSEMENT_ATTEST(AccessResource.INVOICE_BASIS, AccessAction.DECIDE),
    /**
     * Utförare: read the own provider organisation's orders and clients (what was decided) and answer the orders. The
     * "unit" is the provider organisation: a provider's staff have unitId = provider id, so scoping keeps providers
     * apart.
     */
    PROVIDER_ORDERS(AccessResource.ORDER, AccessAction.WRITE),
    /** Utförare: write the own clients' genomförandeplan and social dokumentation, and message the handläggare. */
    PROVIDER_DOCUMENTATION(AccessResource.DOCUMENT, AccessAction.WRITE),
    /**
     * Socialregistret, the existence right: see every occurrence of a person in all law areas and units and whom to
     * contact, never the case itself (reading a case stays with CLIENT_FILE_READ in the case's unit).
     */
    SOCIAL_REGISTER_READ(AccessResource.CASE, AccessAction.SEE_EXISTENCE),
    /**
     * Skyddade personuppgifter (sekretessmarkering, skyddad folkbokföring): see such a person by name in lists,
     * searches and exports, and only where the person has a case in the user's unit. Never the address: that stays
     * on the cases that need it.
     */
    PROTECTED_IDENTITY_READ(AccessResource.PROTECTED_PERSON, AccessAction.READ);

    private final AccessResource resource;
    private final AccessAction action;

    Permission(AccessResource resource, AccessAction action) {
        this.resource = resource;
        this.action = action;
    }

    /** The matrix row this right belongs to. */
    public AccessResource resource() {
        return resource;
    }

    /** The matrix column this right belongs to. */
    public AccessAction action() {
        return action;
    }

    /** The permission that is the cell (resource, action), if the code knows one. */
    public static java.util.Optional<Permission> of(AccessResource resource, AccessAction action) {
        return java.util.Arrays.stream(values()).filter(p -> p.resource == resource && p.action == action).findFirst();
    }
}
