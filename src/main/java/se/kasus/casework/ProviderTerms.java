package se.kasus.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipality's terms for beställningar ({@code kasus.utforare} in {@code config/municipality.yml}): how many
 * working days an utförare has to answer an order before it escalates. A contract term, not law.
 */
@ConfigurationProperties("kasus.utforare")
public record ProviderTerms(Integer svarstidArbetsdagar, String source) {

    public ProviderTerms {
        svarstidArbetsdagar = svarstidArbetsdagar == null ? 2 : svarstidArbetsdagar;
    }
}
