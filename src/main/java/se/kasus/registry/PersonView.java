package se.kasus.registry;

/**
 * What other modules see of a person. {@code personnummer} is in canonical form {@code YYYYMMDD-NNNN}; address
 * fields may be {@code null}.
 */
public record PersonView(
        long id,
        String personnummer,
        String firstName,
        String lastName,
        String streetAddress,
        String postalCode,
        String city,
        boolean protectedIdentity) {

    /** First and last name as written in letters and lists: "Tolvan Tolvansson". */
    public String fullName() {
        return firstName + " " + lastName;
    }

    /**
     * The same person with street address, postal code and city set to {@code null}. For persons with skyddade
     * personuppgifter (sekretessmarkering, or skyddad folkbokföring under 16 § folkbokföringslagen (1991:481)),
     * where showing the address can put the person in danger; deciding when to use it is the caller's job.
     */
    public PersonView withoutAddress() {
        return new PersonView(id, personnummer, firstName, lastName, null, null, null, protectedIdentity);
    }

    /**
     * The same person as shown to someone without the right to see a person with skyddade personuppgifter: neither
     * name, personnummer nor address, only that such a person exists (the id stays, so a search hit can still be
     * followed to register an ansökan in the own unit).
     */
    public PersonView masked() {
        return new PersonView(id, MASKED_PERSONNUMMER, "Skyddade", "personuppgifter", null, null, null, true);
    }

    /** What a list shows instead of a protected person's personnummer. */
    public static final String MASKED_PERSONNUMMER = "Skyddad identitet";
}
