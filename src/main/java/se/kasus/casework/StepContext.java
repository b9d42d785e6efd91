package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import se.kasus.access.KasusUser;
import se.kasus.engine.WorkTask;

/** What a step sees when its task completes: the task, its case, who completes it, and the process variables. */
record StepContext(WorkTask task, CaseRecord caseRecord, KasusUser user, Map<String, Object> variables, Instant now,
        LocalDate today) {

    long caseId() {
        return caseRecord.id();
    }

    long longVariable(String name) {
        Object value = variables.get(name);
        if (value == null) {
            throw new CaseRuleException("Processen saknar uppgiften " + name + ".");
        }
        return ((Number) value).longValue();
    }

    String stringVariable(String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }
}
