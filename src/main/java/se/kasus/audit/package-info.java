/**
 * Audit log (loggning): an append-only, hash-chained record of every read and write of client data (who, what, which person, when, why) and its verification. Nothing outside this module writes or changes audit rows.
 */
package se.kasus.audit;
