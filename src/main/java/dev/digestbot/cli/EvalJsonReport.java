package dev.digestbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestbot.eval.ExtractionScores;
import dev.digestbot.eval.PrecisionRecall;
import dev.digestbot.eval.Ratio;
import dev.digestbot.eval.RougeScore;
import dev.digestbot.eval.SetEvaluation;
import dev.digestbot.eval.SummarySystem;
import java.nio.file.Path;
import java.util.List;

/**
 * The scores of {@code digestbot eval} as one JSON object. Scores are in [0, 1] (not x100); a
 * ratio with nothing measured has a null value.
 */
final class EvalJsonReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalJsonReport() {}

    static String toJson(int sentences, List<SetEvaluation> sets, ExtractionScores extraction, Path annotations) {
        ObjectNode root = JSON.createObjectNode();
        root.put("sentences", sentences);
        ObjectNode setsNode = root.putObject("sets");
        Ratio allOpenings = new Ratio(0, 0);
        for (SetEvaluation set : sets) {
            ObjectNode setNode = setsNode.putObject(set.name());
            setNode.put("articles", set.articles().size());
            setNode.put("unreadable", set.unreadable().size());
            ObjectNode systems = setNode.putObject("systems");
            for (SummarySystem system : SummarySystem.values()) {
                ObjectNode systemNode = systems.putObject(EvalCommand.label(system, sentences));
                rouge(systemNode, set.rouge(system));
                systemNode.put("emptySummaries", set.emptySummaries(system));
                ratio(systemNode.putObject("pronounOpenings"), set.pronounOpenings(system));
            }
            allOpenings = allOpenings.plus(set.pronounOpenings(SummarySystem.PRODUCT));
        }
        ratio(root.putObject("pronounOpenings"), allOpenings);
        if (extraction != null) {
            extraction(root.putObject("extraction"), extraction, annotations);
        }
        return root.toString();
    }

    private static void rouge(ObjectNode node, RougeScore score) {
        scores(node.putObject("rouge1"), score.rouge1());
        scores(node.putObject("rouge2"), score.rouge2());
        scores(node.putObject("rougeLsum"), score.rougeLsum());
    }

    private static void scores(ObjectNode node, PrecisionRecall pr) {
        node.put("precision", pr.precision());
        node.put("recall", pr.recall());
        node.put("f1", pr.f1());
    }

    private static void extraction(ObjectNode node, ExtractionScores scores, Path annotations) {
        node.put("annotations", annotations.toString());
        node.put("articles", scores.titles().total());
        ratio(node.putObject("titles"), scores.titles());
        ratio(node.putObject("quoteRecall"), scores.quoteRecall());
        ratio(node.putObject("quotePrecision"), scores.quotePrecision());
        ratio(node.putObject("speakerAccuracy"), scores.speakerAccuracy());
        ratio(node.putObject("figureRecall"), scores.figureRecall());
        ratio(node.putObject("figurePrecision"), scores.figurePrecision());
        ratio(node.putObject("keyFigureRecall"), scores.keyFigureRecall());
        scores.missing().forEach(node.putArray("missing")::add);
    }

    private static void ratio(ObjectNode node, Ratio ratio) {
        node.put("count", ratio.count());
        node.put("total", ratio.total());
        if (ratio.total() == 0) {
            node.putNull("value");
        } else {
            node.put("value", ratio.value());
        }
    }
}
