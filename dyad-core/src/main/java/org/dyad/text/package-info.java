/**
 * Dyad's own parsed-sentence model: the only view of the NLP backend that later stages get.
 *
 * <p>An {@link org.dyad.article.Article} goes into a {@link org.dyad.text.LanguageAnalyzer};
 * an {@link org.dyad.text.AnalyzedArticle} comes out: {@link org.dyad.text.Sentence}s of
 * {@link org.dyad.text.Token}s joined by {@link org.dyad.text.Dependency} edges, and the
 * article's {@link org.dyad.text.TimeExpression}s. Offsets always index the article text
 * exactly as given, so every later record can point at its evidence.
 */
package org.dyad.text;
