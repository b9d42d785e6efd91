package se.kasus.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Adds the {@link CompletionGuard} to every user task of every deployed process, and announces a task that ends
 * without completion as {@link TaskEnded}.
 */
@Component
class CompletionGuardPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationEventPublisher events;

    CompletionGuardPlugin(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
        List<BpmnParseListener> all = listeners == null ? new ArrayList<>() : new ArrayList<>(listeners);
        all.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, new CompletionGuard());
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_DELETE,
                        task -> events.publishEvent(new TaskEnded(task.getId())));
            }
        });
        configuration.setCustomPreBPMNParseListeners(all);
    }
}
