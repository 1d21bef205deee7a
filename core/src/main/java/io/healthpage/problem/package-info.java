/**
 * Problems found in an input (an article file, a bundle, a rendered page), each saying where it
 * is and what to do. Shared by the JSON reader, the validator and the checkers.
 */
package io.healthpage.problem;
