package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.CONTACT_COUNT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * The steps of familjeratt-snabbupplysning (FB 6 kap. 20 §): check the socialregister for every party, contact the
 * caseworker of each current case in another unit, write the yttrande, send it to the court; and the enhetschef's
 * note when the court's last day passed first. The engine keeps the order; each step also checks that the one before
 * it left its record, so a model changed by mistake cannot let an answer go out unchecked.
 */
@Component
class SnabbupplysningSteps implements StepGroup {

    static final String CHECK_TASK = "Task_FrKontrolleraSocialregistret";
    static final String CONTACT_TASK = "Task_FrKontaktaHandlaggare";
    static final String WRITE_TASK = "Task_FrSkrivYttrande";
    static final String SEND_TASK = "Task_FrSkickaYttrande";
    static final String LATE_TASK = "Task_FrFristPasserad";
    /** Camunda's own variable on each instance of a multi-instance task: which contact this task is. */
    private static final String LOOP_COUNTER = "loopCounter";

    private final Snabbupplysningar snabbupplysningar;
    private final SocialRegister register;
    private final FrPartyRepository parties;
    private final FrOccurrenceRepository occurrences;
    private final FrContactRepository contacts;
    private final FrDelayNoteRepository delays;
    private final SnabbupplysningLetter letter;
    private final AuditLog audit;

    SnabbupplysningSteps(Snabbupplysningar snabbupplysningar, SocialRegister register, FrPartyRepository parties,
            FrOccurrenceRepository occurrences, FrContactRepository contacts, FrDelayNoteRepository delays,
            SnabbupplysningLetter letter, AuditLog audit) {
        this.snabbupplysningar = snabbupplysningar;
        this.register = register;
        this.parties = parties;
        this.occurrences = occurrences;
        this.contacts = contacts;
        this.delays = delays;
        this.letter = letter;
        this.audit = audit;
    }

    @Override
    public List<TaskStep> steps() {
        return List.of(TaskStep.of(CHECK_TASK, this::check, this::partiesShown),
                TaskStep.of(CONTACT_TASK, this::contact, this::contactShown),
                TaskStep.of(WRITE_TASK, this::write, this::foundShown),
                TaskStep.of(SEND_TASK, this::send, this::foundShown),
                TaskStep.of(LATE_TASK, this::late, this::foundShown));
    }

    /**
     * Looks every party up in the socialregister under the caseworker's own name, with the mål as purpose, and keeps
     * what was found; each current case in another unit gets a contact to make.
     */
    private Map<String, Object> check(StepContext ctx, FormValues v) {
        Snabbupplysning su = snabbupplysningar.ofCase(ctx.caseId());
        if (su.isChecked()) {
            throw new CaseRuleException("Socialregistret är redan kontrollerat i den här snabbupplysningen.");
        }
        int toContact = 0;
        for (SnabbupplysningParts.Party party : parties.findBySnabbupplysningIdOrderByIdAsc(su.id())) {
            SocialRegister.Extract extract = register.lookup(party.personId(), su.registerPurpose());
            for (SocialRegister.Occurrence o : extract.occurrences()) {
                if (o.reference().equals(ctx.caseRecord().toView().reference())) {
                    continue; // this very case is no news to the court
                }
                boolean needsContact = o.current() && !o.unitId().equals(ctx.caseRecord().unitId());
                SnabbupplysningParts.Found found = occurrences.save(new SnabbupplysningParts.Found(su.id(),
                        party.personId(), o, needsContact));
                if (needsContact) {
                    contacts.save(new SnabbupplysningParts.Contact(su.id(), found.id()));
                    toContact++;
                }
            }
        }
        su.checked(ctx.user().username(), ctx.now());
        return Map.of(CONTACT_COUNT, toContact);
    }

    private Map<String, Object> contact(StepContext ctx, FormValues v) {
        SnabbupplysningParts.Contact contact = contactOf(ctx);
        if (contact.done()) {
            throw new CaseRuleException("Kontakten är redan registrerad.");
        }
        LocalDate on = v.date("kontaktDatum");
        LocalDateRules.notInFuture(on, ctx.today(), "kontaktDatum", "Kontakten togs");
        contact.record(on, v.text("kontaktadPerson"), v.text("framkom"), ctx.user().username(), ctx.now());
        return Map.of();
    }

    /** The answer rests on the check and on every contact: without them there is nothing true to write. */
    private Map<String, Object> write(StepContext ctx, FormValues v) {
        Snabbupplysning su = snabbupplysningar.ofCase(ctx.caseId());
        if (!su.isChecked()) {
            throw new CaseRuleException("Socialregistret är inte kontrollerat. Yttrandet kan inte skrivas före "
                    + "kontrollen.");
        }
        if (contacts.findBySnabbupplysningIdOrderByIdAsc(su.id()).stream().anyMatch(c -> !c.done())) {
            throw new CaseRuleException("Alla ansvariga handläggare är inte kontaktade. Yttrandet kan inte skrivas än.");
        }
        su.written(v.text("yttrande"), ctx.user().username(), ctx.now());
        return Map.of();
    }

    private Map<String, Object> send(StepContext ctx, FormValues v) {
        Snabbupplysning su = snabbupplysningar.ofCase(ctx.caseId());
        if (!su.isWritten()) {
            throw new CaseRuleException("Yttrandet är inte skrivet. Inget kan skickas till domstolen.");
        }
        LocalDate on = v.date("skickatDatum");
        LocalDateRules.notInFuture(on, ctx.today(), "skickatDatum", "Skickat till domstolen");
        LocalDateRules.notBefore(on, ctx.caseRecord().receivedDate(), "skickatDatum", "Skickat till domstolen",
                "dagen då begäran kom in");
        long documentId = letter.store(ctx.caseRecord(), snabbupplysningar.load(ctx.caseRecord()));
        su.sent(on, v.choice("skickatSatt", Snabbupplysning.SentHow.class), documentId, ctx.user().username(),
                ctx.now());
        audit.record(new AuditEvent(ctx.user().username(), AuditAction.EXPORT, "yttrande",
                ctx.caseRecord().personId(), ctx.caseId(), "Yttrande skickat till " + su.court() + ", mål "
                        + su.caseNumber()));
        return Map.of();
    }

    private Map<String, Object> late(StepContext ctx, FormValues v) {
        Snabbupplysning su = snabbupplysningar.ofCase(ctx.caseId());
        delays.save(new SnabbupplysningParts.DelayNote(su.id(), v.text("atgard"), ctx.user().username(), ctx.now()));
        return Map.of();
    }

    /** The nth contact for the nth instance of the multi-instance task; the rows are written once, in id order. */
    private SnabbupplysningParts.Contact contactOf(StepContext ctx) {
        Snabbupplysning su = snabbupplysningar.ofCase(ctx.caseId());
        List<SnabbupplysningParts.Contact> all = contacts.findBySnabbupplysningIdOrderByIdAsc(su.id());
        Object counter = ctx.variables().get(LOOP_COUNTER);
        int index = counter == null ? -1 : ((Number) counter).intValue();
        if (index < 0 || index >= all.size()) {
            throw new CaseRuleException("Uppgiften hör inte till någon kontakt i snabbupplysningen.");
        }
        return all.get(index);
    }

    private Map<String, Object> partiesShown(StepContext ctx) {
        SnabbupplysningView view = snabbupplysningar.load(ctx.caseRecord());
        return Map.of("parter", view.parties().stream().map(p -> "- " + roleLabel(p.role()) + ": " + p.name()
                + " (" + p.personnummer() + ")").collect(Collectors.joining("\n")), "mal", mal(view));
    }

    private Map<String, Object> contactShown(StepContext ctx) {
        SnabbupplysningView view = snabbupplysningar.load(ctx.caseRecord());
        SnabbupplysningParts.Contact contact = contactOf(ctx);
        SnabbupplysningView.Found found = view.occurrences().stream()
                .filter(o -> o.id() == contact.occurrenceId()).findFirst().orElseThrow();
        SnabbupplysningParts.Found row = occurrences.findById(contact.occurrenceId()).orElseThrow();
        return Map.of("mal", mal(view), "kontaktAvser", nameOf(view, found.personId()) + ": " + found.lawArea() + ", "
                + found.reference() + ", " + found.unitName() + ". Ansvarig: " + orUnit(row.contactName(),
                        found.unitName()) + (row.contactEmail() == null ? "" : " (" + row.contactEmail() + ")"));
    }

    private Map<String, Object> foundShown(StepContext ctx) {
        SnabbupplysningView view = snabbupplysningar.load(ctx.caseRecord());
        return Map.of("mal", mal(view), "forekomster", SnabbupplysningLetter.occurrenceLines(view), "domstolensFrist",
                view.courtDeadline().toString(), "yttrandeText", view.statement() == null ? "" : view.statement());
    }

    private static String mal(SnabbupplysningView view) {
        return view.court() + ", mål " + view.caseNumber() + ". Domstolens sista dag: " + view.courtDeadline();
    }

    static String nameOf(SnabbupplysningView view, long personId) {
        return view.parties().stream().filter(p -> p.personId() == personId).map(p -> p.name() + " ("
                + roleLabel(p.role()).toLowerCase() + ")").findFirst().orElse("");
    }

    static String roleLabel(String role) {
        return "BARN".equals(role) ? "Barn" : "Förälder";
    }

    private static String orUnit(String name, String unitName) {
        return name == null ? "enheten " + unitName : name;
    }
}
