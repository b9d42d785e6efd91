package se.kasus.casework;

import java.util.List;

/** A bean that contributes the steps of one phase of case handling. */
interface StepGroup {

    List<TaskStep> steps();
}
