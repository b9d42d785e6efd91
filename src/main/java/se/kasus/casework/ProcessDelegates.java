package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.APPEAL_ID;
import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.DECISION_ID;
import static se.kasus.casework.ProcessVariables.IN_TIME;
import static se.kasus.casework.ProcessVariables.NOT_EXECUTED_PROCESS;
import static se.kasus.casework.ProcessVariables.RECONSIDERING_ROLE;
import static se.kasus.casework.ProcessVariables.UNIT_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.engine.Workflow;

/**
 * The service tasks' delegates: thin, named beans that read ids from the execution and call one casework method.
 * Each is idempotent, because the engine retries a failed job. What they write is audited with the actor "system".
 */
@Configuration
class ProcessDelegates {

    static final String SYSTEM = "system";

    @Bean
    JavaDelegate caseworkCloseCaseDelegate(CaseRepository cases, AuditLog audit, Clock clock,
            OrderTerminations terminations) {
        return execution -> {
            CaseRecord caseRecord = cases.findById(id(execution, CASE_ID)).orElseThrow();
            caseRecord.close(clock.instant());
            audit.record(new AuditEvent(SYSTEM, AuditAction.UPDATE, "ärende", caseRecord.personId(), caseRecord.id(),
                    "Ärendet avslutat av processen"));
            terminations.terminateAcceptedOrders(caseRecord);
        };
    }

    /**
     * The provider let the answer time pass without acknowledging an upphörande: the order is marked unanswered
     * (the insats still ends on its date) before the unit's task is created. Idempotent: only a waiting order moves.
     */
    @Bean
    JavaDelegate caseworkMarkTerminationUnansweredDelegate(ServiceOrderRepository orders, CaseRepository cases,
            AuditLog audit) {
        return execution -> {
            ServiceOrder order = orders.findById(id(execution, ProcessVariables.ORDER_ID)).orElseThrow();
            if (order.status() != OrderStatus.SKICKAD) {
                return;
            }
            order.expire(null);
            CaseRecord caseRecord = cases.findById(order.caseId()).orElseThrow();
            audit.record(new AuditEvent(SYSTEM, AuditAction.UPDATE, "bestallning", caseRecord.personId(),
                    caseRecord.id(), "Upphörande " + order.id() + " ej kvitterat inom svarstiden"));
        };
    }

    @Bean
    JavaDelegate caseworkCreateDecisionLetterDelegate(DecisionLetters letters) {
        return execution -> letters.createFor(id(execution, DECISION_ID));
    }

    /**
     * Flags the decision and starts the report process, where the enhetschef gives the reason. A process of its own,
     * so the execution goes on (and follow-up starts) while the reason is still being written.
     */
    @Bean
    JavaDelegate caseworkFlagNotExecutedDelegate(DecisionRepository decisions, CaseRepository cases, AuditLog audit,
            Workflow workflow, Clock clock) {
        return execution -> {
            Decision decision = decisions.findById(id(execution, DECISION_ID)).orElseThrow();
            if (!decision.flagNotExecuted(LocalDate.now(clock))) {
                return;
            }
            CaseRecord caseRecord = cases.findById(decision.caseId()).orElseThrow();
            workflow.start(NOT_EXECUTED_PROCESS, caseRecord.id(), Map.of(CASE_ID, caseRecord.id(), UNIT_ID,
                    caseRecord.unitId(), DECISION_ID, decision.id()));
            audit.record(new AuditEvent(SYSTEM, AuditAction.UPDATE, "beslut", caseRecord.personId(),
                    caseRecord.id(), "Beslutet ej verkställt inom tre månader"));
        };
    }

    @Bean
    JavaDelegate caseworkCheckAppealTimelinessDelegate(AppealRepository appeals, DecisionRepository decisions,
            CaseRepository cases, AuditLog audit) {
        return execution -> {
            Appeal appeal = appeals.findById(id(execution, APPEAL_ID)).orElseThrow();
            Decision decision = decisions.findById(appeal.decisionId()).orElseThrow();
            boolean inTime = appeal.checkTimeliness(decision.appealDeadline());
            execution.setVariable(IN_TIME, inTime);
            // FL 45–46 §§: the authority that decided tries timeliness and reconsiders, i.e. the delegated role.
            execution.setVariable(RECONSIDERING_ROLE, decision.decidedRole());
            audit.record(new AuditEvent(SYSTEM, AuditAction.UPDATE, "överklagande",
                    cases.findById(decision.caseId()).orElseThrow().personId(), decision.caseId(),
                    inTime ? "Rättidsprövning: i tid" : "Rättidsprövning: för sent"));
        };
    }

    private static long id(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }
}
