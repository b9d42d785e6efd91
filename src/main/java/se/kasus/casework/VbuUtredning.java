package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * FB 6 kap. 19 §: the court's uppdrag to investigate vårdnad, boende and/or umgänge. Each step of
 * familjeratt-vbu-utredning fills its own columns once: the child's view, the report, the kommunicering, the sending.
 */
@Entity
@Table(name = "fr_vbu_utredning")
class VbuUtredning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private String court;
    private String caseNumber;
    private String questions;
    private LocalDate courtDeadline;
    private String registeredBy;
    private Instant registeredAt;
    private String childView;
    private String childViewMissing;
    private String childViewBy;
    private Instant childViewAt;
    private String background;
    private String parentsViews;
    private String assessment;
    private String proposalVardnad;
    private String proposalBoende;
    private String proposalUmgange;
    private String writtenBy;
    private Instant writtenAt;
    private LocalDate communicatedOn;
    private String communicatedBy;
    private Instant communicatedAt;
    private LocalDate sentOn;
    private String sentHow;
    private String sentBy;
    private Instant sentAt;
    private Long documentId;
    private String lateNote;
    private String lateBy;
    private Instant lateAt;

    protected VbuUtredning() {
    }

    VbuUtredning(long caseId, String court, String caseNumber, List<VbuQuestion> questions, LocalDate courtDeadline,
            String registeredBy, Instant registeredAt) {
        this.caseId = caseId;
        this.court = court;
        this.caseNumber = caseNumber;
        this.questions = questions.stream().map(Enum::name).collect(Collectors.joining(","));
        this.courtDeadline = courtDeadline;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** Exactly one of {@code view} and {@code missing} is set (FB 6 kap. 2 b §: the view, or why it was not had). */
    void childHeard(String view, String missing, String by, Instant at) {
        childView = view;
        childViewMissing = missing;
        childViewBy = by;
        childViewAt = at;
    }

    void written(VbuReport report, String by, Instant at) {
        background = report.background();
        parentsViews = report.parentsViews();
        assessment = report.assessment();
        proposalVardnad = report.proposalVardnad();
        proposalBoende = report.proposalBoende();
        proposalUmgange = report.proposalUmgange();
        writtenBy = by;
        writtenAt = at;
    }

    void communicated(LocalDate on, String by, Instant at) {
        communicatedOn = on;
        communicatedBy = by;
        communicatedAt = at;
    }

    void sent(LocalDate on, Snabbupplysning.SentHow how, long document, String by, Instant at) {
        sentOn = on;
        sentHow = how.name();
        documentId = document;
        sentBy = by;
        sentAt = at;
    }

    void late(String note, String by, Instant at) {
        lateNote = note;
        lateBy = by;
        lateAt = at;
    }

    boolean isChildHeard() { return childViewAt != null; }
    boolean isWritten() { return writtenAt != null; }
    boolean isCommunicated() { return communicatedAt != null; }
    boolean isSent() { return sentAt != null; }
    Long id() { return id; }
    String court() { return court; }
    String caseNumber() { return caseNumber; }
    LocalDate courtDeadline() { return courtDeadline; }

    List<VbuQuestion> questionList() {
        return Arrays.stream(questions.split(",")).map(VbuQuestion::valueOf).toList();
    }

    VbuUtredningView toView(String reference, VbuUtredningView.Person child, List<VbuUtredningView.Parent> parents) {
        return new VbuUtredningView(caseId, reference, court, caseNumber, questionList(), courtDeadline, child,
                parents, childView, childViewMissing, childViewAt, writtenAt == null ? null
                        : new VbuReport(background, parentsViews, assessment, proposalVardnad, proposalBoende,
                                proposalUmgange), writtenBy, writtenAt, communicatedOn, sentOn,
                sentHow == null ? null : Snabbupplysning.SentHow.valueOf(sentHow), documentId, lateNote);
    }
}
