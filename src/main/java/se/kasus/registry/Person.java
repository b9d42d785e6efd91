package se.kasus.registry;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A registered person; table {@code person} (migration V2). Package-private so that no other module can hold or
 * change the entity: they get {@link PersonView}s and keep only the id.
 */
@Entity
@Table(name = "person")
class Person {

    static final int NAME_LENGTH = 100;
    static final int STREET_ADDRESS_LENGTH = 200;
    static final int POSTAL_CODE_LENGTH = 10;
    static final int CITY_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Canonical form {@code YYYYMMDD-NNNN}, so equal numbers are equal strings and lookups can be exact. */
    @Column(nullable = false, unique = true, updatable = false, length = 13)
    private String personnummer;

    @Column(nullable = false, length = NAME_LENGTH)
    private String firstName;

    @Column(nullable = false, length = NAME_LENGTH)
    private String lastName;

    @Column(length = STREET_ADDRESS_LENGTH)
    private String streetAddress;

    @Column(length = POSTAL_CODE_LENGTH)
    private String postalCode;

    @Column(length = CITY_LENGTH)
    private String city;

    @Column(nullable = false)
    private boolean protectedIdentity;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    /** For JPA. */
    protected Person() {
    }

    /** {@code details} must already be validated and trimmed; its personnummer field is not used. */
    Person(Personnummer personnummer, NewPerson details, Instant createdAt) {
        this.personnummer = personnummer.toString();
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.streetAddress = details.streetAddress();
        this.postalCode = details.postalCode();
        this.city = details.city();
        this.protectedIdentity = details.protectedIdentity();
        this.createdAt = createdAt;
    }

    PersonView toView() {
        return new PersonView(id, personnummer, firstName, lastName, streetAddress, postalCode, city,
                protectedIdentity);
    }
}
