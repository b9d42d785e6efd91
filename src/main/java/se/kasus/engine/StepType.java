package se.kasus.engine;

/**
 * What kind of BPMN element a step of a process run was, without the engine's own type strings. The engine records
 * an event subprocess as a plain subprocess; {@link ProcessHistory} tells them apart by the process model.
 */
public enum StepType {
    USER_TASK, SERVICE_TASK, RULE_TASK, CALL_ACTIVITY, SUB_PROCESS, EVENT_SUB_PROCESS, START_EVENT, END_EVENT,
    TIMER_EVENT, MESSAGE_EVENT, GATEWAY, OTHER;

    static StepType of(String activityType) {
        if (activityType == null) {
            return OTHER;
        }
        return switch (activityType) {
            case "userTask" -> USER_TASK;
            case "serviceTask", "scriptTask", "sendTask" -> SERVICE_TASK;
            case "businessRuleTask" -> RULE_TASK;
            case "callActivity" -> CALL_ACTIVITY;
            case "subProcess" -> SUB_PROCESS;
            case "startEvent" -> START_EVENT;
            case "startTimerEvent", "intermediateTimer", "boundaryTimer" -> TIMER_EVENT;
            case "messageStartEvent", "intermediateMessageCatch", "boundaryMessage" -> MESSAGE_EVENT;
            default -> otherOf(activityType);
        };
    }

    private static StepType otherOf(String activityType) {
        if (activityType.endsWith("Gateway")) {
            return GATEWAY;
        }
        if (activityType.endsWith("EndEvent")) {
            return END_EVENT;
        }
        return OTHER;
    }
}
