package se.kasus.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.kasus.access.UnitView;
import se.kasus.access.UserDirectory;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.letters.Report;
import se.kasus.letters.ReportRenderer;

/**
 * The steps of familjeratt-informationssamtal (FB 6 kap. 25 §): book the samtal, hold it, issue the intyg as a PDF.
 * The engine keeps the order; each step also checks the record of the one before.
 */
@Component
class InformationssamtalSteps implements StepGroup {

    static final String BOOK_TASK = "Task_FrBokaInformationssamtal";
    static final String HOLD_TASK = "Task_FrHallaInformationssamtal";
    static final String ISSUE_TASK = "Task_FrUtfardaIntyg";
    static final String DOC_TYPE = "INTYG_INFORMATIONSSAMTAL";

    private final InformationssamtalService service;
    private final DocumentRepository documents;
    private final ReportRenderer renderer;
    private final UserDirectory directory;
    private final MunicipalityProperties municipality;
    private final AuditLog audit;

    InformationssamtalSteps(InformationssamtalService service, DocumentRepository documents, ReportRenderer renderer,
            UserDirectory directory, MunicipalityProperties municipality, AuditLog audit) {
        this.service = service;
        this.documents = documents;
        this.renderer = renderer;
        this.directory = directory;
        this.municipality = municipality;
        this.audit = audit;
    }

    @Override
    public List<TaskStep> steps() {
        return List.of(TaskStep.of(BOOK_TASK, this::book), TaskStep.of(HOLD_TASK, this::hold),
                TaskStep.of(ISSUE_TASK, this::issue));
    }

    private Map<String, Object> book(StepContext ctx, FormValues v) {
        Informationssamtal s = service.ofCase(ctx.caseId());
        LocalDateRules.notBefore(v.date("samtalsdatum"), s.receivedDate(), "samtalsdatum", "Samtalet bokat till",
                "dagen då begäran kom in");
        s.book(v.date("samtalsdatum"), v.text("plats"), ctx.user().username());
        return Map.of();
    }

    private Map<String, Object> hold(StepContext ctx, FormValues v) {
        Informationssamtal s = service.ofCase(ctx.caseId());
        if (!s.isBooked()) {
            throw new CaseRuleException("Samtalet är inte bokat. Det kan inte registreras som hållet.");
        }
        LocalDate held = v.date("hallet");
        LocalDateRules.notInFuture(held, ctx.today(), "hallet", "Samtalet hölls");
        LocalDateRules.notBefore(held, s.receivedDate(), "hallet", "Samtalet hölls", "dagen då begäran kom in");
        Informationssamtal.Attended who = v.choice("deltog", Informationssamtal.Attended.class);
        if (who == Informationssamtal.Attended.BADA && s.otherParentId() == null) {
            throw FormRejectedException.field("deltog", "Vem deltog",
                    "Ingen annan förälder är registrerad i ärendet. Välj den förälder som begärde samtalet.");
        }
        s.hold(held, who, ctx.user().username(), ctx.now());
        return Map.of();
    }

    /** The intyg says the samtal was held (FB 6 kap. 25 §): what the court asks the parent to show. */
    private Map<String, Object> issue(StepContext ctx, FormValues v) {
        Informationssamtal s = service.ofCase(ctx.caseId());
        if (!s.isHeld()) {
            throw new CaseRuleException("Samtalet är inte hållet. Intyg kan inte utfärdas.");
        }
        LocalDate on = v.date("utfardat");
        LocalDateRules.notInFuture(on, ctx.today(), "utfardat", "Intyget utfärdat");
        LocalDateRules.notBefore(on, s.heldOn(), "utfardat", "Intyget utfärdat", "dagen då samtalet hölls");
        InformationssamtalView view = service.load(ctx.caseRecord());
        byte[] pdf = renderer.render(intyg(view, s, ctx.caseRecord().unitId(), on));
        long documentId = documents.save(new Document(ctx.caseId(), null, DOC_TYPE, "Intyg " + view.reference(), pdf,
                ctx.now())).toView().id();
        s.issue(on, documentId, ctx.user().username());
        audit.record(new AuditEvent(ctx.user().username(), AuditAction.CREATE, "intyg", ctx.caseRecord().personId(),
                ctx.caseId(), "Intyg om informationssamtal utfärdat"));
        return Map.of();
    }

    private Report intyg(InformationssamtalView view, Informationssamtal s, String unitId, LocalDate on) {
        String unitName = directory.unit(unitId).map(UnitView::name).orElse(unitId);
        String heldBy = directory.find(s.heldBy()).map(u -> u.displayName()).orElse(s.heldBy());
        String who = s.attended() == Informationssamtal.Attended.BADA ? view.parent() + " och " + view.otherParent()
                : view.parent();
        List<Report.Fact> facts = List.of(new Report.Fact("Kommun", municipality.name() + ", " + unitName),
                new Report.Fact("Ärende", view.reference()), new Report.Fact("Deltog", who),
                new Report.Fact("Samtalet hölls", view.heldOn().toString()),
                new Report.Fact("Samtalsledare", heldBy), new Report.Fact("Utfärdat", on.toString()));
        return new Report("Intyg om informationssamtal", "Enligt 6 kap. 25 § föräldrabalken", facts,
                new Report.Status(true, "Informationssamtal har hållits.", who + " har deltagit i informationssamtal "
                        + "den " + view.heldOn() + "."), List.of(new Report.Column("Anteckning", 100)), List.of(),
                "Intyget lämnas till domstolen tillsammans med ansökan.",
                "Intyg om informationssamtal. Innehåller uppgifter som omfattas av sekretess (OSL 26 kap. 1 §).");
    }
}
