package se.kasus.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers use Skatteverket's test number 19121212-1212, 18900101-9802 from its published test list, and otherwise
 * födelsenummer 98x with check digits computed by hand (Luhn), so that none is likely to belong to a real person.
 * The reference date is fixed: 15 June 2025.
 */
class PersonnummerTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # input                 | canonical      | birth date  | samordningsnummer
            19121212-1212           | 19121212-1212  | 1912-12-12  | false
            191212121212            | 19121212-1212  | 1912-12-12  | false
            '  19121212-1212 '      | 19121212-1212  | 1912-12-12  | false
            121212+1212             | 19121212-1212  | 1912-12-12  | false
            121212-1212             | 20121212-1212  | 2012-12-12  | false
            1212121212              | 20121212-1212  | 2012-12-12  | false
            189001019802            | 18900101-9802  | 1890-01-01  | false
            18900101-9802           | 18900101-9802  | 1890-01-01  | false
            900101+9802             | 18900101-9802  | 1890-01-01  | false
            900101-9802             | 19900101-9802  | 1990-01-01  | false
            # leap day: 2000 is a leap year (divisible by 400), 2024 an ordinary one
            20000229-9816           | 20000229-9816  | 2000-02-29  | false
            000229-9816             | 20000229-9816  | 2000-02-29  | false
            20240229-9826           | 20240229-9826  | 2024-02-29  | false
            # century boundaries, today 2025-06-15: '+' from the year the person turns 100 (18 § FOL)
            20250615-9892           | 20250615-9892  | 2025-06-15  | false
            250615-9892             | 20250615-9892  | 2025-06-15  | false
            250615+9892             | 19250615-9892  | 1925-06-15  | false
            250616+9891             | 19250616-9891  | 1925-06-16  | false
            2506169891              | 19250616-9891  | 1925-06-16  | false
            260101-9819             | 19260101-9819  | 1926-01-01  | false
            260101+9819             | 18260101-9819  | 1826-01-01  | false
            241231+9820             | 19241231-9820  | 1924-12-31  | false
            # samordningsnummer: day + 60
            19121272-9832           | 19121272-9832  | 1912-12-12  | true
            121272+9832             | 19121272-9832  | 1912-12-12  | true
            19990161-9842           | 19990161-9842  | 1999-01-01  | true
            19990191-9846           | 19990191-9846  | 1999-01-31  | true
            20000289-9854           | 20000289-9854  | 2000-02-29  | true
            """)
    void accepts(String input, String canonical, LocalDate birthDate, boolean samordningsnummer) {
        Personnummer personnummer = Personnummer.parse(input, TODAY);

        assertThat(personnummer.toString()).isEqualTo(canonical);
        assertThat(personnummer.birthDate()).isEqualTo(birthDate);
        assertThat(personnummer.isSamordningsnummer()).isEqualTo(samordningsnummer);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # input                 | message
            19121212-1213           | Kontrollsiffran stämmer inte.
            121212-1213             | Kontrollsiffran stämmer inte.
            19121212-1221           | Kontrollsiffran stämmer inte.
            19121212-0008           | Födelsenumret 000 finns inte; de tre siffrorna före kontrollsiffran ska vara 001–999.
            # dates that do not exist; check digits are right, so the date rule is what fails
            19990230-9872           | Datumet 19990230 finns inte.
            19000229-9816           | Datumet 19000229 finns inte.
            000229+9816             | Datumet 19000229 finns inte.
            20230229-9827           | Datumet 20230229 finns inte.
            19121312-9867           | Datumet 19121312 finns inte.
            19120012-9862           | Datumet 19120012 finns inte.
            19121200-9862           | Datumet 19121200 finns inte.
            19121232-9864           | Datumet 19121232 finns inte.
            19990160-9843           | Datumet 19990160 finns inte.
            19990192-9845           | Datumet 19990192 finns inte.
            19990290-9846           | Datumet 19990290 finns inte; i ett samordningsnummer ska dagen minus 60 ge en verklig dag.
            19000289-9854           | Datumet 19000289 finns inte; i ett samordningsnummer ska dagen minus 60 ge en verklig dag.
            # the future
            20991231-9887           | Datumet 20991231 ligger i framtiden.
            20250616-9891           | Datumet 20250616 ligger i framtiden.
            250616-9891             | Datumet 20250616 ligger i framtiden.
            # length
            ''                      | Personnummer saknas.
            '   '                   | Personnummer saknas.
            19121212121             | Personnumret ska ha 10 eller 12 siffror.
            1912121212121           | Personnumret ska ha 10 eller 12 siffror.
            121212-121              | Personnumret ska ha 10 eller 12 siffror.
            19121212-12121          | Personnumret ska ha 10 eller 12 siffror.
            1212121-1212            | Personnumret ska ha 10 eller 12 siffror.
            # characters and separators
            19121212-121A           | Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.
            ABCDEF-1234             | Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.
            19121212-T212           | Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.
            121212 1212             | Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.
            121212/1212             | Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.
            121212.1212             | Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.
            121212–1212             | Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.
            ١٢١٢١٢-١٢١٢             | Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.
            121212-+1212            | Personnumret får bara ha ett skiljetecken, antingen bindestreck eller plustecken.
            121212+-1212            | Personnumret får bara ha ett skiljetecken, antingen bindestreck eller plustecken.
            19121212--1212          | Personnumret får bara ha ett skiljetecken, antingen bindestreck eller plustecken.
            1912-12121212           | Bindestreck eller plustecken ska stå före de fyra sista siffrorna.
            12121212-12             | Bindestreck eller plustecken ska stå före de fyra sista siffrorna.
            1212121212-             | Bindestreck eller plustecken ska stå före de fyra sista siffrorna.
            -1212121212             | Bindestreck eller plustecken ska stå före de fyra sista siffrorna.
            19121212+1212           | Plustecken används bara när året har två siffror; skriv bindestreck när året har fyra.
            """)
    void rejects(String input, String message) {
        assertThatThrownBy(() -> Personnummer.parse(input, TODAY))
                .isInstanceOf(InvalidPersonnummerException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Personnummer.parse(null, TODAY))
                .isInstanceOf(InvalidPersonnummerException.class)
                .hasMessage("Personnummer saknas.");
    }

    @Test
    void centuryOfTenDigitFormFollowsTheReferenceDate() {
        assertThat(Personnummer.parse("121212-1212", LocalDate.of(2012, 12, 12))).hasToString("20121212-1212");
        assertThat(Personnummer.parse("1212121212", LocalDate.of(2012, 12, 11))).hasToString("19121212-1212");
        assertThat(Personnummer.parse("121212+1212", LocalDate.of(2012, 12, 12))).hasToString("19121212-1212");
    }

    @Test
    void parseWithoutDateUsesTodayInSweden() {
        assertThat(Personnummer.parse("19121212-1212")).hasToString("19121212-1212");
        assertThatThrownBy(() -> Personnummer.parse("20991231-9887"))
                .hasMessage("Datumet 20991231 ligger i framtiden.");
    }

    @Test
    void tenDigitFormDropsCenturyAndSeparator() {
        assertThat(Personnummer.parse("19121212-1212", TODAY).tenDigitForm()).isEqualTo("1212121212");
        assertThat(Personnummer.parse("19121272-9832", TODAY).tenDigitForm()).isEqualTo("1212729832");
    }

    @Test
    void equalWhenSameNumberWhateverTheInputForm() {
        Personnummer twelve = Personnummer.parse("19121212-1212", TODAY);
        Personnummer ten = Personnummer.parse("121212+1212", TODAY);
        Personnummer otherCentury = Personnummer.parse("121212-1212", TODAY);

        assertThat(ten).isEqualTo(twelve).hasSameHashCodeAs(twelve);
        assertThat(otherCentury).isNotEqualTo(twelve);
    }
}
