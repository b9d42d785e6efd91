package se.kasus.access;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisational unit (enhet); cases belong to a unit and sekretess runs between units. */
@Entity
@Table(name = "kasus_unit")
class Unit {

    @Id
    private String id;
    private String name;

    protected Unit() {
    }

    Unit(String id, String name) {
        this.id = id;
        this.name = name;
    }

    UnitView toView() {
        return new UnitView(id, name);
    }
}
