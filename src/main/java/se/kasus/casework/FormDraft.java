package se.kasus.casework;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** An autosaved, not yet submitted form: kept on the server, per task and user. */
@Entity
@IdClass(FormDraft.Key.class)
class FormDraft {

    @Id
    private String taskId;
    @Id
    private String username;
    private long caseId;
    private String data;
    private Instant updatedAt;

    protected FormDraft() {
    }

    FormDraft(String taskId, String username, long caseId, String data, Instant updatedAt) {
        this.taskId = taskId;
        this.username = username;
        this.caseId = caseId;
        this.data = data;
        this.updatedAt = updatedAt;
    }

    void update(String newData, Instant at) {
        this.data = newData;
        this.updatedAt = at;
    }

    String data() { return data; }
    Instant updatedAt() { return updatedAt; }

    record Key(String taskId, String username) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
