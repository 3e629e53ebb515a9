/**
 * The {@code dyad} command line: {@code code} (articles to records), {@code actors lookup},
 * {@code eval} (scores against gold data) and {@code parse} (what the coder sees). Each
 * command is a small picocli class; options shared by commands are mixins
 * ({@code InputOptions}, {@code PipelineOptions}).
 */
package org.dyad.cli;
