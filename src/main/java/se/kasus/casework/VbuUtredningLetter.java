package se.kasus.casework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.kasus.access.UnitView;
import se.kasus.access.UserDirectory;
import se.kasus.letters.Report;
import se.kasus.letters.ReportRenderer;

/**
 * The utredning to the court as a PDF (FB 6 kap. 19 §): the uppdrag, the talks with the parents, the child's view as
 * recorded (FB 6 kap. 2 b §), the assessment, a proposal per question, and what each parent said when it was
 * kommunicerad. The child's view and the responses come from their steps, never retyped, so the court sees them.
 */
@Component
class VbuUtredningLetter {

    static final String DOC_TYPE = "VBU_UTREDNING";

    private final DocumentRepository documents;
    private final ReportRenderer renderer;
    private final UserDirectory directory;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    VbuUtredningLetter(DocumentRepository documents, ReportRenderer renderer, UserDirectory directory,
            MunicipalityProperties municipality, Clock clock) {
        this.documents = documents;
        this.renderer = renderer;
        this.directory = directory;
        this.municipality = municipality;
        this.clock = clock;
    }

    /** Renders and stores the utredning as the case's document; returns its id. */
    long store(CaseRecord caseRecord, VbuUtredningView view) {
        byte[] pdf = renderer.render(report(view, caseRecord.unitId()));
        return documents.save(new Document(caseRecord.id(), null, DOC_TYPE, "Utredning " + view.reference(), pdf,
                clock.instant())).toView().id();
    }

    Report report(VbuUtredningView view, String unitId) {
        String unitName = directory.unit(unitId).map(UnitView::name).orElse(unitId);
        String writer = directory.find(view.writtenBy()).map(u -> u.displayName()).orElse(view.writtenBy());
        List<Report.Fact> facts = List.of(new Report.Fact("Till", view.court()),
                new Report.Fact("Målnummer", view.caseNumber()),
                new Report.Fact("Uppdraget gäller", VbuUtredningSteps.questions(view)),
                new Report.Fact("Från", municipality.name() + ", " + unitName),
                new Report.Fact("Ärende", view.reference()),
                new Report.Fact("Barn", view.child().name() + ", " + view.child().personnummer()),
                new Report.Fact("Föräldrar", String.join("; ", view.parents().stream()
                        .map(p -> p.name() + ", " + p.personnummer()).toList())),
                new Report.Fact("Kommunicerad med föräldrarna", String.valueOf(view.communicatedOn())),
                new Report.Fact("Utredare", writer));
        VbuReport text = view.report();
        List<Report.Row> rows = new ArrayList<>();
        rows.add(row("Bakgrund", text.background()));
        view.parents().forEach(p -> rows.add(row("Samtal med " + p.name(), p.talkDate() + ": " + p.talkSummary())));
        rows.add(row("Föräldrarnas inställning", text.parentsViews()));
        rows.add(row("Barnets inställning", VbuUtredningSteps.childText(view)));
        rows.add(row("Bedömning", text.assessment()));
        view.questions().forEach(q -> rows.add(row("Förslag: " + q.label().toLowerCase(), text.proposal(q))));
        view.parents().forEach(p -> rows.add(row("Synpunkter på utredningen från " + p.name(),
                p.noResponse() ? "Inget svar inkom." : p.response())));
        return new Report("Utredning enligt 6 kap. 19 § föräldrabalken", "Mål " + view.caseNumber() + ", "
                + view.court(), facts, new Report.Status(true, "Förslag", String.join("\n", view.questions().stream()
                        .map(q -> q.label() + ": " + text.proposal(q)).toList())),
                List.of(new Report.Column("Avsnitt", 25), new Report.Column("Text", 75)), rows, "",
                "Utredning till domstol. Innehåller uppgifter som omfattas av sekretess (OSL 26 kap. 1 §).");
    }

    private static Report.Row row(String heading, String text) {
        return new Report.Row(List.of(heading, text == null ? "" : text), false);
    }
}
