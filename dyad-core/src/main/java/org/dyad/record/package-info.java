/**
 * The record: Dyad's versioned output ({@code dyad/1}), one per article, and its JSON form.
 * Tables, TSV and the later store and exports are views of this record.
 */
package org.dyad.record;
