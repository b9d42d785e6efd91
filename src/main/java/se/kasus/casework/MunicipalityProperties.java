package se.kasus.casework;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The municipality's own settings from {@code config/municipality.yml}. */
@ConfigurationProperties("kasus.municipality")
public record MunicipalityProperties(String name, String board, List<Provider> providers) {

    public MunicipalityProperties {
        providers = providers == null ? List.of() : List.copyOf(providers);
    }

    /** An utförare orders can go to, until the provider registry (LOV) replaces this list. */
    public record Provider(String id, String name) {
    }

    public String providerName(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).map(Provider::name).findFirst().orElse(id);
    }
}
