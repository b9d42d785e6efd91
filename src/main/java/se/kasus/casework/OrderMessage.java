package se.kasus.casework;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A message about one order, between the utförare and the handläggare. */
@Entity
class OrderMessage {

    /** Who wrote it: the provider organisation or the municipality's handläggare. */
    enum Side {
        UTFORARE, HANDLAGGARE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long orderId;
    @Enumerated(EnumType.STRING)
    private Side fromSide;
    private String text;
    private String writtenBy;
    private Instant writtenAt;

    protected OrderMessage() {
    }

    OrderMessage(long orderId, Side fromSide, String text, String writtenBy, Instant writtenAt) {
        this.orderId = orderId;
        this.fromSide = fromSide;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    OrderMessageView toView() {
        return new OrderMessageView(id, orderId, fromSide == Side.UTFORARE ? "Utförare" : "Handläggare", text,
                writtenBy, writtenAt);
    }
}
