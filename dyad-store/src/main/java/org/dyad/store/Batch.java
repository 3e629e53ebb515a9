package org.dyad.store;

import java.util.List;

/** What one transaction stores: coded articles, articles skipped for their language, and input errors. */
public record Batch(List<CodedArticle> coded, List<SkippedArticle> skipped, List<InputError> errors) {

    public Batch {
        coded = List.copyOf(coded);
        skipped = List.copyOf(skipped);
        errors = List.copyOf(errors);
    }
}
