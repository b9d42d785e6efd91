package se.kasus.casework;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service task of ekonomiskt bistånd: thin, reads ids from the execution, calls one casework method. */
@Configuration
class EkbDelegates {

    /** Beräkning enligt riksnormen, right after the utredning and in its transaction; idempotent. */
    @Bean
    JavaDelegate caseworkCalculateEkbDelegate(EkbSteps steps) {
        return execution -> execution.setVariable(EkbVariables.CALCULATION_ID, steps.calculate(
                ((Number) execution.getVariable(ProcessVariables.CASE_ID)).longValue(),
                ((Number) execution.getVariable(EkbVariables.INVESTIGATION_ID)).longValue()));
    }
}
