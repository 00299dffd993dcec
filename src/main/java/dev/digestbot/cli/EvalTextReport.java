package dev.digestbot.cli;

import dev.digestbot.eval.ArticleEvaluation;
import dev.digestbot.eval.ExtractionScores;
import dev.digestbot.eval.Ratio;
import dev.digestbot.eval.RougeScore;
import dev.digestbot.eval.SetEvaluation;
import dev.digestbot.eval.SummarySystem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The scores of {@code digestbot eval} as tables for a terminal. */
final class EvalTextReport {
    private final PrintWriter out;

    EvalTextReport(PrintWriter out) {
        this.out = out;
    }

    void print(int sentences, List<SetEvaluation> sets, ExtractionScores extraction, Path annotations) {
        if (!sets.isEmpty()) {
            printSummaries(sentences, sets);
        }
        if (extraction != null) {
            if (!sets.isEmpty()) {
                out.println();
            }
            printExtraction(extraction, annotations);
        }
    }

    private void printSummaries(int sentences, List<SetEvaluation> sets) {
        out.printf(
                "Summaries of %d sentences: ROUGE F1 x100, mean over articles (stemmed, ROUGE-1.5.5 style)%n",
                sentences);
        out.println("pronoun openings: summary sentences opening with a pronoun whose preceding article"
                + " sentence is left out");
        out.println();
        out.printf(
                "%-7s %8s  %-8s %6s %6s %7s  %s%n",
                "set", "articles", "system", "R-1", "R-2", "R-Lsum", "pronoun openings");
        Ratio allOpenings = new Ratio(0, 0);
        for (SetEvaluation set : sets) {
            for (SummarySystem system : SummarySystem.values()) {
                printRow(set, system);
            }
            allOpenings = allOpenings.plus(set.pronounOpenings(SummarySystem.PRODUCT));
        }
        if (sets.size() > 1) {
            out.printf("%-7s %8s  %-8s %6s %6s %7s  %s%n", "all", "", "default", "", "", "", share(allOpenings));
        }
        sets.forEach(this::printProblems);
    }

    private void printRow(SetEvaluation set, SummarySystem system) {
        RougeScore rouge = set.rouge(system);
        out.printf(
                Locale.ROOT,
                "%-7s %8d  %-8s %6.2f %6.2f %7.2f  %s%n",
                set.name(),
                set.articles().size(),
                EvalCommand.label(system, set.sentences()),
                100 * rouge.rouge1().f1(),
                100 * rouge.rouge2().f1(),
                100 * rouge.rougeLsum().f1(),
                share(set.pronounOpenings(system)));
    }

    private void printProblems(SetEvaluation set) {
        List<ArticleEvaluation> unreadable = set.unreadable();
        if (!unreadable.isEmpty()) {
            out.printf(
                    "%s: %d of %d articles could not be read and score 0 (first: %s)%n",
                    set.name(),
                    unreadable.size(),
                    set.articles().size(),
                    unreadable.get(0).error());
        }
        for (SummarySystem system : SummarySystem.values()) {
            long empty = set.emptySummaries(system);
            if (empty > 0) {
                out.printf(
                        "%s: %d of %d %s summaries are empty (no body sentences found)%n",
                        set.name(), empty, set.articles().size(), EvalCommand.label(system, set.sentences()));
            }
        }
    }

    private void printExtraction(ExtractionScores scores, Path annotations) {
        out.printf(
                "Quotes, speakers, figures and titles against %s (%d annotated articles)%n",
                annotations.getFileName(), scores.titles().total());
        out.println();
        row("titles", scores.titles());
        row("quote recall", scores.quoteRecall());
        row("quote precision", scores.quotePrecision());
        row("speaker accuracy", scores.speakerAccuracy());
        row("figure recall", scores.figureRecall());
        row("figure precision", scores.figurePrecision());
        row("key-figure recall", scores.keyFigureRecall());
        if (!scores.missing().isEmpty()) {
            out.println("not scored (could not be read): " + String.join(", ", scores.missing()));
        }
    }

    private void row(String name, Ratio ratio) {
        String value = ratio.total() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", ratio.value());
        out.printf("%-18s %5s  (%d of %d)%n", name, value, ratio.count(), ratio.total());
    }

    private static String share(Ratio ratio) {
        String percent = ratio.total() == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * ratio.value());
        return percent + " (" + ratio.count() + " of " + ratio.total() + ")";
    }
}
