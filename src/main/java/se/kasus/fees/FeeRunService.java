package se.kasus.fees;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * Avgiftskörning: a unit's fees for a month. Running a month that is not yet exported replaces its rows; exporting
 * freezes it. A change to an exported month (an underlag registered afterwards) is billed in the next month's run as
 * a JUSTERING row: the month's new fee less everything already billed for it.
 */
@Service
public class FeeRunService {

    static final String RESOURCE = "avgiftskorning";

    private final FeeRunRepository runs;
    private final FeeRunRowRepository rows;
    private final FeeBasisRepository bases;
    private final FeeService fees;
    private final PersonService persons;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    FeeRunService(FeeRunRepository runs, FeeRunRowRepository rows, FeeBasisRepository bases, FeeService fees,
            PersonService persons, AccessControl access, AuditLog audit, Clock clock) {
        this.runs = runs;
        this.rows = rows;
        this.bases = bases;
        this.fees = fees;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Computes the fee of every client of the user's unit with an underlag in force and decided insatser, and the
     * corrections of the month before if that month was exported.
     */
    @Transactional
    public FeeRunView run(YearMonth month) {
        KasusUser user = requireRun(month);
        String unit = user.unitId();
        if (fees.tablesFor(month).isEmpty()) {
            throw new FeeRejectedException(FeeService.noTable(month));
        }
        FeeRun run = runs.findByUnitIdAndFeeMonth(unit, month.atDay(1)).orElseGet(() -> new FeeRun(unit, month, user.username(), Instant.now(clock)));
        if (run.exported()) {
            throw new FeeRejectedException("Avgiftskörningen för " + month + " är exporterad och kan inte göras om."
                    + " Rättelser kommer med nästa månads körning.");
        }
        run = runs.save(run);
        rows.deleteByRun(run.id());
        List<FeeRunRow> made = new ArrayList<>();
        for (long personId : bases.personsWithBasis(unit, month.atDay(1))) {
            feeRow(run, unit, personId, month).ifPresent(made::add);
            correction(run, unit, personId, month.minusMonths(1)).ifPresent(made::add);
        }
        rows.saveAll(made);
        BigDecimal total = made.stream().map(FeeRunRow::amount).reduce(Money.ZERO, BigDecimal::add);
        run.calculated(total, user.username(), Instant.now(clock));
        for (FeeRunRow row : made) {
            audit.record(new AuditEvent(user.username(), AuditAction.CREATE, RESOURCE + "/" + month, row.personId(),
                    null, "Avgiftskörning " + month + ", " + row.kind()));
        }
        return view(run, made);
    }

    /** {@link #run(YearMonth)} for a month as typed: who may run is checked before the text is read. */
    @Transactional
    public FeeRunView run(String month) {
        requireInOwnUnit(Permission.FEE_RUN);
        return run(FeeMonth.parse(month));
    }

    /** {@link #export(YearMonth)} for a month as typed: who may export is checked before the text is read. */
    @Transactional
    public byte[] export(String month) {
        requireInOwnUnit(Permission.FEE_RUN);
        return export(FeeMonth.parse(month));
    }

    /** The unit's run for the month, if there is one. */
    @Transactional
    public Optional<FeeRunView> find(YearMonth month) {
        KasusUser user = requireRead(month);
        Optional<FeeRun> run = runs.findByUnitIdAndFeeMonth(user.unitId(), month.atDay(1));
        if (run.isEmpty()) {
            return Optional.empty();
        }
        List<FeeRunRow> all = rows.findByRunIdOrderByPersonIdAscIdAsc(run.get().id());
        // Each client whose fee is shown is logged, so the client's extract says who saw it.
        all.stream().map(FeeRunRow::personId).distinct().forEach(personId -> audit.record(new AuditEvent(
                user.username(), AuditAction.READ, RESOURCE + "/" + month, personId, null, "Avgiftskörning " + month)));
        return Optional.of(view(run.get(), all));
    }

    /**
     * The export file for the ekonomisystem; the first export freezes the month. UTF-8 with BOM (so spreadsheet
     * programs read å, ä, ö), semicolon-separated, decimal comma, one header row.
     */
    @Transactional
    public byte[] export(YearMonth month) {
        KasusUser user = requireRun(month);
        FeeRun run = runs.findByUnitIdAndFeeMonth(user.unitId(), month.atDay(1))
                .orElseThrow(() -> new FeeRejectedException("Det finns ingen avgiftskörning för " + month + "."));
        run.exportedBy(user.username(), Instant.now(clock));
        List<FeeRunRow> all = rows.findByRunIdOrderByPersonIdAscIdAsc(run.id());
        for (FeeRunRow row : all) {
            audit.record(new AuditEvent(user.username(), AuditAction.EXPORT, RESOURCE + "/" + month + "/export",
                    row.personId(), null, "Export till ekonomisystemet"));
        }
        return csv(view(run, all));
    }

    static byte[] csv(FeeRunView run) {
        StringBuilder out = new StringBuilder("\ufeff");
        out.append("personnummer;namn;period;typ;avser_manad;avgift_kr\r\n");
        for (FeeRunView.Row row : run.rows()) {
            out.append(row.personnummer()).append(';').append(field(row.name())).append(';').append(run.month())
                    .append(';').append(row.kind()).append(';').append(row.concernsMonth()).append(';')
                    .append(Money.export(row.amount())).append("\r\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** A name never holds a semicolon or a line break in the file: they would break its columns. */
    private static String field(String text) {
        return text.replace(';', ',').replace('\r', ' ').replace('\n', ' ');
    }

    private Optional<FeeRunRow> feeRow(FeeRun run, String unit, long personId, YearMonth month) {
        return fees.compute(personId, unit, month)
                .filter(c -> !c.costLines().isEmpty())
                .map(c -> new FeeRunRow(run.id(), personId, FeeRunRow.Kind.AVGIFT, c, c.fee()));
    }

    private Optional<FeeRunRow> correction(FeeRun run, String unit, long personId, YearMonth previous) {
        Optional<FeeRun> exported = runs.findByUnitIdAndFeeMonth(unit, previous.atDay(1)).filter(FeeRun::exported);
        if (exported.isEmpty() || fees.tablesFor(previous).isEmpty()) {
            return Optional.empty();
        }
        Optional<FeeCalculation> now = fees.compute(personId, unit, previous);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal fee = now.get().costLines().isEmpty() ? Money.ZERO : now.get().fee();
        BigDecimal billed = rows.billedFor(unit, personId, previous.atDay(1)).stream().map(FeeRunRow::amount)
                .reduce(Money.ZERO, BigDecimal::add);
        BigDecimal difference = fee.subtract(billed);
        return difference.signum() == 0 ? Optional.empty()
                : Optional.of(new FeeRunRow(run.id(), personId, FeeRunRow.Kind.JUSTERING, now.get(), difference));
    }

    private FeeRunView view(FeeRun run, List<FeeRunRow> all) {
        Map<Long, PersonView> people = persons.getAll(all.stream().map(FeeRunRow::personId).toList()).stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        List<FeeRunView.Row> shown = all.stream().map(r -> {
            PersonView p = people.get(r.personId());
            return new FeeRunView.Row(r.personId(), p.personnummer(), p.fullName(), r.kind().name(),
                    r.concernsMonth(), r.amounts(), r.amount());
        }).toList();
        return new FeeRunView(run.id(), run.unitId(), run.month(), run.exported(), run.total(), run.runBy(),
                run.runAt(), run.exportedByUser(), run.exportedAt(), shown);
    }

    private KasusUser requireRun(YearMonth month) {
        return requireInOwnUnit(Permission.FEE_RUN, month);
    }

    private KasusUser requireRead(YearMonth month) {
        return requireInOwnUnit(Permission.FEE_READ, month);
    }

    private KasusUser requireInOwnUnit(Permission permission, YearMonth month) {
        KasusUser user = requireInOwnUnit(permission);
        if (month == null) {
            throw new FeeRejectedException("Ange månad (ÅÅÅÅ-MM).");
        }
        return user;
    }

    private KasusUser requireInOwnUnit(Permission permission) {
        KasusUser user = access.require(permission, RESOURCE);
        if (user.unitId() == null) {
            access.refuse(user, RESOURCE, null, null, "Ingen enhet");
        }
        access.requireInUnit(permission, user.unitId(), RESOURCE, null, null);
        return user;
    }
}
