/**
 * The {@code dyad} command line: {@code code} (articles to records), {@code actors lookup},
 * {@code eval} (scores against gold data), {@code parse} (what the coder sees), the store's
 * {@code ingest}, {@code events}, {@code sql} and {@code export}, {@code serve} (the API and
 * page, docs/api.md) and {@code plot} (charts to PNG or SVG). Each
 * command is a small picocli class; options shared by commands are mixins
 * ({@code InputOptions}, {@code PipelineOptions}).
 */
package org.dyad.cli;
