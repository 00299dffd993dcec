package dev.digestbot.edition;

import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The operator's template folder, backed by the defaults shipped in the jar: a file the operator
 * has not provided (or has deleted) is read from the classpath's {@code templates/} instead. Names
 * may have a subfolder ({@code web/subscribe.html.mustache}).
 */
public final class TemplateFolder implements MustacheResolver {
    private static final String CLASSPATH = "templates/";

    private final Path folder;

    /** The templates in {@code folder}, which need not exist. */
    public TemplateFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public Reader getReader(String name) {
        Path file = operatorFile(name);
        try {
            if (file != null) {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
        InputStream shipped = TemplateFolder.class.getClassLoader().getResourceAsStream(CLASSPATH + name);
        return shipped == null ? null : new InputStreamReader(shipped, StandardCharsets.UTF_8);
    }

    /** Where {@code name} is read from, as error messages should name it. */
    public String describe(String name) {
        Path file = operatorFile(name);
        return file != null ? file.toString() : "classpath:" + CLASSPATH + name;
    }

    /** The operator's copy of {@code name}, or null; names that climb out of the folder have none. */
    private Path operatorFile(String name) {
        Path file = folder.resolve(name).normalize();
        return file.startsWith(folder.normalize()) && Files.isRegularFile(file) ? file : null;
    }
}
