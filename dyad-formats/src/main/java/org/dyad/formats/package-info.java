/**
 * Input formats: files and folders in, {@link org.dyad.article.ArticleInput}s out, one per
 * article or per problem. {@link org.dyad.formats.ArticleSources} is the one public type.
 *
 * <p>The flow: a path is a folder ({@link org.dyad.formats.FolderWalk}: every file under it,
 * sorted by path, hidden ones skipped) or a file, whose {@link org.dyad.formats.InputFormat} comes
 * from its extension or, where that says nothing, from its first bytes. Then one reader per format,
 * each the only place its library is used:
 * <ul>
 *   <li>plain text and JSONL: the core's {@link org.dyad.article.ArticleReader};
 *   <li>HTML: {@link org.dyad.formats.HtmlPages} = {@link org.dyad.formats.PageMetadata} (jsoup:
 *       title, date, site, URL from the markup) + {@link org.dyad.formats.MainText} (readability4j:
 *       the story without navigation, advertising and footers) + {@link org.dyad.formats.Paragraphs}
 *       (block elements to paragraphs separated by blank lines);
 *   <li>RSS and Atom: {@link org.dyad.formats.FeedItems} (ROME), one article per item;
 *   <li>WARC: {@link org.dyad.formats.WarcRecords} (jwarc), streamed; each successful HTML
 *       response goes through {@code HtmlPages};
 *   <li>CSV and TSV: {@link org.dyad.formats.CsvRows} (Commons CSV), one article per row.
 * </ul>
 * Where an item gives no date, source or URL, {@link org.dyad.article.ArticleReader.Defaults} fills
 * in the user's, by the core reader's rules; {@link org.dyad.formats.PublicationDate} reads
 * dates as the publisher wrote them.
 *
 * <p><b>Origins.</b> Every input names where it came from: {@code file} for a file holding one
 * article (text, HTML) or rejected whole; {@code file:N} for an item in a file of many, N being
 * the 1-based line for JSONL and CSV (for CSV the physical line the record starts on, so a quoted
 * text over several lines does not shift the count) and the 1-based item number for feed items
 * and WARC records (counting every record, whatever its type). To split an origin into file and
 * number, cut at the last colon when only digits follow it.
 *
 * <p>Bad content never throws: every problem is an {@link org.dyad.article.ArticleInput.Rejected}
 * whose reason says what is wrong, and reading goes on with the next item or file.
 * docs/inputs.md describes the formats for users.
 */
package org.dyad.formats;
