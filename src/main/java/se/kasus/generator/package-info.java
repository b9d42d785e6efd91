/**
 * Data generator for a large municipality (issue #7): units and caseworkers, persons, finished cases with their
 * engine history, running cases through the real intake and engine, and audit entries. Started as a command
 * ({@code --kasus.generate=true}, see {@link se.kasus.generator.GenerateCommand}); it never runs in a normal start.
 * Bulk paths (batched JDBC, PostgreSQL's COPY) are used where the volume demands, the real services where the state
 * must be what the engine itself makes.
 */
package se.kasus.generator;
