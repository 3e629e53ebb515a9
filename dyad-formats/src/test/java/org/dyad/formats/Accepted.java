package org.dyad.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.article.Article;
import org.dyad.article.ArticleInput;

/** The article of an input the test expects to be accepted. */
final class Accepted {

    private Accepted() {}

    static Article article(ArticleInput input) {
        assertThat(input).isInstanceOf(ArticleInput.Accepted.class);
        return ((ArticleInput.Accepted) input).article();
    }
}
