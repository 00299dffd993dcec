package dev.digestbot.ingest;

import dev.digestbot.article.ArticleReader;
import dev.digestbot.store.ArticleRepository;
import dev.digestbot.store.Database;
import dev.digestbot.store.StoredDigest;
import dev.digestbot.summarize.Summarizer;
import dev.digestbot.summarize.SummaryOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An inbox, a failed folder and a real H2 file database under one temporary folder, and
 * ingesters over them that the fixture closes.
 */
final class InboxFixture implements AutoCloseable {
    /** Files above this are refused, so the oversize case needs no megabytes of test data. */
    static final long MAX_BYTES = 64 * 1024;

    private static final Summarizer SUMMARIZER = new Summarizer();

    final Path inbox;
    final Path failed;
    final Database db;
    final ArticleRepository repository;
    final List<StoredDigest> stored = new CopyOnWriteArrayList<>();
    private final Path staging;
    private final List<Ingester> ingesters = new ArrayList<>();

    InboxFixture(Path dir) {
        this.inbox = dir.resolve("content/inbox");
        this.failed = dir.resolve("content/failed");
        this.staging = dir.resolve("staging");
        this.db = Database.open("jdbc:h2:file:" + dir.resolve("data/digestbot"), "sa", "");
        this.repository = new ArticleRepository(db, Clock.systemUTC());
    }

    /** A started ingester with short, test-sized intervals. */
    Ingester start(Duration stableFor, Duration rescanEvery) {
        Ingester ingester = create(stableFor, rescanEvery);
        ingester.start();
        return ingester;
    }

    Ingester create(Duration stableFor, Duration rescanEvery) {
        ArticleDigester digester =
                new SummarizingDigester(new ArticleReader(MAX_BYTES), SUMMARIZER, SummaryOptions.DEFAULT);
        Ingester ingester = new Ingester(
                inbox,
                failed,
                digester,
                repository,
                Clock.systemUTC(),
                new IngestSettings(rescanEvery, stableFor),
                stored::add);
        ingesters.add(ingester);
        return ingester;
    }

    /** Writes the file beside the inbox, then renames it into place, as a careful copier does. */
    Path drop(String relative, String text) throws IOException {
        return drop(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    Path drop(String relative, byte[] bytes) throws IOException {
        Files.createDirectories(staging);
        Path staged = Files.createTempFile(staging, "drop", ".tmp");
        Files.write(staged, bytes);
        Path target = inbox.resolve(relative);
        Files.createDirectories(target.getParent());
        return Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes the file in place, as a plain copy does. */
    Path write(String relative, String text) throws IOException {
        Path target = inbox.resolve(relative);
        Files.createDirectories(target.getParent());
        return Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    List<String> storedPaths() {
        return stored.stream().map(StoredDigest::path).toList();
    }

    @Override
    public void close() {
        ingesters.forEach(Ingester::close);
        db.close();
    }
}
