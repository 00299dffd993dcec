/**
 * Measuring the summarizer: ROUGE against reference summaries, a Lead-N baseline, the share of
 * summary sentences that open with a dangling pronoun, scores for quotes, speakers, figures and
 * titles against hand annotations, and single-thread throughput.
 *
 * <p>The ROUGE conventions are those of ROUGE-1.5.5 as most summarization papers report them
 * (Porter stemming of tokens longer than three characters, summary-level union LCS with clipping
 * for ROUGE-Lsum, corpus score as the mean of per-article scores), so that numbers can be set
 * beside published ones. Depends on {@code summarize} and {@code article} only.
 */
package dev.digestbot.eval;
