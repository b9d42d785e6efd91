package se.kasus.processadmin;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What changed in a process from its previous version: BPMN elements compared by id (added, removed, given another
 * name, or changed in what they do: a condition, a form reference, a timer, a delegate), and the forms and decision
 * tables the process uses compared by content. Moving shapes in the diagram is no change.
 *
 * @param first true for a process's first version, which has nothing to compare with
 */
public record VersionChanges(boolean first, List<Element> added, List<Element> removed, List<Renamed> renamed,
        List<Element> changed, List<String> formsChanged, List<String> decisionsChanged) {

    public VersionChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        renamed = List.copyOf(renamed);
        changed = List.copyOf(changed);
        formsChanged = List.copyOf(formsChanged);
        decisionsChanged = List.copyOf(decisionsChanged);
    }

    static VersionChanges firstVersion() {
        return new VersionChanges(true, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A BPMN element, by id and (Swedish) name. */
    public record Element(String id, String name) {
        public String label() {
            return name == null || name.isBlank() ? id : name + " (" + id + ")";
        }
    }

    public record Renamed(String id, String from, String to) {
    }

    /** Deployed with a unit in which another model changed; this process is the same. */
    @JsonProperty
    public boolean none() {
        return !first && added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && changed.isEmpty()
                && formsChanged.isEmpty() && decisionsChanged.isEmpty();
    }

    /** One line, e.g. "2 tillagda, 1 nytt namn, formulär ändrat: aldreomsorg-utredning". */
    @JsonProperty
    public String summary() {
        if (first) {
            return "Första versionen";
        }
        if (none()) {
            return "Ingen ändring i processen (en annan modell i samma driftsättning ändrades)";
        }
        List<String> parts = new ArrayList<>();
        count(parts, added.size(), "tillagt", "tillagda");
        count(parts, removed.size(), "borttaget", "borttagna");
        count(parts, renamed.size(), "nytt namn", "nya namn");
        count(parts, changed.size(), "ändrat", "ändrade");
        if (!formsChanged.isEmpty()) {
            parts.add((formsChanged.size() == 1 ? "formulär ändrat: " : "formulär ändrade: ")
                    + String.join(", ", formsChanged));
        }
        if (!decisionsChanged.isEmpty()) {
            parts.add("beslutstabell ändrad: " + String.join(", ", decisionsChanged));
        }
        return String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
