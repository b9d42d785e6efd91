package se.kasus.forms;

/**
 * The form-js input components the server validates. A {@code datetime} component becomes
 * {@link #DATE}, {@link #TIME} or {@link #DATETIME} according to its {@code subtype}.
 */
public enum FieldType {
    TEXTFIELD,
    TEXTAREA,
    NUMBER,
    DATE,
    TIME,
    DATETIME,
    CHECKBOX,
    CHECKLIST,
    RADIO,
    SELECT,
    TAGLIST,
    /** Computed in the browser and submitted by form-js; the server never accepts its value. */
    EXPRESSION;

    boolean isText() {
        return this == TEXTFIELD || this == TEXTAREA;
    }

    boolean isSingleChoice() {
        return this == RADIO || this == SELECT;
    }

    boolean isMultiChoice() {
        return this == CHECKLIST || this == TAGLIST;
    }
}
