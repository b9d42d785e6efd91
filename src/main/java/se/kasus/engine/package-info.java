/**
 * Engine glue: configuration of the embedded Camunda 7 engine, its identity provider and single sign-on for Cockpit/Tasklist/Admin, the guard that lets user tasks complete only through Kasus, and the small facade through which the rest of Kasus talks to the engine. Camunda APIs stay here and in process delegates.
 */
package se.kasus.engine;
