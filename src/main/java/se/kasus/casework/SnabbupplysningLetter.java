package se.kasus.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.kasus.access.UnitView;
import se.kasus.access.UserDirectory;
import se.kasus.letters.Report;
import se.kasus.letters.ReportRenderer;

/**
 * The yttrande to the court as a PDF: the request, the caseworker's answer, and every occurrence the socialregister
 * showed for each party, with what the other unit's caseworker said. The table comes from the recorded check, never
 * from the caseworker's text, so the court always sees what was found.
 */
@Component
class SnabbupplysningLetter {

    static final String DOC_TYPE = "YTTRANDE";

    private final DocumentRepository documents;
    private final ReportRenderer renderer;
    private final UserDirectory directory;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    SnabbupplysningLetter(DocumentRepository documents, ReportRenderer renderer, UserDirectory directory,
            MunicipalityProperties municipality, Clock clock) {
        this.documents = documents;
        this.renderer = renderer;
        this.directory = directory;
        this.municipality = municipality;
        this.clock = clock;
    }

    /** Renders and stores the yttrande as the case's document; returns its id. */
    long store(CaseRecord caseRecord, SnabbupplysningView view) {
        byte[] pdf = renderer.render(report(view, caseRecord.unitId()));
        return documents.save(new Document(caseRecord.id(), null, DOC_TYPE, "Yttrande " + view.reference(), pdf,
                clock.instant())).toView().id();
    }

    Report report(SnabbupplysningView view, String unitId) {
        String unitName = directory.unit(unitId).map(UnitView::name).orElse(unitId);
        String writer = directory.find(view.writtenBy()).map(u -> u.displayName()).orElse(view.writtenBy());
        List<Report.Fact> facts = List.of(new Report.Fact("Till", view.court()),
                new Report.Fact("Målnummer", view.caseNumber()),
                new Report.Fact("Från", municipality.name() + ", " + unitName),
                new Report.Fact("Ärende", view.reference()),
                new Report.Fact("Parter", view.parties().stream().map(p -> SnabbupplysningSteps.roleLabel(p.role())
                        + ": " + p.name() + ", " + p.personnummer()).collect(Collectors.joining("; "))),
                new Report.Fact("Begäran inkom", view.receivedDate().toString()),
                new Report.Fact("Socialregistret kontrollerat", view.checkedAt() == null ? "Nej"
                        : LocalDate.ofInstant(view.checkedAt(), clock.getZone()) + " för samtliga parter"),
                new Report.Fact("Handläggare", writer));
        Report.Status status = new Report.Status(true, "Yttrande", view.statement());
        Map<Long, SnabbupplysningView.Contact> byOccurrence = view.contacts().stream()
                .collect(Collectors.toMap(SnabbupplysningView.Contact::occurrenceId, Function.identity()));
        List<Report.Row> rows = view.occurrences().stream().map(o -> new Report.Row(List.of(
                SnabbupplysningSteps.nameOf(view, o.personId()), o.lawArea(), o.reference(), o.unitName(),
                date(o.from()), o.to() == null ? "pågår" : o.to().toString(), contactText(byOccurrence.get(o.id()))),
                o.needsContact())).toList();
        return new Report("Snabbupplysning enligt 6 kap. 20 § föräldrabalken", "Mål " + view.caseNumber() + ", "
                + view.court(), facts, status, List.of(new Report.Column("Person", 18), new Report.Column(
                        "Rättsområde", 14), new Report.Column("Ärende", 8), new Report.Column("Enhet", 14),
                        new Report.Column("Från", 9), new Report.Column("Till", 9), new Report.Column(
                                "Uppgifter från ansvarig handläggare", 28)), rows,
                "Ingen av parterna förekommer i socialregistret.",
                "Yttrande till domstol. Innehåller uppgifter som omfattas av sekretess (OSL 26 kap. 1 §).");
    }

    /** The occurrences as lines, for the task forms that show what was found before the answer is written. */
    static String occurrenceLines(SnabbupplysningView view) {
        if (view.checkedAt() == null) {
            return "Socialregistret är inte kontrollerat.";
        }
        if (view.occurrences().isEmpty()) {
            return "Ingen av parterna förekommer i socialregistret.";
        }
        return view.occurrences().stream().map(o -> "- " + SnabbupplysningSteps.nameOf(view, o.personId()) + ": "
                + o.lawArea() + ", " + o.reference() + ", " + o.unitName() + ", " + date(o.from()) + "–"
                + (o.to() == null ? "pågår" : o.to().toString())).collect(Collectors.joining("\n"));
    }

    private static String contactText(SnabbupplysningView.Contact contact) {
        if (contact == null || contact.contactedOn() == null) {
            return "";
        }
        return contact.contactedOn() + ", " + contact.whom() + ": " + contact.learnt();
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
