package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

public record ProviderNoteView(long id, long orderId, LocalDate noteDate, String text, String writtenBy,
        Instant writtenAt, Long correctsId) {
}
