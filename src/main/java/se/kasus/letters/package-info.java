/**
 * Letters: PDF documents produced from domain records, such as the decision letter (beslutsbrev) with its överklagandehänvisning.
 */
package se.kasus.letters;
