package se.kasus.registry;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Package-private: other modules reach persons only through {@link PersonService}. */
interface PersonRepository extends JpaRepository<Person, Long> {

    /** Exact match on the canonical form; callers must pass {@link Personnummer#toString()}. */
    Optional<Person> findByPersonnummer(String canonicalPersonnummer);

    boolean existsByPersonnummer(String canonicalPersonnummer);
}
