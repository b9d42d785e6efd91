package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.APPEAL_ID;
import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.DECISION_ID;
import static se.kasus.casework.ProcessVariables.IN_TIME;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * The service tasks' delegates: thin, named beans that read ids from the execution and call one casework method.
 * Each is idempotent, because the engine retries a failed job. What they write is audited with the actor "system".
 */
@Configuration
class ProcessDelegates {

    static final String SYSTEM = "system";

    @Bean
    JavaDelegate caseworkCloseCaseDelegate(CaseRepository cases, AuditLog audit, Clock clock) {
        return execution -> {
            CaseRecord caseRecord = cases.findById(id(execution, CASE_ID)).orElseThrow();
            caseRecord.close(clock.instant());
            audit.record(new AuditEvent(SYSTEM, AuditAction.UPDATE, "ärende", caseRecord.personId(), caseRecord.id(),
                    "Ärendet avslutat av processen"));
        };
    }

    @Bean
    JavaDelegate caseworkCreateDecisionLetterDelegate(DecisionLetters letters) {
        return execution -> letters.createFor(id(execution, DECISION_ID));
    }

    @Bean
    JavaDelegate caseworkFlagNotExecutedDelegate(DecisionRepository decisions, CaseRepository cases, AuditLog audit,
            Clock clock) {
        return execution -> {
            Decision decision = decisions.findById(id(execution, DECISION_ID)).orElseThrow();
            decision.flagNotExecuted(LocalDate.now(clock));
            audit.record(new AuditEvent(SYSTEM, AuditAction.UPDATE, "beslut", personOf(cases, decision.caseId()),
                    decision.caseId(), "Beslutet ej verkställt inom tre månader"));
        };
    }

    @Bean
    JavaDelegate caseworkCheckAppealTimelinessDelegate(AppealRepository appeals, DecisionRepository decisions) {
        return execution -> {
            Appeal appeal = appeals.findById(id(execution, APPEAL_ID)).orElseThrow();
            Decision decision = decisions.findById(appeal.decisionId()).orElseThrow();
            execution.setVariable(IN_TIME, appeal.checkTimeliness(decision.appealDeadline()));
        };
    }

    private static long personOf(CaseRepository cases, long caseId) {
        return cases.findById(caseId).orElseThrow().personId();
    }

    private static long id(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }
}
