package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import se.kasus.TestPersonnummer;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/** Children and form values for the barn-utredning tests. */
final class BarnTestSupport {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private BarnTestSupport() {
    }

    /** A person born on {@code born} (give or take a few days), with a valid, unique personnummer (serial 9xx). */
    static PersonView newPerson(PersonService persons, LocalDate born) {
        int n = NEXT.getAndIncrement();
        LocalDate day = born.plusDays(n / 100);
        String ten = String.format("%02d%02d%02d9%02d", day.getYear() % 100, day.getMonthValue(), day.getDayOfMonth(),
                n % 100);
        String pnr = day.getYear() + ten.substring(2, 6) + "-" + ten.substring(6) + TestPersonnummer.luhn(ten);
        return persons.create(new NewPerson(pnr, "Barn", "Testsson", "Testgatan 1", "123 45", "Teststad", false));
    }

    static NewChildReport report(Instant receivedAt, List<Long> childIds) {
        return new NewChildReport(childIds, receivedAt, ChildReportChannel.TELEFON, ReporterKind.SKOLA, "Rektor Rask",
                "Norrskolan", "070-000 00 00", "Barnet har kommit till skolan med blåmärken flera gånger.");
    }

    static Map<String, Object> protection(boolean danger) {
        return new HashMap<>(Map.of("skyddsbedomning", "Barnet är i skolan och har inte berättat om hot i hemmet.",
                "omedelbarFara", danger, "vardnadshavareKontaktade", false));
    }

    static Map<String, Object> preliminary(boolean open) {
        return Map.of("beslut", open ? "INLEDA" : "INTE_INLEDA", "motivering",
                open ? "Anmälan om våld behöver utredas." : "Uppgifterna är redan kända och hanterade.");
    }

    static Map<String, Object> bbic() {
        return Map.of("barnetsBehov", "Behöver stöd i skolan och en trygg vuxen.",
                "foraldrarnasFormaga", "Mamman ger god omsorg men orkar inte ensam.",
                "familjOchMiljo", "Trångbodda, litet nätverk.",
                "barnetsSyn", "Barnet vill ha någon att prata med på fritiden.",
                "bedomning", "Behov av kontaktperson.");
    }

    static Map<String, Object> insats(String type, LocalDate today) {
        return new HashMap<>(Map.of("barnUtfall", "INSATS", "insatstyp", type, "samtycke", true,
                "startdatum", today.plusDays(1).toString(), "uppfoljningsdatum", today.plusMonths(6).toString(),
                "motivering", "Behovet kan tillgodoses med en kontaktperson.", "lagrum", "SoL (2025:400) 11 kap. 1 §"));
    }
}
