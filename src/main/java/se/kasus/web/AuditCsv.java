package se.kasus.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.kasus.access.AuditExtract;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;

/**
 * A log extract as CSV for Swedish Excel: UTF-8 with a byte order mark (without it Excel reads å, ä, ö as
 * Windows-1252), semicolons (Excel's list separator where the decimal separator is a comma), CRLF line ends, one
 * header row, times as ISO 8601 with the municipality's offset.
 *
 * <p><b>Formula injection.</b> A cell that starts with {@code = + - @}, a tab or a carriage return is read by
 * spreadsheet programs as a formula, and a reason or resource is text that users typed. Such a text cell gets a
 * leading apostrophe, which makes the spreadsheet show it as text; quoting alone does not help, since Excel strips the
 * quotes before it looks. Every text cell is quoted, so semicolons, quotes and line breaks in it stay inside it.
 */
public final class AuditCsv {

    public static final List<String> HEADER = List.of("Nr", "Tid", "Användarnamn", "Namn", "Åtgärd", "Åtgärdskod",
            "Resurs", "Person-id", "Ärende-id", "Orsak");

    private static final String BOM = "\uFEFF";
    private static final String SEPARATOR = ";";
    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private AuditCsv() {
    }

    /**
     * @param names  display names by username; a username not in it gets an empty name
     * @param labels the Swedish word for each action
     */
    public static byte[] write(AuditExtract extract, Map<String, String> names, Function<AuditAction, String> labels,
            ZoneId zone) {
        StringBuilder csv = new StringBuilder(BOM);
        csv.append(String.join(SEPARATOR, HEADER.stream().map(AuditCsv::text).toList())).append(LINE_END);
        for (AuditEntryView e : extract.entries()) {
            csv.append(String.join(SEPARATOR, List.of(
                    Long.toString(e.id()),
                    time(e.occurredAt(), zone),
                    text(e.actor()),
                    text(names.getOrDefault(e.actor(), "")),
                    text(labels.apply(e.action())),
                    text(e.action().name()),
                    text(e.resource()),
                    number(e.personId()),
                    number(e.caseId()),
                    text(e.reason()))))
                    .append(LINE_END);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A text cell: neutralised against formula injection, then quoted. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeAFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String time(Instant instant, ZoneId zone) {
        return ISO_WITH_OFFSET.format(instant.atZone(zone));
    }
}
