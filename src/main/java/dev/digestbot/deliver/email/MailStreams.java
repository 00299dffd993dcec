package dev.digestbot.deliver.email;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * Names Jakarta Mail's stream provider (the encoders behind every part) outright. Jakarta Mail 2.1
 * looks the provider up through {@link java.util.ServiceLoader} each time a body part or multipart
 * is created or written, which reads the class path's service files again, some eight times per
 * message: a fifth of the time a newsletter took to build. A provider named in the system property
 * of the same name is loaded by name instead. A value the operator set with {@code -D} stays.
 */
final class MailStreams {
    static final String PROPERTY = StreamProvider.class.getName();

    private MailStreams() {}

    /** Makes Angus Mail's provider, the one the lookup would find, the named one. */
    static void nameTheProvider() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, MailStreamProvider.class.getName());
        }
    }
}
