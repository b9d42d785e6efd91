package se.kasus.casework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

// The Spring Data repositories of the casework module, in one file; all package-private, so no other module can write
// a step's record behind the process's back.

interface CaseRepository extends JpaRepository<CaseRecord, Long> {
    List<CaseRecord> findByPersonIdOrderByOpenedAtDesc(long personId);

    List<CaseRecord> findByIdIn(Collection<Long> ids);
}

interface InvestigationRepository extends JpaRepository<Investigation, Long> {
    List<Investigation> findByCaseIdOrderByCompletedAtDesc(long caseId);

    List<Investigation> findByCaseIdInOrderByCompletedAtDesc(Collection<Long> caseIds);
}

interface SupplementRepository extends JpaRepository<Supplement, Long> {
    List<Supplement> findByCaseIdOrderByIdAsc(long caseId);
}

interface DecisionRepository extends JpaRepository<Decision, Long> {
    List<Decision> findByCaseIdInOrderByProposedAtDesc(Collection<Long> caseIds);

    List<Decision> findByCaseIdAndStatus(long caseId, DecisionStatus status);
}

interface CommunicationRepository extends JpaRepository<Communication, Long> {
    Optional<Communication> findFirstByCaseIdOrderByIdDesc(long caseId);

    List<Communication> findByCaseIdInOrderByIdDesc(Collection<Long> caseIds);
}

interface ServiceOrderRepository extends JpaRepository<ServiceOrder, Long> {
    Optional<ServiceOrder> findFirstByDecisionIdOrderByIdDesc(long decisionId);

    List<ServiceOrder> findByCaseIdInOrderByIdDesc(Collection<Long> caseIds);

    List<ServiceOrder> findByProviderIdOrderByIdDesc(String providerId);

    boolean existsByPreviousOrderIdAndOrderKind(Long previousOrderId, OrderKind orderKind);

    List<ServiceOrder> findByPreviousOrderIdIn(Collection<Long> previousOrderIds);
}

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {
    List<FollowUp> findByCaseIdOrderByIdAsc(long caseId);
}

interface AppealRepository extends JpaRepository<Appeal, Long> {
    List<Appeal> findByCaseIdInOrderByIdDesc(Collection<Long> caseIds);
}

interface JournalRepository extends JpaRepository<JournalEntry, Long> {
    List<JournalEntry> findByCaseIdInOrderByCreatedAtDescIdDesc(Collection<Long> caseIds);

    Optional<JournalEntry> findByCorrectsId(long correctsId);

    List<JournalEntry> findByCorrectsIdIn(Collection<Long> ids);
}

interface DocumentRepository extends JpaRepository<Document, Long> {
    boolean existsByDecisionIdAndDocType(Long decisionId, String docType);

    /** Lists documents without loading their content. */
    @Query("select new se.kasus.casework.DocumentView(d.id, d.caseId, d.decisionId, d.docType, d.title, d.createdAt)"
            + " from Document d where d.caseId in :caseIds order by d.createdAt desc")
    List<DocumentView> listByCaseIds(Collection<Long> caseIds);
}

interface FormDraftRepository extends JpaRepository<FormDraft, FormDraft.Key> {
    void deleteByTaskId(String taskId);
}

interface CarePlanRepository extends JpaRepository<CarePlan, Long> {
    List<CarePlan> findByOrderIdOrderByVersionDesc(long orderId);
}

interface ProviderNoteRepository extends JpaRepository<ProviderNote, Long> {
    List<ProviderNote> findByOrderIdOrderByIdDesc(long orderId);
}

interface OrderMessageRepository extends JpaRepository<OrderMessage, Long> {
    List<OrderMessage> findByOrderIdOrderByIdAsc(long orderId);
}
