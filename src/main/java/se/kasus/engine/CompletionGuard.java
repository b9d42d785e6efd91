package se.kasus.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Lets user tasks complete only through Kasus, where the submission is validated against the task's form and the
 * step's domain record is written in the same transaction. A completion from anywhere else (Tasklist, the engine's
 * REST API) would move the process without its record, so it is refused.
 */
public final class CompletionGuard implements TaskListener {

    static final String REFUSAL = "Uppgifter slutförs i Kasus, där formuläret valideras och beslutet registreras.";
    private static final ThreadLocal<Boolean> OPEN = ThreadLocal.withInitial(() -> false);

    static <T> T open(Supplier<T> completion) {
        OPEN.set(true);
        try {
            return completion.get();
        } finally {
            OPEN.remove();
        }
    }

    @Override
    public void notify(DelegateTask task) {
        if (!OPEN.get()) {
            throw new ProcessEngineException(REFUSAL);
        }
    }
}
