/**
 * Tidrapportering och ersättning: what happens after an order (beställning) runs. Provider staff report visits
 * (besök) from a phone or import them from a time-measurement system; the provider's coordinator corrects them
 * (a correction is a new version that points at the old one); the municipality attests a provider's month, which is
 * frozen after the lock date (spärrdatum); the ersättningsunderlag prices performed time, deliveries and days by the
 * dated price lists and rules in {@code config/ersattning.yml}, to the öre, with PDF, CSV, an export file for the
 * ekonomisystem and a reconciliation against the provider's invoice. Orders are read through casework's
 * {@code ServiceOrders}; access through {@code AccessControl}, every read and write of client data audited.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "audit", "casework", "registry",
        "letters" })
package se.kasus.provision;
