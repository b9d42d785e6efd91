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

/**
 * The service tasks' delegates: thin, named beans that read ids from the execution and call one casework method.
 * Each is idempotent, because the engine retries a failed job.
 */
@Configuration
class ProcessDelegates {

    @Bean
    JavaDelegate caseworkCloseCaseDelegate(CaseRepository cases, Clock clock) {
        return execution -> cases.findById(id(execution, CASE_ID)).orElseThrow().close(clock.instant());
    }

    @Bean
    JavaDelegate caseworkCreateDecisionLetterDelegate(DecisionLetters letters) {
        return execution -> letters.createFor(id(execution, DECISION_ID));
    }

    @Bean
    JavaDelegate caseworkFlagNotExecutedDelegate(DecisionRepository decisions, Clock clock) {
        return execution -> decisions.findById(id(execution, DECISION_ID)).orElseThrow()
                .flagNotExecuted(LocalDate.now(clock));
    }

    @Bean
    JavaDelegate caseworkCheckAppealTimelinessDelegate(AppealRepository appeals, DecisionRepository decisions) {
        return execution -> {
            Appeal appeal = appeals.findById(id(execution, APPEAL_ID)).orElseThrow();
            Decision decision = decisions.findById(appeal.decisionId()).orElseThrow();
            execution.setVariable(IN_TIME, appeal.checkTimeliness(decision.appealDeadline()));
        };
    }

    private static long id(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }
}
