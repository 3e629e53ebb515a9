/**
 * The event ontology: CAMEO codes with their names, Goldstein scores, QuadClass and PLOVER
 * mapping, all read from {@code data/ontology/cameo.tsv}. Nothing here is hard-coded.
 */
package org.dyad.ontology;
