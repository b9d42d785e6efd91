package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.INVESTIGATION_DUE;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/** Service tasks of barn-utredning. Like {@link ProcessDelegates}: thin, idempotent, audited as "system". */
@Configuration
class BarnDelegates {

    /**
     * Opens the utredning with its last day under the rule in config/deadlines.yml. Idempotent: a retried job finds
     * the investigation it opened still open and only sets the variable again.
     */
    @Bean
    JavaDelegate barnOpenInvestigationDelegate(ChildInvestigationRepository investigations, CaseRepository cases,
            Deadlines deadlines, AuditLog audit, Clock clock) {
        return execution -> {
            long caseId = ((Number) execution.getVariable(CASE_ID)).longValue();
            ChildInvestigation investigation = investigations.findFirstByCaseIdOrderByIdDesc(caseId)
                    .filter(i -> !i.completed()).orElseGet(() -> {
                        LocalDate today = LocalDate.now(clock);
                        ChildInvestigation opened = investigations.save(new ChildInvestigation(caseId, today,
                                deadlines.lastDay(Deadlines.BARNUTREDNING, today)));
                        audit.record(new AuditEvent(ProcessDelegates.SYSTEM, AuditAction.CREATE, "utredning",
                                cases.findById(caseId).orElseThrow().personId(), caseId, "Utredning inledd"));
                        return opened;
                    });
            execution.setVariable(INVESTIGATION_DUE, ProcessVariables.endOf(investigation.lastDay(), clock.getZone()));
        };
    }
}
