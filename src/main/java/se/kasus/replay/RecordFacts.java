package se.kasus.replay;

import java.util.ArrayList;
import java.util.List;

import se.kasus.access.Role;
import se.kasus.casework.AppealView;
import se.kasus.casework.CommunicationView;
import se.kasus.casework.DecisionView;
import se.kasus.casework.FollowUpView;
import se.kasus.casework.InvestigationView;
import se.kasus.casework.ServiceOrderView;
import se.kasus.casework.SupplementView;
import se.kasus.replay.RecordNote.Fact;
import se.kasus.replay.RecordNote.Fact.Kind;

/** The lines of each kind of record, in Swedish, as the replay shows them next to the step that wrote them. */
final class RecordFacts {

    private final List<Fact> facts = new ArrayList<>();

    private RecordFacts() {
    }

    private RecordFacts add(String label, Object value, Kind kind) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            facts.add(new Fact(label, value, kind));
        }
        return this;
    }

    private RecordFacts text(String label, Object value) {
        return add(label, value, Kind.TEXT);
    }

    private List<Fact> list() {
        return List.copyOf(facts);
    }

    static List<Fact> investigation(InvestigationView i) {
        return new RecordFacts().text("Ansökt insats", i.requestedService() == null ? null : i.requestedService().label())
                .text("Personlig omvårdnad", i.needPersonalCare()).text("Hushåll", i.needHousehold())
                .text("Hälsa", i.needHealth()).text("Socialt", i.needSocial()).text("Boende", i.needHousing())
                .text("Den enskildes uppfattning", i.ownView()).text("Bedömning", i.assessment())
                .text("Komplettering behövs", i.supplementRequest()).add("Utredd av", i.completedBy(), Kind.PERSON)
                .list();
    }

    static List<Fact> supplement(SupplementView s) {
        return new RecordFacts().add("Inkom", s.receivedDate(), Kind.DATE).text("Avser", s.description())
                .add("Registrerad av", s.registeredBy(), Kind.PERSON).list();
    }

    static List<Fact> proposal(DecisionView d) {
        return new RecordFacts().text("Utfall", d.outcome() == null ? null : d.outcome().label())
                .text("Insats", d.serviceType() == null ? null : d.serviceType().label())
                .text("Timmar per månad", d.hoursPerMonth()).add("Gäller från", d.validFrom(), Kind.DATE)
                .add("Gäller till och med", d.validTo(), Kind.DATE)
                .add("Följs upp senast", d.followUpDate(), Kind.DATE).text("Motivering", d.motivation())
                .text("Lagrum", d.legalBasis()).add("Föreslaget av", d.proposedBy(), Kind.PERSON)
                .text("Förslagets status nu", d.status().label()).list();
    }

    static List<Fact> decision(DecisionView d) {
        return new RecordFacts().text("Status", d.status().label())
                .add(d.decided() ? "Beslutat av" : "Hanterat av", d.decidedBy(), Kind.PERSON)
                .text("Som", Role.fromGroupId(d.decidedRole() == null ? "" : d.decidedRole()).map(Role::label)
                        .orElse(d.decidedRole()))
                .add("Beslutat", d.decidedAt(), Kind.TIME).text("Kommentar", d.decisionComment())
                .text("Utfall", d.outcome() == null ? null : d.outcome().label()).text("Motivering", d.motivation())
                .text("Lagrum", d.legalBasis()).list();
    }

    static List<Fact> delivery(DecisionView d) {
        return new RecordFacts().add("Delgivet", d.deliveredDate(), Kind.DATE)
                .add("Sätt", d.deliveryMethod(), Kind.CODE)
                .add("Sista dag att överklaga", d.appealDeadline(), Kind.DATE).list();
    }

    static List<Fact> notExecuted(DecisionView d) {
        return new RecordFacts().add("Ej verkställt sedan", d.notExecutedSince(), Kind.DATE)
                .text("Skäl till dröjsmålet", d.notExecutedReason()).add("Verkställt", d.executedDate(), Kind.DATE)
                .list();
    }

    static List<Fact> communication(CommunicationView c) {
        return new RecordFacts().add("Underlaget skickades", c.sentDate(), Kind.DATE)
                .add("Sätt", c.method(), Kind.CODE).add("Svar senast", c.responseDeadline(), Kind.DATE)
                .add("Skickat av", c.sentBy(), Kind.PERSON).list();
    }

    static List<Fact> response(CommunicationView c) {
        return new RecordFacts().add("Svar inkom", c.responseDate(), Kind.DATE).text("Svar", c.responseText())
                .text("Inget svar", c.responseDate() == null ? "Inget svar registrerat" : null).list();
    }

    static List<Fact> order(ServiceOrderView o) {
        return new RecordFacts().add("Utförare", o.providerId(), Kind.CODE)
                .add("Önskad start", o.requestedStart(), Kind.DATE).text("Uppdrag", o.instructions())
                .add("Skickad av", o.sentBy(), Kind.PERSON).list();
    }

    static List<Fact> execution(ServiceOrderView o) {
        return new RecordFacts().add("Kvitterad", o.acknowledgedDate(), Kind.DATE)
                .add("Insatsen startade", o.startedDate(), Kind.DATE).list();
    }

    static List<Fact> followUp(FollowUpView f) {
        return new RecordFacts().add("Resultat", f.result(), Kind.CODE).text("Anteckning", f.note())
                .add("Följdes upp av", f.doneBy(), Kind.PERSON).list();
    }

    static List<Fact> appeal(AppealView a) {
        return new RecordFacts().add("Inkom", a.receivedDate(), Kind.DATE).text("Överklagar beslut nr", a.decisionId())
                .add("Registrerat av", a.registeredBy(), Kind.PERSON).text("Status nu", a.status().label()).list();
    }

    static List<Fact> timeliness(AppealView a) {
        return new RecordFacts().add("Inkom", a.receivedDate(), Kind.DATE).add("I tid", a.inTime(), Kind.YES_NO)
                .list();
    }

    static List<Fact> dismissal(AppealView a) {
        return new RecordFacts().text("Status", a.status().label()).text("Motivering", a.motivation()).list();
    }

    static List<Fact> reconsideration(AppealView a) {
        return new RecordFacts().add("Resultat", a.reconsiderationResult(), Kind.CODE)
                .text("Motivering", a.motivation()).list();
    }

    static List<Fact> forwarding(AppealView a) {
        return new RecordFacts().add("Överlämnat", a.forwardedDate(), Kind.DATE).list();
    }

    static List<Fact> judgment(AppealView a) {
        return new RecordFacts().add("Domsdatum", a.judgmentDate(), Kind.DATE)
                .add("Utfall", a.judgmentOutcome(), Kind.CODE).text("Målnummer", a.courtCaseNumber()).list();
    }
}
