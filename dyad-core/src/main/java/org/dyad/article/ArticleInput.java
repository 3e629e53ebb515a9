package org.dyad.article;

/**
 * One item read from an input: an article, or the reason it could not be read.
 * A reader never throws for bad content; it reports it, so the other inputs still get coded.
 */
public sealed interface ArticleInput {

    /** Where the item came from: a file name, with ":line" for JSONL. */
    String origin();

    record Accepted(String origin, Article article) implements ArticleInput {}

    record Rejected(String origin, String reason) implements ArticleInput {
        @Override
        public String toString() {
            return origin + ": " + reason;
        }
    }
}
