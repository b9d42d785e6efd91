package se.kasus.processadmin;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import se.kasus.forms.FormSchema;

/**
 * The project's modelling rules, checked on a set of model files (BPMN, DMN, forms and the gate's scenarios) before
 * they are deployed: by a unit test on everything in processes/ and forms/, by the gate command and by the gate page.
 * Every violation names the file and the element, in Swedish.
 *
 * <ul>
 * <li>every user task has a form ({@code camunda:formRef} with binding {@code deployment}) that is in the set, and
 * a candidate group;</li>
 * <li>every executable process and every decision has {@code camunda:historyTimeToLive} (gallring);</li>
 * <li>every timer reads its date, duration or cycle from an expression: legal durations are versioned data in
 * {@code config/deadlines.yml}, never literals in a model;</li>
 * <li>no {@code camunda:class}: service and send tasks call a Spring bean by {@code camunda:delegateExpression}
 * ({@code ${beanName}}), and inside the application the bean must exist;</li>
 * <li>call activities and decisions with binding {@code deployment} name a process or decision in the set;</li>
 * <li>element ids carry the prefix of their kind ({@code Task_}, {@code Gateway_}, {@code Timer_}, ...), and a
 * process's id and a form's id are the file's name;</li>
 * <li>every form parses with {@link FormSchema} (what the server validates submissions with), and every scenario
 * file reads and names tasks, timers and end events that exist.</li>
 * </ul>
 */
public final class ModelLint {

    private static final Pattern EXPRESSION = Pattern.compile("^\\s*[$#]\\{[^}]+}\\s*$");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\s*\\$\\{([A-Za-z_][A-Za-z0-9_]*)}\\s*$");
    private static final Pattern NAME_AFTER_PREFIX = Pattern.compile("[A-Za-z0-9_]+");

    private final Predicate<String> beanExists;

    private ModelLint(Predicate<String> beanExists) {
        this.beanExists = beanExists;
    }

    /** The rules without the check that delegate beans exist: for tests and tools outside the application. */
    public static ModelLint standalone() {
        return new ModelLint(null);
    }

    /** The rules, with delegate bean names checked against the running application. */
    public static ModelLint inApplication(Predicate<String> beanExists) {
        return new ModelLint(beanExists);
    }

    public List<LintViolation> check(ModelSet models) {
        return check(new ModelIndex(models));
    }

    List<LintViolation> check(ModelIndex index) {
        List<LintViolation> violations = new ArrayList<>(index.unreadable);
        uniqueIds(index, violations);
        index.bpmn.forEach((file, model) -> checkBpmn(file, model, index, violations));
        index.dmn.forEach((file, model) -> checkDmn(file, model, violations));
        for (String file : index.models.names(ModelSet.Kind.FORM)) {
            checkForm(file, index, violations);
        }
        if (index.unreadable.isEmpty()) {
            // against models that could not all be read, every reference would look broken
            index.scenarios.forEach((file, scenarios) -> checkScenarios(file, scenarios, index, violations));
        }
        return violations;
    }

    // ---- BPMN ---------------------------------------------------------------------------------------------------

    private void checkBpmn(String file, BpmnModelInstance model, ModelIndex index, List<LintViolation> out) {
        List<Process> executable = ModelIndex.executableProcesses(model);
        if (executable.isEmpty()) {
            out.add(new LintViolation(file, null, "Filen har ingen körbar process (isExecutable=\"true\")."));
        }
        String baseName = ModelSet.fileName(file).replaceFirst("\\.bpmn$", "");
        if (executable.size() == 1 && !executable.get(0).getId().equals(baseName)) {
            out.add(new LintViolation(file, executable.get(0).getId(), "Processens id ska vara filens namn, '"
                    + baseName + "'. Byt namn på filen eller på processen."));
        }
        for (Process process : executable) {
            String ttl = process.getCamundaHistoryTimeToLiveString();
            if (ttl == null || ttl.isBlank()) {
                out.add(new LintViolation(file, process.getId(), "Processen saknar camunda:historyTimeToLive "
                        + "(hur länge historiken sparas innan gallring, 1825 dagar för socialtjänstens akter)."));
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkUserTask(file, task, index, out);
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            checkTimer(file, timer, out);
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            checkDelegate(file, task, "Tjänsteuppgiften", task.getCamundaDelegateExpression(), out);
        }
        for (SendTask task : model.getModelElementsByType(SendTask.class)) {
            checkDelegate(file, task, "Sändaruppgiften", task.getCamundaDelegateExpression(), out);
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            checkDecisionRef(file, task, index, out);
        }
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            if ("deployment".equals(call.getCamundaCalledElementBinding())
                    && !index.processIds().contains(call.getCalledElement())) {
                out.add(new LintViolation(file, call.getId(), "Anropet gäller processen '" + call.getCalledElement()
                        + "', som inte finns bland modellerna som driftsätts tillsammans."));
            }
        }
        forbidClass(file, model.getDocument().getRootElement(), out);
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            checkId(file, element, out);
        }
    }

    private static void checkUserTask(String file, UserTask task, ModelIndex index, List<LintViolation> out) {
        String formRef = task.getCamundaFormRef();
        if (formRef == null || formRef.isBlank()) {
            out.add(new LintViolation(file, task.getId(), "Användaruppgiften saknar formulär: ange camunda:formRef "
                    + "med ett formulär i forms/ och camunda:formRefBinding=\"deployment\"."));
        } else {
            if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                out.add(new LintViolation(file, task.getId(), "Formuläret ska bindas med camunda:formRefBinding="
                        + "\"deployment\", så att uppgiften alltid visar formuläret från sin egen version."));
            }
            if (!index.formIds.containsValue(formRef)) {
                out.add(new LintViolation(file, task.getId(), "Formuläret '" + formRef
                        + "' finns inte bland modellerna som driftsätts tillsammans (forms/)."));
            }
        }
        String groups = task.getCamundaCandidateGroups();
        if (groups == null || groups.isBlank()) {
            out.add(new LintViolation(file, task.getId(), "Användaruppgiften saknar kandidatgrupp "
                    + "(camunda:candidateGroups, t.ex. ${unitId}.handlaggare): ingen skulle se den i sin inkorg."));
        }
    }

    private static void checkTimer(String file, TimerEventDefinition timer, List<LintViolation> out) {
        String owner = owningId(timer);
        String text = firstNonNull(textOf(timer.getTimeDate()), textOf(timer.getTimeDuration()),
                textOf(timer.getTimeCycle()));
        if (text == null || text.isBlank()) {
            out.add(new LintViolation(file, owner, "Timern saknar tid (timeDate, timeDuration eller timeCycle)."));
        } else if (!EXPRESSION.matcher(text).matches()) {
            out.add(new LintViolation(file, owner, "Timern har en fast tid (" + text.strip() + "). Frister är "
                    + "versionerade data i config/deadlines.yml: timern ska läsa datumet från en processvariabel, "
                    + "t.ex. ${svarsfrist}."));
        }
    }

    private void checkDelegate(String file, Activity task, String kind, String delegateExpression,
            List<LintViolation> out) {
        if (delegateExpression == null || delegateExpression.isBlank()) {
            out.add(new LintViolation(file, task.getId(), kind + " ska anropa en Spring-böna med "
                    + "camunda:delegateExpression=\"${bönansNamn}\"."));
            return;
        }
        Matcher bean = BEAN_EXPRESSION.matcher(delegateExpression);
        if (!bean.matches()) {
            out.add(new LintViolation(file, task.getId(), kind + " ska bara namnge en böna, "
                    + "som ${caseworkCloseCaseDelegate}, inte '" + delegateExpression.strip() + "'."));
        } else if (beanExists != null && !beanExists.test(bean.group(1))) {
            out.add(new LintViolation(file, task.getId(), kind + " anropar bönan '" + bean.group(1)
                    + "', som inte finns i Kasus."));
        }
    }

    private static void checkDecisionRef(String file, BusinessRuleTask task, ModelIndex index,
            List<LintViolation> out) {
        String decision = task.getCamundaDecisionRef();
        if (decision == null || decision.isBlank()) {
            out.add(new LintViolation(file, task.getId(), "Regeluppgiften ska peka ut en beslutstabell med "
                    + "camunda:decisionRef."));
        } else if ("deployment".equals(task.getCamundaDecisionRefBinding())
                && !index.decisionIds().contains(decision)) {
            out.add(new LintViolation(file, task.getId(), "Beslutstabellen '" + decision
                    + "' finns inte bland modellerna som driftsätts tillsammans."));
        }
    }

    /** {@code camunda:class} on any element, or {@code class} on a Camunda listener or similar element. */
    private static void forbidClass(String file, DomElement element, List<LintViolation> out) {
        boolean camundaClass = element.hasAttribute(CAMUNDA_NS, "class")
                || CAMUNDA_NS.equals(element.getNamespaceURI()) && element.hasAttribute("class");
        if (camundaClass) {
            String className = element.hasAttribute(CAMUNDA_NS, "class") ? element.getAttribute(CAMUNDA_NS, "class")
                    : element.getAttribute("class");
            out.add(new LintViolation(file, owningId(element), "camunda:class (" + className + ") används. Koppla "
                    + "i stället en Spring-böna med camunda:delegateExpression, så att koden följer modulgränserna."));
        }
        for (DomElement child : element.getChildElements()) {
            forbidClass(file, child, out);
        }
    }

    private static void checkId(String file, FlowElement element, List<LintViolation> out) {
        Convention convention = convention(element);
        if (convention == null) {
            return;
        }
        String id = element.getId();
        boolean ok = convention.prefixes().stream().anyMatch(prefix -> id.startsWith(prefix)
                && NAME_AFTER_PREFIX.matcher(id.substring(prefix.length())).matches());
        if (!ok) {
            out.add(new LintViolation(file, id, "Id:t följer inte namnkonventionen: " + convention.what()
                    + " ska ha ett id som börjar med " + String.join(" eller ", convention.prefixes())
                    + " följt av ett namn med bokstäverna A–Z, siffror och _, t.ex. " + convention.example() + "."));
        }
    }

    record Convention(String what, List<String> prefixes, String example) {
    }

    /** The prefixes used in processes/ (and Camunda Modeler's Activity_ for any activity). */
    static Convention convention(FlowElement element) {
        if (element instanceof SequenceFlow) {
            return new Convention("ett flöde", List.of("Flow_"), "Flow_Utreda_Komplettering");
        }
        if (element instanceof Gateway) {
            return new Convention("en gateway", List.of("Gateway_"), "Gateway_Utfall");
        }
        if (element instanceof StartEvent) {
            return new Convention("en starthändelse", List.of("StartEvent_"), "StartEvent_AnsokanRegistrerad");
        }
        if (element instanceof EndEvent) {
            return new Convention("en sluthändelse", List.of("End_"), "End_Avslutat");
        }
        if (element instanceof BoundaryEvent || element instanceof IntermediateCatchEvent) {
            boolean timer = !((CatchEvent) element).getEventDefinitions().stream()
                    .filter(TimerEventDefinition.class::isInstance).toList().isEmpty();
            return timer ? new Convention("en timer", List.of("Timer_"), "Timer_Svarsfrist")
                    : new Convention("en mellanhändelse", List.of("Event_"), "Event_SvarInkommit");
        }
        if (element instanceof Event) {
            return new Convention("en mellanhändelse", List.of("Event_"), "Event_BrevSkickat");
        }
        if (element instanceof CallActivity) {
            return new Convention("ett anrop av en annan process", List.of("CallActivity_", "Activity_"),
                    "CallActivity_Verkstallighet");
        }
        if (element instanceof SubProcess) {
            return new Convention("en underprocess", List.of("SubProcess_", "Activity_"), "SubProcess_Overklagande");
        }
        if (element instanceof Task) {
            return new Convention("en uppgift", List.of("Task_", "Activity_"), "Task_FattaBeslut");
        }
        return null;
    }

    // ---- DMN, forms, scenarios, ids across files ----------------------------------------------------------------

    private static void checkDmn(String file, DmnModelInstance model, List<LintViolation> out) {
        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
        if (decisions.isEmpty()) {
            out.add(new LintViolation(file, null, "Filen har ingen beslutstabell (decision)."));
        }
        for (Decision decision : decisions) {
            String ttl = decision.getCamundaHistoryTimeToLiveString();
            if (ttl == null || ttl.isBlank()) {
                out.add(new LintViolation(file, decision.getId(), "Beslutstabellen saknar camunda:historyTimeToLive "
                        + "(hur länge historiken sparas innan gallring)."));
            }
        }
    }

    private static void checkForm(String file, ModelIndex index, List<LintViolation> out) {
        String id = index.formIds.get(file);
        if (id == null) {
            return; // unreadable: already reported
        }
        String baseName = ModelSet.fileName(file).replaceFirst("\\.form$", "");
        if (!id.equals(baseName)) {
            out.add(new LintViolation(file, id, "Formulärets id ska vara filens namn, '" + baseName + "'."));
        }
        try {
            FormSchema.parse(index.models.text(file));
        } catch (IllegalArgumentException e) {
            out.add(new LintViolation(file, id, "Formuläret kan inte valideras av Kasus: " + ModelIndex.cause(e)
                    + ". Kasus kontrollerar varje inskickat formulär på servern och godtar bara det den kan pröva."));
        }
    }

    private static void checkScenarios(String file, ScenarioFile scenarios, ModelIndex index,
            List<LintViolation> out) {
        Set<String> userTasks = new LinkedHashSet<>();
        Set<String> timers = new LinkedHashSet<>();
        Set<String> ends = new LinkedHashSet<>();
        Set<String> nodes = new LinkedHashSet<>();
        for (BpmnModelInstance model : index.bpmn.values()) {
            model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)
                    .forEach(n -> nodes.add(n.getId()));
            model.getModelElementsByType(UserTask.class).forEach(t -> userTasks.add(t.getId()));
            model.getModelElementsByType(TimerEventDefinition.class).forEach(t -> timers.add(owningId(t)));
            model.getModelElementsByType(EndEvent.class).forEach(e -> ends.add(e.getId()));
        }
        Set<String> keys = new LinkedHashSet<>(index.processIds());
        keys.addAll(index.decisionIds());
        for (Scenario scenario : scenarios.scenarios()) {
            String where = "Scenariot '" + scenario.name() + "'";
            for (String key : scenario.processes()) {
                if (!keys.contains(key)) {
                    out.add(new LintViolation(file, key, where + " prövar processen '" + key
                            + "', som inte finns bland modellerna."));
                }
            }
            for (int i = 0; i < scenario.steps().size(); i++) {
                Scenario.Step step = scenario.steps().get(i);
                String at = where + " steg " + (i + 1) + ": ";
                if (step.task() != null && !userTasks.contains(step.task())) {
                    out.add(new LintViolation(file, step.task(), at + "användaruppgiften finns inte i någon process."));
                }
                if (step.timer() != null && !timers.contains(step.timer())) {
                    out.add(new LintViolation(file, step.timer(), at + "timern finns inte i någon process."));
                }
                if (step.at() != null && !nodes.contains(step.at())) {
                    out.add(new LintViolation(file, step.at(), at + "elementet finns inte i någon process."));
                }
                if (step.ended() != null && !ends.contains(step.ended())) {
                    out.add(new LintViolation(file, step.ended(), at + "sluthändelsen finns inte i någon process."));
                }
            }
        }
    }

    /** A process, decision, form or scenario name defined in two files would make the deployment ambiguous. */
    private static void uniqueIds(ModelIndex index, List<LintViolation> out) {
        for (ModelSet.Kind kind : ModelSet.Kind.values()) {
            Map<String, String> seen = new HashMap<>();
            for (String file : index.models.names(kind)) {
                for (String id : index.idsDefinedBy(file)) {
                    String other = seen.putIfAbsent(id, file);
                    if (other != null) {
                        out.add(new LintViolation(file, id, "Id:t '" + id + "' finns också i " + other + "."));
                    }
                }
            }
        }
        Map<String, String> scenarioNames = new HashMap<>();
        index.scenarios.forEach((file, scenarios) -> scenarios.scenarios().forEach(s -> {
            String other = scenarioNames.putIfAbsent(s.name(), file);
            if (other != null && !other.equals(file)) {
                out.add(new LintViolation(file, null, "Scenariot '" + s.name() + "' finns också i " + other + "."));
            }
        }));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The id of the element itself or of the nearest enclosing element that has one. */
    static String owningId(ModelElementInstance element) {
        return owningId(element.getDomElement());
    }

    private static String owningId(DomElement element) {
        DomElement node = element;
        // an event definition's own id (Timer_Svarsfrist_Def) says less than its event's (Timer_Svarsfrist)
        if (node.getLocalName().endsWith("EventDefinition") && node.getParentElement() != null) {
            node = node.getParentElement();
        }
        while (node != null) {
            String id = node.getAttribute("id");
            if (id != null && !id.isBlank()) {
                return id;
            }
            node = node.getParentElement();
        }
        return null;
    }

    private static String textOf(ModelElementInstance expression) {
        return expression == null ? null : expression.getTextContent();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
