package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Links an orosanmälan to the case it opened for one child. */
@Entity
class ChildReportCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reportId;
    private long caseId;
    private long personId;

    protected ChildReportCase() {
    }

    ChildReportCase(long reportId, long caseId, long personId) {
        this.reportId = reportId;
        this.caseId = caseId;
        this.personId = personId;
    }

    long reportId() {
        return reportId;
    }

    long caseId() {
        return caseId;
    }
}
