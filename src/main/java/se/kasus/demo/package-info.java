/**
 * Demo data: persons, users and cases standing at different steps, loaded on first start when kasus.demo-data is true.
 */
package se.kasus.demo;
