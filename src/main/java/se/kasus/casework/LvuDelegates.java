package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.CASE_TYPE;
import static se.kasus.casework.ProcessVariables.LVU_ID;
import static se.kasus.casework.ProcessVariables.LVU_START;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/** The LVU service tasks' delegates: thin, idempotent, audited as "system" like {@link ProcessDelegates}. */
@Configuration
class LvuDelegates {

    /** The deadline the lapsing timer guarded, set as an input parameter on the service task. */
    static final String DEADLINE_KEY = "fristNyckel";

    /**
     * Called by {@code barn-utredning}: starts {@code barn-lvu} for the case, with the case id as business key. A
     * retry, or a case where an LVU already runs, starts nothing.
     */
    @Bean
    JavaDelegate barnStartaLvuDelegate(LvuService lvu) {
        return execution -> {
            if (!CaseType.BARN_UNGA.name().equals(execution.getVariable(CASE_TYPE))) {
                throw new CaseRuleException("LVU kan bara inledas i ett ärende om barn och unga.");
            }
            Object start = execution.getVariable(LVU_START);
            lvu.startFromProcess(id(execution, CASE_ID), start == null ? null : LvuStart.valueOf(start.toString()));
        };
    }

    /**
     * A deadline ran out (7 § or 8–9 §§): the omhändertagande lapses by law, and the miss is kept as a legal failure
     * that the unit sees until the enhetschef has recorded what was done.
     */
    @Bean
    JavaDelegate lvuLapseDelegate(LvuRepository lvus, LvuLegalFailureRepository failures, CaseRepository cases,
            AuditLog audit, Clock clock) {
        return execution -> {
            Lvu lvu = lvus.findById(id(execution, LVU_ID)).orElseThrow();
            String key = (String) execution.getVariable(DEADLINE_KEY);
            if (failures.existsByLvuIdAndDeadlineKey(lvu.id(), key)) {
                return;
            }
            LocalDate lastDay = Deadlines.LVU_UNDERSTALLAN.equals(key) ? lvu.submissionDeadline()
                    : lvu.applicationDeadline();
            lvu.lapse(LocalDate.now(clock), "Frist missad: omhändertagandet har upphört (" + key + ")");
            failures.save(new LvuLegalFailure(lvu.id(), lvu.caseId(), lvu.unitId(), key, lastDay, clock.instant()));
            audit.record(new AuditEvent(ProcessDelegates.SYSTEM, AuditAction.UPDATE, "lvu",
                    cases.findById(lvu.caseId()).orElseThrow().personId(), lvu.caseId(),
                    "LVU-frist missad, omhändertagandet har upphört: " + key));
        };
    }

    /**
     * The 13 § last day passed without an övervägande or prövning. Care does not lapse, but the board has broken the
     * law's minimum: kept as a legal failure for the enhetschef, like a missed court deadline. Idempotent per last day.
     */
    @Bean
    JavaDelegate lvuReviewLateDelegate(LvuRepository lvus, LvuLegalFailureRepository failures, CaseRepository cases,
            AuditLog audit, Clock clock) {
        return execution -> {
            Lvu lvu = lvus.findById(id(execution, LVU_ID)).orElseThrow();
            LocalDate lastDay = lvu.nextReviewDate();
            if (failures.existsByLvuIdAndDeadlineKeyAndLastDay(lvu.id(), Deadlines.LVU_OMPROVNING, lastDay)) {
                return;
            }
            failures.save(new LvuLegalFailure(lvu.id(), lvu.caseId(), lvu.unitId(), Deadlines.LVU_OMPROVNING, lastDay,
                    clock.instant()));
            audit.record(new AuditEvent(ProcessDelegates.SYSTEM, AuditAction.UPDATE, "lvu",
                    cases.findById(lvu.caseId()).orElseThrow().personId(), lvu.caseId(),
                    "Övervägande/prövning enligt LVU 13 § inte gjort senast " + lastDay));
        };
    }

    private static long id(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }
}
