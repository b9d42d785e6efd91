package se.kasus.frister;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The kinds of legal deadline the view knows ({@code config/frister.yml}): label and law reference per key, versioned
 * by validity period so a renumbered law is a new entry rather than an edit.
 */
@ConfigurationProperties("kasus.frister")
public record FristKinds(List<Kind> kinds) {

    public FristKinds {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /**
     * @param check the reference is marked "check" in LAW.md: confirm it before relying on it
     */
    public record Kind(String key, String label, String law, LocalDate validFrom, LocalDate validTo, boolean check) {

        boolean appliesOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** The keys in the order of the file, each once. */
    public List<String> keys() {
        return kinds.stream().map(Kind::key).distinct().toList();
    }

    public boolean knows(String key) {
        return kinds.stream().anyMatch(k -> k.key().equals(key));
    }

    /** The entry valid on that day, or the newest one when none is (e.g. a key whose old entries have all ended). */
    public Optional<Kind> on(String key, LocalDate day) {
        List<Kind> ofKey = kinds.stream().filter(k -> k.key().equals(key)).toList();
        return ofKey.stream().filter(k -> k.appliesOn(day)).findFirst()
                .or(() -> ofKey.stream().max(java.util.Comparator.comparing(Kind::validFrom,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))));
    }
}
