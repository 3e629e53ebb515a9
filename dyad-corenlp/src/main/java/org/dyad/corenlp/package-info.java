/**
 * The Stanford CoreNLP backend of {@link org.dyad.text.LanguageAnalyzer}.
 *
 * <p>In: an {@link org.dyad.article.Article}. Out: an {@link org.dyad.text.AnalyzedArticle}
 * in Dyad's own model. CoreNLP's classes and its untyped {@code Properties} stay inside
 * this package; one pipeline is loaded per JVM ({@link org.dyad.corenlp.CoreNlpAnalyzer#shared()}).
 */
package org.dyad.corenlp;
