/**
 * Migration of running cases from one version of a process to another (issue 6): the process owner's dry run, which
 * reports per running instance whether the engine can move it and why not, and the migration itself. Camunda's
 * migration API stays in this package; the rest of Kasus sees plain records. Exposed to the web module as the named
 * interface {@code migration}.
 */
@org.springframework.modulith.NamedInterface("migration")
package se.kasus.engine.migration;
