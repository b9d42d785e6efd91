/**
 * Process administration (processförvaltning): how the BPMN, DMN and form models and their scenarios reach the engine.
 * The models in processes/ and forms/ deploy at start-up as one versioned unit, and only when something changed; the
 * process owner sees every process's versions, what changed from the version before and how many cases run on each;
 * the lint ({@link se.kasus.processadmin.ModelLint}) checks the project's modelling rules; and the gate
 * ({@link se.kasus.processadmin.ProcessGate}) lets a changed model into production only when it passes the lint and
 * the scenarios written for its processes, run through Kasus's own casework services against the candidate in a
 * transaction that is rolled back afterwards.
 *
 * <p>Like the engine glue, this module uses Camunda's APIs (RepositoryService, the BPMN and DMN model API) directly:
 * deploying and comparing models is what it is about. Everything else in Kasus reaches the engine through
 * {@code se.kasus.engine}.
 */
package se.kasus.processadmin;
