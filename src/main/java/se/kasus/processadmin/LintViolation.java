package se.kasus.processadmin;

/**
 * One breach of the modelling rules, in Swedish for the process owner.
 *
 * @param file      the model file, e.g. {@code processes/aldreomsorg/aldreomsorg-bistand.bpmn}
 * @param elementId the BPMN/DMN element or form, or {@code null} when the whole file is at fault
 * @param message   what is wrong and what the rule is
 */
public record LintViolation(String file, String elementId, String message) {

    @Override
    public String toString() {
        return file + (elementId == null ? "" : " [" + elementId + "]") + ": " + message;
    }
}
