package se.kasus.casework;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The municipality's own settings from {@code config/municipality.yml}. */
@ConfigurationProperties("kasus.municipality")
public record MunicipalityProperties(String name, String board, List<Provider> providers) {

    public MunicipalityProperties {
        providers = providers == null ? List.of() : List.copyOf(providers);
    }

    /**
     * An utförare orders can go to: in-house (egen regi) or private under LOV, with its avtal. The id is also the
     * unit of the provider organisation's staff.
     */
    public record Provider(String id, String name, ProviderKind kind, List<Contract> contracts) {

        public Provider {
            kind = kind == null ? ProviderKind.EGEN_REGI : kind;
            contracts = contracts == null ? List.of() : List.copyOf(contracts);
        }

        /** The avtal that lets this provider take an order for the insats, in the area, starting on the day. */
        public boolean covers(ServiceType service, String area, LocalDate start) {
            return contracts.stream().anyMatch(c -> c.covers(service, area, start));
        }

        public boolean ickevalFor(ServiceType service, String area, LocalDate start) {
            return contracts.stream().anyMatch(c -> c.ickeval() && c.covers(service, area, start));
        }
    }

    /** Egen regi or a private provider under LOV (lagen om valfrihetssystem). */
    public enum ProviderKind {
        EGEN_REGI("Egen regi"), LOV("Privat utförare (LOV)");

        private final String label;

        ProviderKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * An avtal: the insatser, the areas (handläggarenheter; empty = the whole municipality), the period, and whether
     * the provider is the ickevalsalternativ there.
     */
    public record Contract(List<ServiceType> services, List<String> areas, LocalDate validFrom, LocalDate validTo,
            boolean ickeval) {

        public Contract {
            services = services == null ? List.of() : List.copyOf(services);
            areas = areas == null ? List.of() : List.copyOf(areas);
        }

        boolean covers(ServiceType service, String area, LocalDate start) {
            return services.contains(service) && (areas.isEmpty() || areas.contains(area))
                    && (validFrom == null || !start.isBefore(validFrom)) && (validTo == null || !start.isAfter(validTo));
        }
    }

    /** The providers whose avtal covers the insats, in the area, from the start date. */
    public List<Provider> contractedFor(ServiceType service, String area, LocalDate start) {
        return providers.stream().filter(p -> p.covers(service, area, start)).toList();
    }

    /** The ickevalsalternativ for the insats in the area, if the registry names one. */
    public java.util.Optional<Provider> ickeval(ServiceType service, String area, LocalDate start) {
        return providers.stream().filter(p -> p.ickevalFor(service, area, start)).findFirst();
    }

    public String providerName(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).map(Provider::name).findFirst().orElse(id);
    }
}
