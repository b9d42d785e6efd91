package se.kasus.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * The steps of familjeratt-vbu-utredning (FB 6 kap. 19 §): talk with each parent, record the child's view or why it
 * was not had (FB 6 kap. 2 b §), write the report, kommunicera it with the parents (6 kap. 19 § 3 st.), send it to the
 * court; and the enhetschef's note when the court's last day passed first. The engine keeps the order; each step also
 * checks that the one before it left its record, so a model changed by mistake cannot send an unheard report.
 */
@Component
class VbuUtredningSteps implements StepGroup {

    static final String TALK_TASK = "Task_FrVbuSamtal";
    static final String CHILD_TASK = "Task_FrVbuBarnetsInstallning";
    static final String WRITE_TASK = "Task_FrVbuSkrivUtredning";
    static final String COMMUNICATE_TASK = "Task_FrVbuKommunicera";
    static final String SEND_TASK = "Task_FrVbuSkicka";
    static final String LATE_TASK = "Task_FrVbuFristPasserad";
    private static final String LOOP_COUNTER = "loopCounter";
    private static final int TEXT_MAX = 8000;

    private final VbuUtredningar utredningar;
    private final VbuUtredningLetter letter;
    private final AuditLog audit;

    VbuUtredningSteps(VbuUtredningar utredningar, VbuUtredningLetter letter, AuditLog audit) {
        this.utredningar = utredningar;
        this.letter = letter;
        this.audit = audit;
    }

    @Override
    public List<TaskStep> steps() {
        return List.of(TaskStep.of(TALK_TASK, this::talk, this::parentShown),
                TaskStep.of(CHILD_TASK, this::child, this::shown),
                TaskStep.of(WRITE_TASK, this::write, this::shown),
                TaskStep.of(COMMUNICATE_TASK, this::communicate, this::shown),
                TaskStep.of(SEND_TASK, this::send, this::shown),
                TaskStep.of(LATE_TASK, this::late, this::shown));
    }

    private Map<String, Object> talk(StepContext ctx, FormValues v) {
        VbuParent parent = parentOf(ctx);
        if (parent.hasTalked()) {
            throw new CaseRuleException("Samtalet med föräldern är redan registrerat.");
        }
        LocalDate on = v.date("samtalsDatum");
        LocalDateRules.notInFuture(on, ctx.today(), "samtalsDatum", "Samtalet hölls");
        parent.talked(on, v.text("sammanfattning"), ctx.user().username(), ctx.now());
        return Map.of();
    }

    /** FB 6 kap. 2 b §: the child's view, or why it could not be had; one of the two, never both or neither. */
    private Map<String, Object> child(StepContext ctx, FormValues v) {
        VbuUtredning u = utredningar.ofCase(ctx.caseId());
        if (utredningar.parentsOf(u).stream().anyMatch(p -> !p.hasTalked())) {
            throw new CaseRuleException("Samtalen med föräldrarna är inte registrerade. Barnets inställning "
                    + "registreras efter dem.");
        }
        String view = blankToNull(v.text("barnetsInstallning"));
        String missing = blankToNull(v.text("skalEjInhamtad"));
        if ((view == null) == (missing == null)) {
            throw FormRejectedException.field("barnetsInstallning", "Barnets inställning",
                    "Skriv antingen barnets inställning eller varför den inte har kunnat klarläggas (t.ex. barnets "
                            + "ålder och mognad), inte båda.");
        }
        u.childHeard(view, missing, ctx.user().username(), ctx.now());
        return Map.of();
    }

    /** The report rests on the child's view: without it (or the reason it is missing) FB 6 kap. 2 b § is not met. */
    private Map<String, Object> write(StepContext ctx, FormValues v) {
        VbuUtredning u = utredningar.ofCase(ctx.caseId());
        if (!u.isChildHeard()) {
            throw new CaseRuleException("Barnets inställning är inte registrerad. Utredningen kan inte skrivas "
                    + "före den.");
        }
        List<VbuQuestion> asked = u.questionList();
        VbuReport report = new VbuReport(v.text("bakgrund"), v.text("foraldrarnasInstallning"),
                v.text("bedomning"), proposal(v, asked, VbuQuestion.VARDNAD, "forslagVardnad"),
                proposal(v, asked, VbuQuestion.BOENDE, "forslagBoende"),
                proposal(v, asked, VbuQuestion.UMGANGE, "forslagUmgange"));
        u.written(report, ctx.user().username(), ctx.now());
        return Map.of();
    }

    /** A proposal for each question the court asked, and none for a question it did not ask. */
    private static String proposal(FormValues v, List<VbuQuestion> asked, VbuQuestion q,
            String key) {
        String text = blankToNull(v.text(key));
        String label = "Förslag: " + q.label().toLowerCase();
        if (asked.contains(q) && text == null) {
            throw FormRejectedException.field(key, label, "Domstolen har frågat om " + q.label().toLowerCase()
                    + ". Skriv förslaget.");
        }
        if (!asked.contains(q) && text != null) {
            throw FormRejectedException.field(key, label, "Domstolen har inte frågat om " + q.label().toLowerCase()
                    + ". Lämna fältet tomt.");
        }
        return text;
    }

    /** FB 6 kap. 19 § 3 st.: the parents got the report; each parent's response, or that none came. */
    private Map<String, Object> communicate(StepContext ctx, FormValues v) {
        VbuUtredning u = utredningar.ofCase(ctx.caseId());
        if (!u.isWritten()) {
            throw new CaseRuleException("Utredningen är inte skriven. Den kan inte kommuniceras.");
        }
        LocalDate on = v.date("kommuniceratDatum");
        LocalDateRules.notInFuture(on, ctx.today(), "kommuniceratDatum", "Utredningen skickades till föräldrarna");
        List<VbuParent> parents = utredningar.parentsOf(u);
        for (int i = 0; i < parents.size(); i++) {
            String key = "svarForalder" + (i + 1);
            String text = blankToNull(v.text(key));
            if ((text == null) != v.flag("ingetSvarForalder" + (i + 1))) {
                throw FormRejectedException.field(key, "Förälder " + (i + 1) + " svar",
                        "Skriv förälderns synpunkter, eller markera att inget svar kom. Inte båda.");
            }
            parents.get(i).responded(text, ctx.now());
        }
        u.communicated(on, ctx.user().username(), ctx.now());
        return Map.of();
    }

    private Map<String, Object> send(StepContext ctx, FormValues v) {
        VbuUtredning u = utredningar.ofCase(ctx.caseId());
        if (!u.isCommunicated()) {
            throw new CaseRuleException("Utredningen är inte kommunicerad med föräldrarna. Den kan inte skickas "
                    + "till domstolen än.");
        }
        LocalDate on = v.date("skickatDatum");
        LocalDateRules.notInFuture(on, ctx.today(), "skickatDatum", "Skickat till domstolen");
        long documentId = letter.store(ctx.caseRecord(), utredningar.load(ctx.caseRecord()));
        u.sent(on, v.choice("skickatSatt", Snabbupplysning.SentHow.class), documentId, ctx.user().username(),
                ctx.now());
        audit.record(new AuditEvent(ctx.user().username(), AuditAction.EXPORT, "vbu-utredning",
                ctx.caseRecord().personId(), ctx.caseId(), "Utredning skickad till " + u.court() + ", mål "
                        + u.caseNumber()));
        return Map.of();
    }

    private Map<String, Object> late(StepContext ctx, FormValues v) {
        utredningar.ofCase(ctx.caseId()).late(v.text("atgard"), ctx.user().username(), ctx.now());
        return Map.of();
    }

    /** The nth parent for the nth instance of the multi-instance talk task; the rows are written in id order. */
    private VbuParent parentOf(StepContext ctx) {
        List<VbuParent> all = utredningar.parentsOf(utredningar.ofCase(ctx.caseId()));
        Object counter = ctx.variables().get(LOOP_COUNTER);
        int index = counter == null ? -1 : ((Number) counter).intValue();
        if (index < 0 || index >= all.size()) {
            throw new CaseRuleException("Uppgiften hör inte till någon förälder i utredningen.");
        }
        return all.get(index);
    }

    private Map<String, Object> parentShown(StepContext ctx) {
        VbuUtredningView view = utredningar.load(ctx.caseRecord());
        VbuUtredningView.Parent parent = view.parents().stream().filter(p -> p.personId() == parentOf(ctx)
                .personId()).findFirst().orElseThrow();
        return Map.of("uppdrag", uppdrag(view), "foralder", parent.name() + " (" + parent.personnummer() + ")");
    }

    private Map<String, Object> shown(StepContext ctx) {
        VbuUtredningView view = utredningar.load(ctx.caseRecord());
        return Map.of("uppdrag", uppdrag(view), "samtal", talks(view), "barnet", childText(view),
                "foraldrar", view.parents().stream().map(p -> "Förälder " + (view.parents().indexOf(p) + 1) + ": "
                        + p.name()).collect(Collectors.joining("\n")));
    }

    static String uppdrag(VbuUtredningView view) {
        return view.court() + ", mål " + view.caseNumber() + ". Gäller: " + questions(view)
                + ". Domstolens sista dag: " + view.courtDeadline();
    }

    static String questions(VbuUtredningView view) {
        return view.questions().stream().map(VbuQuestion::label).collect(Collectors.joining(", "));
    }

    static String talks(VbuUtredningView view) {
        return view.parents().stream().map(p -> "- " + p.name() + ": " + (p.talkDate() == null ? "inget samtal"
                : p.talkDate() + ", " + p.talkSummary())).collect(Collectors.joining("\n"));
    }

    static String childText(VbuUtredningView view) {
        if (view.childView() != null) {
            return view.childView();
        }
        return view.childViewMissing() == null ? "Inte registrerad."
                : "Barnets inställning har inte klarlagts: " + view.childViewMissing();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
