package se.kasus.engine.identity;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import se.kasus.access.Role;
import se.kasus.access.UserDirectory;

/**
 * Two units with their staff, a revisor and a systemförvaltare, and a process whose user task goes to the team given
 * in the variable {@code team}, with one instance for each unit. Idempotent: the test classes share one database.
 */
public final class IdentityFixture {

    public static final String PASSWORD = "Hemligt-lösen-1";
    public static final String PROCESS_KEY = "identitetstest";

    public static final String NORR = "aldre-norr";
    public static final String NORR_NAME = "Äldreomsorg norr";
    public static final String SODER = "ifo-soder";
    public static final String SODER_NAME = "IFO söder";

    /** handläggare in äldreomsorg norr */
    public static final String ANNA = "anna";
    /** handläggare in IFO söder */
    public static final String BERTIL = "bertil";
    /** enhetschef in äldreomsorg norr */
    public static final String CECILIA = "cecilia";
    /** revisor, no unit */
    public static final String RUT = "rut";
    /** systemförvaltare, no unit */
    public static final String SVEN = "sven";

    public static final String NORR_INSTANCE = "fixture-norr";
    public static final String SODER_INSTANCE = "fixture-soder";

    private IdentityFixture() {
    }

    public static synchronized void ensure(UserDirectory directory, ProcessEngine engine) {
        if (directory.unit(NORR).isEmpty()) {
            directory.createUnit(NORR, NORR_NAME);
            directory.createUnit(SODER, SODER_NAME);
            directory.createUser(ANNA, "Anna Andersson", "Socialsekreterare", PASSWORD, NORR, Set.of(Role.HANDLAGGARE));
            directory.createUser(BERTIL, "Bertil von Essen", "Socialsekreterare", PASSWORD, SODER,
                    Set.of(Role.HANDLAGGARE));
            directory.createUser(CECILIA, "Cecilia Öberg", "Enhetschef", PASSWORD, NORR, Set.of(Role.ENHETSCHEF));
            directory.createUser(RUT, "Rut Revisor", "Förtroendevald revisor", PASSWORD, null, Set.of(Role.REVISOR));
            directory.createUser(SVEN, "Sven Systemsson", "Systemförvaltare", PASSWORD, null,
                    Set.of(Role.SYSTEMFORVALTARE));
        }
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .count() == 0) {
            engine.getRepositoryService().createDeployment().name("identitetstest")
                    .addModelInstance(PROCESS_KEY + ".bpmn", process()).deploy();
        }
        instance(engine, NORR_INSTANCE, NORR + ".handlaggare");
        instance(engine, SODER_INSTANCE, SODER + ".handlaggare");
    }

    /** The id of the fixture instance with this business key. */
    public static String instanceId(ProcessEngine engine, String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    /** The id of the one task of the fixture instance with this business key. */
    public static String taskId(ProcessEngine engine, String businessKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instanceId(engine, businessKey))
                .singleResult().getId();
    }

    private static void instance(ProcessEngine engine, String businessKey, String team) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .count() == 0) {
            engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY).businessKey(businessKey)
                    .setVariable("team", team).execute();
        }
    }

    static BpmnModelInstance process() {
        return Bpmn.createExecutableProcess(PROCESS_KEY).name("Identitetstest").camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("handlagg").name("Handlägg").camundaCandidateGroups("${team}")
                .endEvent()
                .done();
    }
}
