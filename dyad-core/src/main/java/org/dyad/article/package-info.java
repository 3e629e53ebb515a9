/**
 * Articles in: the {@link org.dyad.article.Article} record and the
 * {@link org.dyad.article.ArticleReader} that reads plain text, JSONL and standard input,
 * turning every bad item into a reasoned {@link org.dyad.article.ArticleInput.Rejected}
 * rather than an exception.
 */
package org.dyad.article;
