/**
 * Reading Dyad's data files: dictionaries, the ontology and event patterns are TSV files a
 * political scientist edits (conventions in {@code data/CONVENTIONS.md}); this package reads
 * them and reports the file and line of any problem. What the rows mean is for the feature
 * packages that load them.
 */
package org.dyad.datafile;
