package se.kasus.replay;

/**
 * What a step did with a record. A step either wrote the record while it ran ({@link Link#WRITTEN_IN_STEP}), or
 * acted on the newest one written before it started ({@link Link#LATEST_BEFORE_STEP}), exactly as the casework's
 * steps find it.
 */
public enum Aspect {
    INVESTIGATION("Utredning", Link.WRITTEN_IN_STEP),
    SUPPLEMENT("Komplettering", Link.WRITTEN_IN_STEP),
    PROPOSAL("Förslag till beslut", Link.WRITTEN_IN_STEP),
    COMMUNICATION("Kommunicering", Link.WRITTEN_IN_STEP),
    RESPONSE("Svar på kommuniceringen", Link.LATEST_BEFORE_STEP),
    DECISION("Beslut", Link.LATEST_BEFORE_STEP),
    DELIVERY("Delgivning", Link.LATEST_BEFORE_STEP),
    ORDER("Beställning", Link.WRITTEN_IN_STEP),
    EXECUTION("Verkställighet", Link.LATEST_BEFORE_STEP),
    NOT_EXECUTED("Ej verkställt beslut", Link.LATEST_BEFORE_STEP),
    FOLLOW_UP("Uppföljning", Link.WRITTEN_IN_STEP),
    APPEAL("Överklagande", Link.LATEST_BEFORE_STEP),
    TIMELINESS("Rättidsprövning", Link.LATEST_BEFORE_STEP),
    DISMISSAL("Avvisning", Link.LATEST_BEFORE_STEP),
    RECONSIDERATION("Omprövning", Link.LATEST_BEFORE_STEP),
    FORWARDING("Överlämnande till förvaltningsrätten", Link.LATEST_BEFORE_STEP),
    JUDGMENT("Förvaltningsrättens dom", Link.LATEST_BEFORE_STEP);

    enum Link {
        WRITTEN_IN_STEP, LATEST_BEFORE_STEP
    }

    private final String title;
    private final Link link;

    Aspect(String title, Link link) {
        this.title = title;
        this.link = link;
    }

    public String title() {
        return title;
    }

    Link link() {
        return link;
    }
}
