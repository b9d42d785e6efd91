package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

public record CarePlanView(long id, long orderId, int version, String content, String writtenWith,
        LocalDate agreedDate, String signedBy, Instant signedAt, Long supersedesId) {
}
