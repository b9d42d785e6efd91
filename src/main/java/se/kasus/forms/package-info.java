/**
 * Camunda Forms (form-js JSON): parsing a .form schema and validating a submission against it server side, with a Swedish message per field. The browser renders the same schema with form-js, but is never trusted.
 */
package se.kasus.forms;
