/**
 * Benchmarks, never run by the tests: throughput ({@code bench/run}: Dyad against CoreNLP POS
 * tagging and constituency parsing on the same articles in the same JVM), ingest
 * ({@code bench/ingest}: the store against the pipeline alone) and the server under load
 * ({@code bench/serve}: N concurrent clients against one).
 */
package org.dyad.bench;
