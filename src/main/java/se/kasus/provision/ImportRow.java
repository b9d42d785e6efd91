package se.kasus.provision;

/**
 * One row of a visit import, as text so that every bad value can be reported on its row and field. Times are ISO
 * local date-times in Swedish time ({@code 2026-10-03T08:00}) or with an offset; a delivery row has datum and antal.
 *
 * @param externtId the visit's id in the time-measurement system: unique per provider, what makes re-import safe
 * @param status    UTFORD (default), INSTALLD_AV_KUND or INSTALLD_AV_UTFORARE, or LEVERANS for deliveries
 */
public record ImportRow(String externtId, String bestallning, String personal, String status, String start,
        String slut, String planeradStart, String planeradSlut, String avbokad, String datum, String antal) {

    /** The CSV header, in this order, separated by semicolons. */
    public static final String CSV_HEADER =
            "externtId;bestallning;personal;status;start;slut;planeradStart;planeradSlut;avbokad;datum;antal";
}
