package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.dyad.article.ArticleReader;

/**
 * What to assume where an input says nothing, as {@code --published}, {@code --source} and
 * {@code --url} say it; "today" is the driver's, so every executor dates undated articles alike.
 */
record ReaderDefaults(String published, String today, String source, String url) implements Serializable {

    ArticleReader.Defaults defaults() {
        return new ArticleReader.Defaults(published == null ? null : LocalDate.parse(published), LocalDate.parse(today), source, url);
    }
}
