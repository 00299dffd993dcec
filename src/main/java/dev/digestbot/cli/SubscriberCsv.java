package dev.digestbot.cli;

import dev.digestbot.store.Subscriber;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Subscribers as CSV (RFC 4180, UTF-8): reading an import file by its header, writing an export.
 * A field may be quoted, with {@code ""} for a quote inside; a quoted field cannot span lines, as
 * no address or cadence needs that.
 */
final class SubscriberCsv {
    static final List<String> EXPORT_HEADER = List.of("email", "status", "cadence", "created_at", "confirmed_at");

    private SubscriberCsv() {}

    /**
     * One data row of an import file: its address and cadence as written, or why it cannot be
     * read.
     *
     * @param cadence empty when the file has no cadence column or the row leaves it blank
     * @param problem null for a readable row
     */
    record Row(int line, String email, String cadence, String problem) {}

    /**
     * The data rows of {@code file}, blank lines left out.
     *
     * @throws UsageException when the file cannot be read or its header has no {@code email}
     */
    static List<Row> read(Path file) {
        List<String> lines = lines(file);
        if (lines.isEmpty()) {
            throw new UsageException(file + ": the file is empty; its first row must name the columns");
        }
        List<String> header = fields(lines.get(0).replace("\uFEFF", "")).stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
        int email = header.indexOf("email");
        if (email < 0) {
            throw new UsageException(
                    file + ":1: the header has no 'email' column (it has: " + String.join(", ", header) + ")");
        }
        int cadence = header.indexOf("cadence");
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                rows.add(row(i + 1, lines.get(i), email, cadence));
            }
        }
        return rows;
    }

    /** Writes {@code subscribers} with {@link #EXPORT_HEADER}; a time never reached is empty. */
    static void write(List<Subscriber> subscribers, PrintWriter out) {
        out.println(String.join(",", EXPORT_HEADER));
        for (Subscriber s : subscribers) {
            out.println(String.join(
                    ",",
                    quoted(s.email()),
                    s.status().label(),
                    s.cadence().label(),
                    time(s.createdAt()),
                    time(s.confirmedAt())));
        }
        out.flush();
    }

    private static Row row(int line, String text, int email, int cadence) {
        List<String> fields;
        try {
            fields = fields(text);
        } catch (IllegalArgumentException e) {
            return new Row(line, null, null, e.getMessage());
        }
        if (email >= fields.size() || fields.get(email).isBlank()) {
            return new Row(line, null, null, "no address in the 'email' column");
        }
        String chosen =
                cadence >= 0 && cadence < fields.size() ? fields.get(cadence).strip() : "";
        return new Row(line, fields.get(email), chosen, null);
    }

    /**
     * The fields of one line.
     *
     * @throws IllegalArgumentException for a quote left open or text after a closing quote
     */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (true) {
            StringBuilder field = new StringBuilder();
            if (i < line.length() && line.charAt(i) == '"') {
                i = quotedField(line, i + 1, field);
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote in column " + (fields.size() + 1));
                }
            } else {
                int end = line.indexOf(',', i);
                end = end < 0 ? line.length() : end;
                field.append(line, i, end);
                i = end;
            }
            fields.add(field.toString());
            if (i >= line.length()) {
                return fields;
            }
            i++; // past the comma
        }
    }

    /** Reads a quoted field's content from {@code start} into {@code field}; returns the index after its quote. */
    private static int quotedField(String line, int start, StringBuilder field) {
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != '"') {
                field.append(c);
                i++;
            } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("a quote is left open (a field cannot span lines)");
    }

    private static String quoted(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": not UTF-8 text; save the file as UTF-8 CSV");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read it: " + e.getMessage());
        }
    }
}
