package se.kasus.casework;

import java.time.Instant;

public record OrderMessageView(long id, long orderId, String from, String text, String writtenBy, Instant writtenAt) {
}
