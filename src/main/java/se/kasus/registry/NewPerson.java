package se.kasus.registry;

/**
 * Input for {@link PersonService#create(NewPerson)}. {@code personnummer} may be in any form that
 * {@link Personnummer#parse(String, java.time.LocalDate)} accepts; names are required, address fields optional.
 */
public record NewPerson(
        String personnummer,
        String firstName,
        String lastName,
        String streetAddress,
        String postalCode,
        String city,
        boolean protectedIdentity) {
}
