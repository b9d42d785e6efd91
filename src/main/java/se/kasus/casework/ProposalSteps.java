package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.AGAINST_APPLICANT;
import static se.kasus.casework.ProcessVariables.COMMUNICATED;
import static se.kasus.casework.ProcessVariables.FOLLOW_UP_DATE;
import static se.kasus.casework.ProcessVariables.FOLLOW_UP_DUE;
import static se.kasus.casework.ProcessVariables.HOURS;
import static se.kasus.casework.ProcessVariables.OUTCOME;
import static se.kasus.casework.ProcessVariables.PROPOSAL_ID;
import static se.kasus.casework.ProcessVariables.RESPONSE_DEADLINE;
import static se.kasus.casework.ProcessVariables.SERVICE_TYPE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Förslag till beslut and kommunicering (förvaltningslagen 25 §). */
@Component
class ProposalSteps implements StepGroup {

    private final DecisionRepository decisions;
    private final CommunicationRepository communications;
    private final Deadlines deadlines;
    private final Clock clock;

    ProposalSteps(DecisionRepository decisions, CommunicationRepository communications, Deadlines deadlines,
            Clock clock) {
        this.decisions = decisions;
        this.communications = communications;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public List<TaskStep> steps() {
        return List.of(TaskStep.of("Task_ForslagTillBeslut", this::propose),
                TaskStep.of("Task_Kommunicera", this::communicate),
                TaskStep.of("Task_RegistreraSvar", this::registerResponse));
    }

    private Map<String, Object> propose(StepContext ctx, FormValues v) {
        Decision.Proposal proposal = proposal(v);
        decisions.findByCaseIdAndStatus(ctx.caseId(), DecisionStatus.PROPOSED).forEach(Decision::supersede);
        Decision saved = decisions.save(new Decision(ctx.caseId(), proposal, ctx.user().username(), ctx.now()));
        Map<String, Object> vars = new HashMap<>();
        vars.put(PROPOSAL_ID, saved.id());
        vars.put(OUTCOME, proposal.outcome().name());
        vars.put(SERVICE_TYPE, proposal.serviceType().name());
        vars.put(HOURS, proposal.hoursPerMonth() == null ? 0 : proposal.hoursPerMonth());
        vars.put(AGAINST_APPLICANT, proposal.outcome().againstApplicant());
        // The timer opens the follow-up task as the day begins; the task is due when that day ends.
        vars.put(FOLLOW_UP_DATE, proposal.followUpDate() == null ? null
                : ProcessVariables.endOf(proposal.followUpDate().minusDays(1), clock.getZone()));
        vars.put(FOLLOW_UP_DUE, proposal.followUpDate() == null ? null
                : ProcessVariables.endOf(proposal.followUpDate(), clock.getZone()));
        return vars;
    }

    /** The form hides dates for an avslag; for a grant they are required and must make sense together. */
    private static Decision.Proposal proposal(FormValues v) {
        Outcome outcome = v.choice("utfall", Outcome.class);
        boolean grant = outcome != Outcome.AVSLAG;
        LocalDate from = grant ? v.date("startdatum") : null;
        LocalDate to = grant ? v.date("slutdatum") : null;
        LocalDate followUp = grant ? v.date("uppfoljningsdatum") : null;
        if (grant) {
            requirePresent(v.integer("omfattningTimmar"), "omfattningTimmar", "Omfattning (timmar per månad)");
            requirePresent(from, "startdatum", "Gäller från");
            requirePresent(followUp, "uppfoljningsdatum", "Följs upp senast");
            LocalDateRules.notBefore(to, from, "slutdatum", "Gäller till och med", "startdatumet");
            LocalDateRules.notBefore(followUp, from, "uppfoljningsdatum", "Följs upp senast", "startdatumet");
        }
        return new Decision.Proposal(outcome, v.choice("insatstyp", ServiceType.class),
                grant ? v.integer("omfattningTimmar") : null, from, to, followUp, v.text("motivering"),
                v.text("lagrum"));
    }

    private static void requirePresent(Object value, String key, String label) {
        if (value == null) {
            throw FormRejectedException.field(key, label, "Fältet är obligatoriskt vid bifall.");
        }
    }

    private Map<String, Object> communicate(StepContext ctx, FormValues v) {
        LocalDate sent = v.date("kommuniceratDatum");
        LocalDateRules.notInFuture(sent, ctx.today(), "kommuniceratDatum", "Underlaget skickades");
        LocalDateRules.notBefore(sent, ctx.caseRecord().receivedDate(), "kommuniceratDatum", "Underlaget skickades",
                "ansökan kom in");
        LocalDate deadline = v.date("svarsfrist") != null ? v.date("svarsfrist")
                : deadlines.lastDay(Deadlines.KOMMUNICERING_SVARSFRIST, sent);
        LocalDateRules.notBefore(deadline, sent.plusDays(1), "svarsfrist", "Svar senast", "dagen efter utskicket");
        communications.save(new Communication(ctx.caseId(), ctx.longVariable(PROPOSAL_ID), sent,
                v.text("kommunikationssatt"), deadline, ctx.user().username(), ctx.now()));
        return Map.of(COMMUNICATED, true, RESPONSE_DEADLINE, ProcessVariables.endOf(deadline, clock.getZone()));
    }

    private Map<String, Object> registerResponse(StepContext ctx, FormValues v) {
        Communication communication = communications.findFirstByCaseIdOrderByIdDesc(ctx.caseId())
                .orElseThrow(() -> new CaseRuleException("Ingen kommunicering finns att registrera svar på."));
        LocalDateRules.notInFuture(v.date("svarInkom"), ctx.today(), "svarInkom", "Svaret inkom");
        LocalDateRules.notBefore(v.date("svarInkom"), communication.sentDate(), "svarInkom", "Svaret inkom",
                "kommuniceringen");
        communication.registerResponse(v.date("svarInkom"), v.text("svar"));
        return Map.of();
    }
}
