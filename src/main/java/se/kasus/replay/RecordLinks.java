package se.kasus.replay;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.kasus.casework.CaseRecords;
import se.kasus.casework.DecisionView;
import se.kasus.engine.HistoryStep;

/**
 * Ties the casework's records to the steps of the timeline. The steps of the shipped processes are named here by
 * their element ids (the same ids the casework's steps are registered under); an element not named here, e.g. one a
 * process owner adds later, shows no record but still appears with who and when.
 */
final class RecordLinks {

    static final Map<String, Aspect> STEP_ASPECTS = Map.ofEntries(
            entry("Task_Utreda", Aspect.INVESTIGATION),
            entry("Task_InhamtaKomplettering", Aspect.SUPPLEMENT),
            entry("Task_ForslagTillBeslut", Aspect.PROPOSAL),
            entry("Task_Kommunicera", Aspect.COMMUNICATION),
            entry("Task_RegistreraSvar", Aspect.RESPONSE),
            entry("Task_FattaBeslut", Aspect.DECISION),
            entry("Task_RegistreraDelgivning", Aspect.DELIVERY),
            entry("Task_SkickaBestallning", Aspect.ORDER),
            entry("Task_RegistreraKvittens", Aspect.EXECUTION),
            entry("Task_RapporteraEjVerkstallt", Aspect.NOT_EXECUTED),
            entry("Task_AtgardaEjVerkstallt", Aspect.NOT_EXECUTED),
            entry("Task_FoljaUpp", Aspect.FOLLOW_UP),
            entry("StartEvent_Overklagande", Aspect.APPEAL),
            entry("Task_Rattidsprova", Aspect.TIMELINESS),
            entry("Task_AvvisaOverklagande", Aspect.DISMISSAL),
            entry("Task_Omprova", Aspect.RECONSIDERATION),
            entry("Task_OverlamnaTillDomstol", Aspect.FORWARDING),
            entry("Task_RegistreraDom", Aspect.JUDGMENT));

    /** A record as one aspect sees it, with the time that places it: when it was written or acted on. */
    private record Candidate(Instant at, RecordNote note) {
    }

    private final Map<Aspect, List<Candidate>> candidates = new EnumMap<>(Aspect.class);

    RecordLinks(CaseRecords r) {
        add(Aspect.INVESTIGATION, r.investigations(), i -> i.completedAt(), i -> i.id(), RecordFacts::investigation);
        add(Aspect.SUPPLEMENT, r.supplements(), s -> s.registeredAt(), s -> s.id(), RecordFacts::supplement);
        add(Aspect.PROPOSAL, r.decisions(), d -> d.proposedAt(), d -> d.id(), RecordFacts::proposal);
        add(Aspect.DECISION, r.decisions(), d -> d.proposedAt(), d -> d.id(), RecordFacts::decision);
        List<DecisionView> decided = r.decisions().stream().filter(DecisionView::decided).toList();
        add(Aspect.DELIVERY, decided, d -> d.decidedAt(), d -> d.id(), RecordFacts::delivery);
        add(Aspect.NOT_EXECUTED, decided, d -> d.decidedAt(), d -> d.id(), RecordFacts::notExecuted);
        add(Aspect.COMMUNICATION, r.communications(), c -> c.createdAt(), c -> c.id(), RecordFacts::communication);
        add(Aspect.RESPONSE, r.communications(), c -> c.createdAt(), c -> c.id(), RecordFacts::response);
        add(Aspect.ORDER, r.orders(), o -> o.sentAt(), o -> o.id(), RecordFacts::order);
        add(Aspect.EXECUTION, r.orders(), o -> o.sentAt(), o -> o.id(), RecordFacts::execution);
        add(Aspect.FOLLOW_UP, r.followUps(), f -> f.doneAt(), f -> f.id(), RecordFacts::followUp);
        add(Aspect.APPEAL, r.appeals(), a -> a.registeredAt(), a -> a.id(), RecordFacts::appeal);
        add(Aspect.TIMELINESS, r.appeals(), a -> a.registeredAt(), a -> a.id(), RecordFacts::timeliness);
        add(Aspect.DISMISSAL, r.appeals(), a -> a.registeredAt(), a -> a.id(), RecordFacts::dismissal);
        add(Aspect.RECONSIDERATION, r.appeals(), a -> a.registeredAt(), a -> a.id(), RecordFacts::reconsideration);
        add(Aspect.FORWARDING, r.appeals(), a -> a.registeredAt(), a -> a.id(), RecordFacts::forwarding);
        add(Aspect.JUDGMENT, r.appeals(), a -> a.registeredAt(), a -> a.id(), RecordFacts::judgment);
    }

    private <V> void add(Aspect aspect, List<V> records, Function<V, Instant> at, Function<V, Long> id,
            Function<V, List<RecordNote.Fact>> facts) {
        List<Candidate> list = new ArrayList<>();
        for (V record : records) {
            if (at.apply(record) != null) {
                list.add(new Candidate(at.apply(record),
                        new RecordNote(aspect, id.apply(record), aspect.title(), facts.apply(record))));
            }
        }
        candidates.put(aspect, list);
    }

    /** The records the step wrote or acted on; none for a step that is not about a record. */
    List<RecordNote> of(HistoryStep step) {
        Aspect aspect = STEP_ASPECTS.get(step.activityId());
        if (aspect == null) {
            return List.of();
        }
        List<Candidate> all = candidates.getOrDefault(aspect, List.of());
        return switch (aspect.link()) {
            case WRITTEN_IN_STEP -> all.stream().filter(c -> within(c.at(), step)).map(Candidate::note).toList();
            case LATEST_BEFORE_STEP -> latestBefore(all, step.startedAt());
        };
    }

    private static boolean within(Instant at, HistoryStep step) {
        return !at.isBefore(step.startedAt()) && (step.endedAt() == null || !at.isAfter(step.endedAt()));
    }

    /** The newest record placed at or before the step started; on a tie the later written one. */
    private static List<RecordNote> latestBefore(List<Candidate> all, Instant start) {
        Candidate latest = null;
        for (Candidate c : all) {
            if (!c.at().isAfter(start) && (latest == null || !c.at().isBefore(latest.at()))) {
                latest = c;
            }
        }
        return latest == null ? List.of() : List.of(latest.note());
    }
}
