/**
 * Throughput benchmark, run by {@code bench/run} and never by the tests: Dyad against CoreNLP
 * POS tagging and constituency parsing on the same articles in the same JVM.
 */
package org.dyad.bench;
