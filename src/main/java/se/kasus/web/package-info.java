/**
 * Web: the caseworker's screens in Swedish (Thymeleaf + htmx + form-js) and the JSON API under /api, both calling the same module services so the rules cannot differ.
 */
package se.kasus.web;
