/**
 * Avgifter (client fees) in äldreomsorgen, SoL (2025:400) 32 kap. (before 2025-07-01 SoL (2001:453) 8 kap.): the
 * client's avgiftsunderlag (income, housing cost, household), the computation förbehållsbelopp → avgiftsutrymme →
 * fee capped by the maxtaxa, fee decisions (avgiftsbeslut) with their letter, and the monthly fee run
 * (avgiftskörning) with its export to the ekonomisystem. The yearly amounts and the municipality's taxa are data in
 * {@code config/avgifter.yml}. Depends on registry (persons), access and audit, casework (the decided insatser, via
 * {@link se.kasus.casework.DecidedServices}), provision (attested performed time, via
 * {@link se.kasus.provision.PerformedServices}) and letters (the PDF).
 */
package se.kasus.fees;
