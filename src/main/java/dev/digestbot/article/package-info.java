/**
 * Reading article files into {@link dev.digestbot.article.Article}s: plain text, Markdown with
 * YAML front matter, and HTML pages. The package owns everything between the bytes of a file and
 * a clean title, body paragraphs and metadata: encoding detection, text normalisation, headline
 * detection in scraped text, Markdown stripping and HTML boilerplate removal. It refuses files it
 * cannot read with an {@link dev.digestbot.article.ArticleException} whose message is one line.
 * It knows nothing of summarizing, storage or delivery.
 */
package dev.digestbot.article;
