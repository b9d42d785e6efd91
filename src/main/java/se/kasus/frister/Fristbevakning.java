package se.kasus.frister;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.casework.CaseType;
import se.kasus.engine.DeadlineMarks;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * The deadline view (fristbevakning): every running legal deadline in the user's unit, computed from the engine's own
 * timers and tasks, never from a second copy of the rules. Unit-scoped ({@link Permission#DEADLINE_VIEW}); each
 * listing is one audit entry saying how many cases it showed.
 */
@Service
public class Fristbevakning {

    static final String RESOURCE = "fristbevakning";
    /** Days left count in Swedish calendar days, whatever the server's zone. */
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    static final Comparator<Frist> ORDER = Comparator.comparing(Frist::due).thenComparingLong(Frist::caseId)
            .thenComparing(Frist::kind).thenComparing(Frist::activityId);

    private final AccessControl access;
    private final AuditLog audit;
    private final DeadlineMarks marks;
    private final RunningDeadlineQuery query;
    private final PersonService persons;
    private final FristKinds kinds;
    private final Clock clock;

    Fristbevakning(AccessControl access, AuditLog audit, DeadlineMarks marks, RunningDeadlineQuery query,
            PersonService persons, FristKinds kinds, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.marks = marks;
        this.query = query;
        this.persons = persons;
        this.kinds = kinds;
        this.clock = clock;
    }

    /**
     * The unit's deadlines, overdue first and then the soonest.
     *
     * @param kind a frist key to show only that kind, or {@code null}/blank for all
     * @throws UnknownFristKindException for a kind that does not exist (nothing is read or logged)
     */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public FristList list(String kind) {
        KasusUser user = access.require(Permission.DEADLINE_VIEW, RESOURCE);
        if (user.unitId() == null) {
            access.refuse(user, RESOURCE, null, null, "Ingen enhet");
        }
        String filter = kind == null || kind.isBlank() ? null : kind.trim();
        if (filter != null && !kinds.knows(filter)) {
            throw new UnknownFristKindException(filter, kinds.keys());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SWEDEN);
        List<Frist> all = running(user, now, today);
        List<Frist> shown = all.stream().filter(f -> filter == null || f.kind().equals(filter)).toList();
        audit.record(new AuditEvent(user.username(), AuditAction.READ, RESOURCE, null, null,
                reason(user.unitId(), filter, shown)));
        return new FristList(user.unitId(), filter, today, shown, counts(all, today), options(today));
    }

    private List<Frist> running(KasusUser user, Instant now, LocalDate today) {
        Map<String, Map<String, String>> marked = marks.ofAllDefinitions();
        Set<String> activities = marked.values().stream().flatMap(m -> m.keySet().stream())
                .collect(Collectors.toSet());
        List<RunningDeadline> found = query.inUnit(user.unitId(), visibleCaseTypes(user), activities).stream()
                .filter(d -> fristKey(marked, d) != null).toList();
        // every row is a case of the user's unit; a protected person is still named only to those with the right
        Map<Long, PersonView> people = persons.getAll(found.stream().map(RunningDeadline::personId).toList())
                .stream().map(p -> access.disclosed(user, p, List.of(user.unitId())))
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        return oneRowPerDeadline(found.stream()
                .map(d -> frist(d, fristKey(marked, d), people.get(d.personId()), now, today)).toList())
                .stream().sorted(ORDER).toList();
    }

    /** The case types whose law areas the user's deadline right covers: no frist of a case the user may not open. */
    private List<String> visibleCaseTypes(KasusUser user) {
        return java.util.Arrays.stream(CaseType.values())
                .filter(t -> access.coversLawArea(user, Permission.DEADLINE_VIEW, t.lawArea())).map(Enum::name).toList();
    }

    /**
     * A task due on a deadline and the timer that enforces the same deadline on it are one deadline, not two: keep
     * the task, which names who is responsible.
     */
    private static List<Frist> oneRowPerDeadline(List<Frist> rows) {
        Map<List<Object>, Frist> byDeadline = new LinkedHashMap<>();
        for (Frist row : rows) {
            byDeadline.merge(List.of(row.caseId(), row.kind(), row.due()), row,
                    (kept, other) -> kept.taskId() != null ? kept : other);
        }
        return List.copyOf(byDeadline.values());
    }

    /** The exact (definition, activity) pair: the SQL only narrowed by activity id. */
    private static String fristKey(Map<String, Map<String, String>> marked, RunningDeadline d) {
        return marked.getOrDefault(d.definitionId(), Map.of()).get(d.activityId());
    }

    private Frist frist(RunningDeadline d, String key, PersonView person, Instant now, LocalDate today) {
        LocalDate lastDay = lastDay(d.due());
        var kind = kinds.on(key, today);
        boolean task = d.source() == RunningDeadline.Source.TASK;
        return new Frist(key, kind.map(FristKinds.Kind::label).orElse(key), kind.map(FristKinds.Kind::law).orElse(null),
                kind.map(FristKinds.Kind::check).orElse(false), d.caseId(), d.personId(),
                person == null ? null : person.fullName(), person != null && person.protectedIdentity(),
                task ? d.responsible() : null, d.candidateGroups(), task ? null : d.responsible(),
                task ? d.id() : null, d.processKey(), d.activityId(), d.due(), lastDay,
                ChronoUnit.DAYS.between(today, lastDay), !now.isBefore(d.due()));
    }

    /**
     * The last day the deadline still runs, Swedish time. Deadlines are set to fire when the day after the last day
     * begins (ProcessVariables.endOf), so a due time of exactly midnight belongs to the day before.
     */
    static LocalDate lastDay(Instant due) {
        return LocalDate.ofInstant(due.minusNanos(1), SWEDEN);
    }

    private List<FristList.KindCount> counts(List<Frist> all, LocalDate today) {
        Map<String, List<Frist>> byKind = all.stream()
                .collect(Collectors.groupingBy(Frist::kind, LinkedHashMap::new, Collectors.toList()));
        return byKind.entrySet().stream().map(e -> new FristList.KindCount(e.getKey(), e.getValue().get(0).label(),
                e.getValue().size(), e.getValue().stream().filter(Frist::overdue).count()))
                .sorted(Comparator.comparingLong(FristList.KindCount::overdue).reversed()
                        .thenComparing(FristList.KindCount::label))
                .toList();
    }

    private List<FristList.KindOption> options(LocalDate today) {
        return kinds.keys().stream().map(k -> new FristList.KindOption(k,
                kinds.on(k, today).map(FristKinds.Kind::label).orElse(k))).toList();
    }

    private static String reason(String unitId, String filter, Collection<Frist> shown) {
        long cases = shown.stream().map(Frist::caseId).distinct().count();
        return "Fristbevakning, enhet " + unitId + (filter == null ? "" : ", typ " + filter) + ": " + shown.size()
                + (shown.size() == 1 ? " frist" : " frister") + " i " + cases + (cases == 1 ? " ärende" : " ärenden");
    }
}
