package se.kasus.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

// The repositories of familjerätt's snabbupplysning, package-private like the rest of casework's.

interface SnabbupplysningRepository extends JpaRepository<Snabbupplysning, Long> {
    Optional<Snabbupplysning> findByCaseId(long caseId);
}

interface FrPartyRepository extends JpaRepository<SnabbupplysningParts.Party, Long> {
    List<SnabbupplysningParts.Party> findBySnabbupplysningIdOrderByIdAsc(long snabbupplysningId);
}

interface FrOccurrenceRepository extends JpaRepository<SnabbupplysningParts.Found, Long> {
    List<SnabbupplysningParts.Found> findBySnabbupplysningIdOrderByIdAsc(long snabbupplysningId);
}

interface FrContactRepository extends JpaRepository<SnabbupplysningParts.Contact, Long> {
    List<SnabbupplysningParts.Contact> findBySnabbupplysningIdOrderByIdAsc(long snabbupplysningId);
}

interface FrDelayNoteRepository extends JpaRepository<SnabbupplysningParts.DelayNote, Long> {
    List<SnabbupplysningParts.DelayNote> findBySnabbupplysningIdOrderByIdAsc(long snabbupplysningId);
}
