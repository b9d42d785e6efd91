/**
 * Access control (behörighet): the logged-in user, their unit and roles, the role-to-permission matrix from config/, and the one place that decides whether a read or write of client data is allowed. Also the single source of users, units and roles, which the engine sees as its identity provider.
 */
package se.kasus.access;
