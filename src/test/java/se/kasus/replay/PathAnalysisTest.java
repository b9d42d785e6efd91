package se.kasus.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.kasus.engine.HistoryStep;
import se.kasus.engine.ProcessModel.Flow;
import se.kasus.engine.StepType;

/** The path through a diagram, on runs built by hand where "source finished, target started later" alone is wrong. */
class PathAnalysisTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** Utreda → Beslutat? → (nej) TillForslag, (ja) Utfall; and from Uppföljning back to Utreda, as in the main process. */
    private static final List<Flow> FLOWS = List.of(
            new Flow("f_start_utreda", "start", "utreda"),
            new Flow("f_utreda_tillforslag", "utreda", "tillforslag"),
            new Flow("f_tillforslag_beslutat", "tillforslag", "beslutat"),
            new Flow("f_beslutat_tillforslag", "beslutat", "tillforslag"),
            new Flow("f_beslutat_utfall", "beslutat", "utfall"),
            new Flow("f_utfall_uppfoljning", "utfall", "uppfoljning"),
            new Flow("f_uppfoljning_utreda", "uppfoljning", "utreda"),
            new Flow("f_svar_efter", "svar", "efter"),
            new Flow("f_timer_efter", "timer", "efter"));

    private final List<HistoryStep> steps = new ArrayList<>();
    private int minute;

    private void done(String activityId, StepType type) {
        steps.add(new HistoryStep("ai" + steps.size(), "pi", activityId, activityId, type, null, null,
                T0.plusSeconds(60L * minute), T0.plusSeconds(60L * ++minute), false));
    }

    @Test
    void aLoopBackThroughAnotherPath_doesNotMarkTheFlowThatWasNotTaken() {
        done("start", StepType.START_EVENT);
        done("utreda", StepType.USER_TASK);
        done("tillforslag", StepType.GATEWAY);
        done("beslutat", StepType.GATEWAY); // decided: on to utfall
        done("utfall", StepType.GATEWAY);
        done("uppfoljning", StepType.USER_TASK); // new investigation: back to utreda
        done("utreda", StepType.USER_TASK);
        done("tillforslag", StepType.GATEWAY); // reached from utreda, not from the earlier "beslutat"

        assertThat(PathAnalysis.takenFlows(steps, FLOWS)).containsExactlyInAnyOrder("f_start_utreda",
                "f_utreda_tillforslag", "f_tillforslag_beslutat", "f_beslutat_utfall", "f_utfall_uppfoljning",
                "f_uppfoljning_utreda");
    }

    @Test
    void aSentBackDecision_marksTheFlowBack() {
        done("start", StepType.START_EVENT);
        done("utreda", StepType.USER_TASK);
        done("tillforslag", StepType.GATEWAY);
        done("beslutat", StepType.GATEWAY); // sent back
        done("tillforslag", StepType.GATEWAY);
        done("beslutat", StepType.GATEWAY); // decided
        done("utfall", StepType.GATEWAY);

        assertThat(PathAnalysis.takenFlows(steps, FLOWS)).containsExactlyInAnyOrder("f_start_utreda",
                "f_utreda_tillforslag", "f_tillforslag_beslutat", "f_beslutat_tillforslag", "f_beslutat_utfall");
    }

    @Test
    void aTaskInterruptedByItsBoundaryTimer_isCanceled_andOnlyTheTimersFlowIsTaken() {
        steps.add(new HistoryStep("ai0", "pi", "svar", "Svar", StepType.USER_TASK, null, null, T0,
                T0.plusSeconds(600), true));
        steps.add(new HistoryStep("ai1", "pi", "timer", "Frist", StepType.TIMER_EVENT, null, null,
                T0.plusSeconds(600), T0.plusSeconds(600), false));
        steps.add(new HistoryStep("ai2", "pi", "efter", null, StepType.GATEWAY, null, null, T0.plusSeconds(600),
                null, false));

        assertThat(PathAnalysis.takenFlows(steps, FLOWS)).containsExactly("f_timer_efter");
        assertThat(PathAnalysis.done(steps)).containsExactly("timer");
        assertThat(PathAnalysis.active(steps)).containsExactly("efter");
        assertThat(PathAnalysis.canceled(steps)).containsExactly("svar");
    }

    @Test
    void aStepThatStartedBeforeTheSourceEnded_wasNotReachedByIt() {
        steps.add(new HistoryStep("ai0", "pi", "utreda", "Utreda", StepType.USER_TASK, null, null, T0,
                T0.plusSeconds(600), false));
        steps.add(new HistoryStep("ai1", "pi", "tillforslag", null, StepType.GATEWAY, null, null,
                T0.plusSeconds(300), T0.plusSeconds(300), false));

        assertThat(PathAnalysis.takenFlows(steps, FLOWS)).isEmpty();
        assertThat(Set.copyOf(PathAnalysis.done(steps))).containsExactlyInAnyOrder("utreda", "tillforslag");
    }

    /** Cockpit's process instance modification starts a step without a flow: the gateway already led elsewhere. */
    @Test
    void aStepStartedByModification_isNotMarkedAsReachedThroughAFlow() {
        done("start", StepType.START_EVENT);
        done("utreda", StepType.USER_TASK);
        done("tillforslag", StepType.GATEWAY);
        done("beslutat", StepType.GATEWAY); // decided: on to utfall
        done("utfall", StepType.GATEWAY);
        done("tillforslag", StepType.GATEWAY); // started by an administrator, not by "beslutat" again

        assertThat(PathAnalysis.takenFlows(steps, FLOWS)).doesNotContain("f_beslutat_tillforslag")
                .contains("f_beslutat_utfall");
    }
}
