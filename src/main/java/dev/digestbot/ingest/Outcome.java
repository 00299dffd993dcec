package dev.digestbot.ingest;

/** What became of a file the ingester looked at. */
enum Outcome {
    STORED,
    /** Its content is stored under another path. */
    DUPLICATE,
    /** Read before and not changed since, or changed on disk back to content already stored. */
    UNCHANGED,
    /** Moved to the failed folder, or refused and left where it is when it could not be moved. */
    FAILED,
    /** Not complete yet: it is looked at again later. */
    WAITING,
    /** Changed while it was read: it waits to be stable again. */
    CHANGED,
    /** Gone before it could be read. */
    GONE,
    /** Not an article file. */
    IGNORED
}
