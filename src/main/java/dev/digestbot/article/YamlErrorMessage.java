package dev.digestbot.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a YAML parser error, which spans several lines with code snippets and carets, into one
 * line: the problem, the file line it was found on, and where the construct it broke was opened.
 */
final class YamlErrorMessage {
    private static final Pattern MARK = Pattern.compile("^ in '[^']*', line (\\d+), column \\d+:?$");

    /** Unindented lines of the parser message: the context first when there is one, the problem last. */
    private final List<String> statements = new ArrayList<>();
    /** File line of each statement that has a position. */
    private final List<Integer> lines = new ArrayList<>();

    private YamlErrorMessage(String message, int firstLine) {
        for (String line : message.split("\n")) {
            Matcher mark = MARK.matcher(line);
            if (mark.matches() && lines.size() < statements.size()) {
                lines.add(Integer.parseInt(mark.group(1)) + firstLine - 1);
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                statements.add(line.strip());
            }
        }
    }

    /** {@code firstLine} is the file line that holds the first line of the YAML. */
    static String describe(JsonProcessingException e, int firstLine) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        YamlErrorMessage parsed = new YamlErrorMessage(message, firstLine);
        boolean located = e.getLocation() != null && e.getLocation().getLineNr() > 0;
        int problemLine = located ? e.getLocation().getLineNr() + firstLine - 1 : -1;
        return parsed.oneLine(problemLine);
    }

    private String oneLine(int problemLine) {
        String problem = statements.isEmpty() ? "unreadable YAML" : statements.get(statements.size() - 1);
        StringBuilder out = new StringBuilder("bad front matter");
        if (problemLine > 0) {
            out.append(" on line ").append(problemLine);
        }
        out.append(": ").append(problem);
        String context = statements.size() > 1 ? statements.get(0) : "";
        boolean construct = context.startsWith("while parsing") || context.startsWith("while scanning a");
        boolean openedElsewhere = construct && !lines.isEmpty() && lines.get(0) != problemLine;
        if (openedElsewhere) {
            out.append(" (")
                    .append(statements.get(0))
                    .append(" opened on line ")
                    .append(lines.get(0))
                    .append(')');
        }
        return out.toString();
    }
}
