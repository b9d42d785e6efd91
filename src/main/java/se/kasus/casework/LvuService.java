package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.CASE_TYPE;
import static se.kasus.casework.ProcessVariables.LVU_ID;
import static se.kasus.casework.ProcessVariables.LVU_PROCESS;
import static se.kasus.casework.ProcessVariables.LVU_START;
import static se.kasus.casework.ProcessVariables.UNIT_ID;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.engine.Workflow;

/**
 * LVU for a case of barn och unga: starting the {@code barn-lvu} process (from the main process or by a caseworker),
 * and reading what its steps recorded. Nothing here writes a step's record: that is {@link LvuSteps}' work, when the
 * step's task completes. Every read is access-checked in the case's unit and audited.
 */
@Service
public class LvuService {

    private final LvuRepository lvus;
    private final LvuReviewRepository reviews;
    private final LvuLegalFailureRepository failures;
    private final CaseRepository cases;
    private final CaseAccess caseAccess;
    private final AccessControl access;
    private final AuditLog audit;
    private final Workflow workflow;
    private final Clock clock;

    LvuService(LvuRepository lvus, LvuReviewRepository reviews, LvuLegalFailureRepository failures,
            CaseRepository cases, CaseAccess caseAccess, AccessControl access, AuditLog audit, Workflow workflow,
            Clock clock) {
        this.lvus = lvus;
        this.reviews = reviews;
        this.failures = failures;
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.access = access;
        this.audit = audit;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * A caseworker starts LVU for a case of barn och unga outside its main process.
     *
     * @throws CaseRuleException when the case is not one of barn och unga or an LVU already runs for it
     */
    @Transactional
    public LvuView start(long caseId, LvuStart start) {
        CaseRecord caseRecord = caseAccess.check(caseId, Permission.TASK_WORK, "lvu");
        Lvu lvu = startIfNoneRuns(caseRecord, start, access.currentUser().username())
                .orElseThrow(() -> new CaseRuleException("Ett LVU pågår redan i ärendet."));
        return lvu.toView(List.of(), List.of());
    }

    /** From the main process's service task: a retry or a second call starts nothing. */
    void startFromProcess(long caseId, LvuStart start) {
        startIfNoneRuns(cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId)), start,
                ProcessDelegates.SYSTEM);
    }

    private Optional<Lvu> startIfNoneRuns(CaseRecord caseRecord, LvuStart start, String actor) {
        if (caseRecord.caseType() != CaseType.BARN_UNGA) {
            throw new CaseRuleException("LVU kan bara inledas i ett ärende om barn och unga.");
        }
        if (start == null) {
            throw new CaseRuleException("Ange hur LVU inleds: omedelbart omhändertagande eller ansökan om vård.");
        }
        boolean running = lvus.findByCaseIdInOrderByIdDesc(List.of(caseRecord.id())).stream()
                .anyMatch(l -> !l.status().ended());
        if (running) {
            return Optional.empty();
        }
        Lvu lvu = lvus.save(new Lvu(caseRecord.id(), caseRecord.unitId(), start, clock.instant()));
        workflow.start(LVU_PROCESS, caseRecord.id(), Map.of(CASE_ID, caseRecord.id(), UNIT_ID, caseRecord.unitId(),
                CASE_TYPE, caseRecord.caseType().name(), LVU_START, start.name(), LVU_ID, lvu.id()));
        audit.record(new AuditEvent(actor, AuditAction.CREATE, "lvu", caseRecord.personId(), caseRecord.id(),
                start == LvuStart.OMEDELBART ? "LVU inleds: omedelbart omhändertagande" : "LVU inleds: ansökan om vård"));
        return Optional.of(lvu);
    }

    /** The LVU of one case, for the API and the case's views. */
    @Transactional
    public List<LvuView> ofCase(long caseId) {
        caseAccess.require(caseId, Permission.CLIENT_FILE_READ, AuditAction.READ, "lvu", "Läser LVU");
        return views(lvus.findByCaseIdInOrderByIdDesc(List.of(caseId)));
    }

    /** Every LVU of the person in the user's unit, for the client's file; each case read is audited. */
    @Transactional
    public List<LvuView> ofPerson(long personId) {
        KasusUser user = access.currentUser();
        List<Long> visible = cases.findByPersonIdOrderByOpenedAtDesc(personId).stream()
                .filter(c -> user.belongsTo(c.unitId())).map(CaseRecord::id).toList();
        List<Lvu> found = lvus.findByCaseIdInOrderByIdDesc(visible);
        found.stream().map(Lvu::caseId).distinct().forEach(caseId -> caseAccess.require(caseId,
                Permission.CLIENT_FILE_READ, AuditAction.READ, "lvu", "Klientakt: LVU"));
        return views(found);
    }

    /** Every legal failure of the user's unit, newest first; each one shown is audited. */
    @Transactional
    public List<LvuLegalFailureView> legalFailuresOfMyUnit() {
        KasusUser user = access.currentUser();
        access.requireInUnit(Permission.TASK_WORK, user.unitId(), "lvu-fristmiss", null, null);
        return failures.findByUnitIdOrderByOccurredAtDesc(user.unitId()).stream().map(f -> {
            long personId = cases.findById(f.caseId()).orElseThrow().personId();
            audit.record(new AuditEvent(user.username(), AuditAction.READ, "lvu-fristmiss", personId, f.caseId(),
                    "Lista över missade LVU-frister"));
            return f.toView(personId);
        }).toList();
    }

    /**
     * How many of the unit's missed LVU deadlines the enhetschef has not yet handled: the inbox's red banner. A
     * number only, no client data, so it is not audited; zero for anyone who does not work on the unit's tasks.
     */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public long unhandledLegalFailures() {
        return access.findCurrentUser().filter(u -> u.unitId() != null && access.may(u, Permission.TASK_WORK))
                .map(u -> failures.countByUnitIdAndHandledAtIsNull(u.unitId())).orElse(0L);
    }

    private List<LvuView> views(List<Lvu> found) {
        return found.stream().map(l -> {
            long personId = cases.findById(l.caseId()).orElseThrow().personId();
            return l.toView(reviews.findByLvuIdOrderByIdAsc(l.id()).stream().map(LvuReview::toView).toList(),
                    failures.findByLvuIdOrderByIdAsc(l.id()).stream().map(f -> f.toView(personId)).toList());
        }).toList();
    }
}
