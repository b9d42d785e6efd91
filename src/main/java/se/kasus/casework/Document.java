package se.kasus.casework;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A document produced in a case, such as the decision letter as sent. */
@Entity
class Document {

    static final String DECISION_LETTER = "BESLUTSBREV";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private Long decisionId;
    private String docType;
    private String title;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;
    private Instant createdAt;

    protected Document() {
    }

    Document(long caseId, Long decisionId, String docType, String title, byte[] content, Instant createdAt) {
        this.caseId = caseId;
        this.decisionId = decisionId;
        this.docType = docType;
        this.title = title;
        this.content = content;
        this.createdAt = createdAt;
    }

    long caseId() { return caseId; }
    String title() { return title; }
    byte[] content() { return content; }

    DocumentView toView() {
        return new DocumentView(id, caseId, decisionId, docType, title, createdAt);
    }
}
