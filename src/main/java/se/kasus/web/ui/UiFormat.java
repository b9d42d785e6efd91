package se.kasus.web.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.kasus.access.Role;
import se.kasus.audit.AuditAction;
import se.kasus.replay.RecordNote;

/**
 * Dates and times as the screens show them: {@code YYYY-MM-DD} and {@code YYYY-MM-DD HH:MM} in the municipality's
 * time zone. Used from templates as {@code @fmt}.
 */
@Component("fmt")
public class UiFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;

    UiFormat(Clock clock) {
        this.clock = clock;
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(clock.getZone()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(clock.getZone()));
    }

    /** "14:32" today, "2025-03-01 14:32" on another day. */
    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        return instant.atZone(clock.getZone()).toLocalDate().equals(today()) ? time(instant) : dateTime(instant);
    }

    /** The audit module names actions by constant; the screens say what happened in Swedish. */
    public String auditAction(AuditAction action) {
        return switch (action) {
            case READ -> "Läste";
            case SEARCH -> "Sökte";
            case CREATE -> "Registrerade";
            case UPDATE -> "Ändrade";
            case COMPLETE_TASK -> "Slutförde uppgift";
            case CLAIM_TASK -> "Tog eller lämnade uppgift";
            case EXPORT -> "Exporterade";
            case DENIED -> "Nekad åtkomst";
            case VERIFY -> "Verifierade loggen";
            case LOGIN -> "Loggade in";
            case GATE_CHECK -> "Prövade modell i grinden";
            case DEPLOY -> "Driftsatte modell";
            case CROSS_UNIT_ACCESS -> "Menprövning: läsrätt i annan enhet";
        };
    }

    /**
     * Codes that the forms store as text (delivery method, kommunicering, omprövning, dom) as Swedish words. They are
     * option values of the Camunda Forms, with no enum on the server; an unknown code is shown as it is.
     */
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("BREV", "Brev"),
            Map.entry("DIGITALT", "Digitalt"), Map.entry("MOTE", "Möte"), Map.entry("PERSONLIGEN", "Personligen"),
            Map.entry("DELGIVNINGSKVITTO", "Delgivningskvitto"), Map.entry("ANDRAS_HELT", "Ändras helt"),
            Map.entry("ANDRAS_DELVIS", "Ändras delvis"), Map.entry("ANDRAS_INTE", "Ändras inte"),
            Map.entry("BIFALL", "Bifall"), Map.entry("AVSLAG", "Avslag"), Map.entry("ATERFORVISNING", "Återförvisning"),
            Map.entry("AVSLUTA", "Avsluta ärendet"), Map.entry("NY_UTREDNING", "Ny utredning"));

    public String code(String code) {
        return code == null ? "" : CODES.getOrDefault(code, code);
    }

    /** A role as stored on a decision ("forste-socialsekreterare") by its Swedish name ("1:e socialsekreterare"). */
    public String role(String groupId) {
        return groupId == null ? "" : Role.fromGroupId(groupId).map(Role::label).orElse(groupId);
    }

    /** A line of a record in the case history, shown as its kind says: a person by name, a code in words. */
    public String fact(RecordNote.Fact fact, Map<String, String> names) {
        Object value = fact.value();
        return switch (fact.kind()) {
            case PERSON -> names.getOrDefault(String.valueOf(value), String.valueOf(value));
            case CODE -> code(String.valueOf(value));
            case TIME -> value instanceof Instant instant ? dateTime(instant) : String.valueOf(value);
            case YES_NO -> value instanceof Boolean yes ? yesNo(yes) : String.valueOf(value);
            case DATE, TEXT -> String.valueOf(value);
        };
    }

    /** Whether a due time has passed, for marking a task "Försenad". */
    public boolean past(Instant instant) {
        return instant != null && instant.isBefore(clock.instant());
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String yesNo(Boolean value) {
        return value == null ? "" : value ? "Ja" : "Nej";
    }
}
