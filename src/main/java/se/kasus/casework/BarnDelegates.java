package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.INVESTIGATION_DUE;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/** Service tasks of barn-utredning. Like {@link ProcessDelegates}: thin, idempotent, audited as "system". */
@Configuration
class BarnDelegates {

    static final String START_LVU = "barnStartaLvuDelegate";

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

    /**
     * Until the LVU module is merged, the name the model calls must exist: a stand-in that refuses, so an urgent case
     * or an LVU proposal fails loudly (and rolls back) instead of silently skipping protection. It is registered only
     * when no other bean has the name, so the LVU module's real delegate replaces it without a change here.
     */
    @Bean
    static BeanDefinitionRegistryPostProcessor barnLvuStandIn() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                if (!registry.containsBeanDefinition(START_LVU)) {
                    RootBeanDefinition standIn = new RootBeanDefinition(JavaDelegate.class,
                            () -> (JavaDelegate) execution -> {
                                throw new CaseRuleException("LVU-processen är inte installerad. Kontakta systemförvaltaren.");
                            });
                    standIn.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
                    registry.registerBeanDefinition(START_LVU, standIn);
                }
            }

            @Override
            public void postProcessBeanFactory(
                    org.springframework.beans.factory.config.ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }
}
