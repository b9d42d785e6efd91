package se.kasus.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Names of the process variables the BPMN models read, defined once. Variables hold ids, enums, booleans and dates,
 * never personal data: that stays in the domain tables, behind the access check.
 */
final class ProcessVariables {

    static final String CASE_ID = "caseId";
    static final String UNIT_ID = "unitId";
    static final String CASE_TYPE = "arendetyp";
    static final String NEEDS_SUPPLEMENT = "behoverKomplettering";
    static final String PROPOSAL_ID = "forslagId";
    static final String OUTCOME = "utfall";
    static final String SERVICE_TYPE = "insatstyp";
    static final String HOURS = "omfattningTimmar";
    static final String AGAINST_APPLICANT = "motgaende";
    static final String COMMUNICATED = "kommunicerad";
    static final String RESPONSE_DEADLINE = "svarsfrist";
    static final String FOLLOW_UP_DATE = "uppfoljningsdatum";
    static final String FOLLOW_UP_DUE = "uppfoljningSenast";
    static final String DECIDER_ROLE = "beslutsfattareRoll";
    static final String DECIDED = "beslutGodkant";
    static final String DECISION_ID = "beslutId";
    static final String NOT_EXECUTED_AT = "ejVerkstalltDatum";
    static final String APPEAL_PERIOD_END = "overklagandetidSlut";
    static final String FOLLOW_UP_RESULT = "uppfoljningResultat";
    static final String APPEAL_ID = "overklagandeId";
    static final String IN_TIME = "iTid";
    static final String RECONSIDERATION = "omprovningResultat";
    static final String RECONSIDERING_ROLE = "omprovningRoll";
    // Barn och unga (barn-utredning).
    static final String PROTECTION_DUE = "skyddsbedomningSenast";
    static final String PRELIMINARY_DUE = "forhandsbedomningSenast";
    static final String IMMEDIATE_DANGER = "omedelbarFara";
    static final String LVU_START = "lvuInledning";
    static final String OPEN_INVESTIGATION = "inledaUtredning";
    static final String INVESTIGATION_DUE = "utredningSenast";
    static final String CHILD_OUTCOME = "barnUtfall";

    // Familjerätt (familjeratt-snabbupplysning).
    /** The end of the court's last day: the timer that tells the enhetschef fires then. */
    static final String COURT_DEADLINE = "domstolensFrist";
    /** How many current cases in other units whose caseworkers are to be contacted (multi-instance cardinality). */
    static final String CONTACT_COUNT = "antalKontakter";
    /** familjeratt-vbu-utredning: how many parents are talked to (multi-instance cardinality of the talk task). */
    static final String PARENT_COUNT = "antalForaldrar";

    static final String APPEAL_MESSAGE = "overklagande-inkommit";
    static final String APPEAL_PROCESS = "gemensam-overklagande";
    static final String NOT_EXECUTED_PROCESS = "gemensam-ej-verkstallt";
    static final String TERMINATION_PROCESS = "gemensam-upphorande";
    static final String LVU_PROCESS = "barn-lvu";
    static final String LVU_ID = "lvuId";
    /** The utförare an order went to: its team answers it (candidate group {@code <providerId>.utforare}). */
    static final String PROVIDER_ID = "providerId";
    static final String ORDER_ID = "bestallningId";
    static final String ORDER_ANSWER_DUE = "svarsfrist";
    static final String ORDER_ACCEPTED = "bestallningAccepterad";

    private ProcessVariables() {
    }

    /**
     * A deadline's last day ends at midnight; the timer fires when the next day begins, Swedish time, so a reply that
     * arrives on the last day is in time.
     */
    static Date endOf(LocalDate lastDay, ZoneId zone) {
        return Date.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
