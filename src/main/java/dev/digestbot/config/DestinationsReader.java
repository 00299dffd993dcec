package dev.digestbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.quartz.CronExpression;

/** Reads and checks the {@code destinations} section: names, types, schedules, filters, limits. */
final class DestinationsReader {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String CRON_FORM =
            "Quartz cron fields are second minute hour day-of-month month day-of-week [year],"
                    + " e.g. \"0 0 7 * * ?\" for 07:00 every day";

    private final FieldReader fields;
    private final Path dataDir;
    private final Clock clock;

    DestinationsReader(FieldReader fields, Path dataDir, Clock clock) {
        this.fields = fields;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    Map<String, DestinationConfig> read() {
        Map<String, DestinationConfig> destinations = new LinkedHashMap<>();
        JsonNode section = fields.node(ConfigKeys.DESTINATIONS);
        if (!section.isObject()) {
            return destinations;
        }
        for (Map.Entry<String, JsonNode> entry : section.properties()) {
            String name = entry.getKey();
            if (!NAME.matcher(name).matches()) {
                fields.problem(
                        ConfigKeys.DESTINATIONS + "." + name,
                        "a destination name is lowercase letters, digits and dashes, starting with a letter or digit");
            } else if (entry.getValue().isObject()) {
                destination(name).map(this::withRollups).orElse(List.of()).forEach(d -> destinations.put(d.name(), d));
            }
        }
        reportSharedFolders(destinations);
        return destinations;
    }

    /** Two file destinations writing one folder would overwrite each other's editions. */
    private void reportSharedFolders(Map<String, DestinationConfig> destinations) {
        Map<Path, String> owners = new LinkedHashMap<>();
        for (DestinationConfig d : destinations.values()) {
            if (d.target() instanceof FileTarget file) {
                String owner = owners.putIfAbsent(file.dir().toAbsolutePath().normalize(), d.name());
                if (owner != null) {
                    fields.problem(
                            ConfigKeys.DESTINATIONS + "." + d.name() + ".dir",
                            "the same folder as destination '" + owner + "'; each file destination needs its own");
                }
            }
        }
    }

    private Optional<DestinationConfig> destination(String name) {
        String prefix = ConfigKeys.DESTINATIONS + "." + name + ".";
        Optional<DestinationType> type = type(prefix + "type");
        ZoneId zone = zone(prefix + "timezone");
        Optional<String> cron = cron(prefix + "cron", zone);
        Misfire misfire = fields.choice(prefix + "misfire", Misfire.values(), Misfire::key, Misfire.FIRE_ONCE);
        List<String> folders = folders(prefix + "folders");
        List<String> tags = fields.list(prefix + "tags");
        int maxItems = fields.count(prefix + "max-items", DestinationConfig.DEFAULT_MAX_ITEMS, 1, 100);
        if (type.isEmpty() || cron.isEmpty()) {
            return Optional.empty();
        }
        DestinationTarget target = type.get().target(fields, prefix, name, dataDir);
        return Optional.of(new DestinationConfig(name, cron.get(), zone, misfire, folders, tags, maxItems, target));
    }

    /**
     * {@code destination}, and after it, for an email destination with {@code daily-cron} or
     * {@code weekly-cron}, its roll-ups {@code NAME.daily} and {@code NAME.weekly}: like it in all
     * but their schedule and readers. A dot never appears in a configured name, so these cannot
     * clash with one.
     */
    private List<DestinationConfig> withRollups(DestinationConfig newsletter) {
        if (!(newsletter.target() instanceof EmailTarget email)) {
            return List.of(newsletter);
        }
        String prefix = ConfigKeys.DESTINATIONS + "." + newsletter.name() + ".";
        Map<Rollup, String> crons = new EnumMap<>(Rollup.class);
        for (Rollup kind : Rollup.values()) {
            if (fields.text(prefix + kind.key() + "-cron").isPresent()) {
                cron(prefix + kind.key() + "-cron", newsletter.timezone()).ifPresent(c -> crons.put(kind, c));
            }
        }
        EmailTarget offering = new EmailTarget(
                email.from(),
                email.replyTo(),
                email.listId(),
                email.unsubscribeMailto(),
                crons.keySet(),
                Optional.empty());
        List<DestinationConfig> all = new ArrayList<>();
        all.add(newsletter.with(newsletter.name(), newsletter.cron(), offering));
        crons.forEach((kind, cron) ->
                all.add(newsletter.with(newsletter.name() + "." + kind.key(), cron, offering.sending(kind))));
        return all;
    }

    private Optional<DestinationType> type(String key) {
        String known = "known types: " + DestinationType.known();
        Optional<String> text = fields.required(key, known);
        Optional<DestinationType> type = text.flatMap(DestinationType::named);
        if (text.isPresent() && type.isEmpty()) {
            fields.problem(key, "unknown destination type '" + text.get() + "'; " + known);
        }
        return type;
    }

    private ZoneId zone(String key) {
        Optional<String> text = fields.text(key);
        if (text.isEmpty()) {
            return clock.getZone();
        }
        try {
            return ZoneId.of(text.get());
        } catch (DateTimeException e) {
            fields.problem(key, "unknown time zone '" + text.get() + "'; use a region such as Europe/London, or UTC");
            return clock.getZone();
        }
    }

    private Optional<String> cron(String key, ZoneId zone) {
        Optional<String> text = fields.required(key, CRON_FORM);
        if (text.isEmpty()) {
            return text;
        }
        try {
            CronExpression cron = new CronExpression(text.get());
            cron.setTimeZone(TimeZone.getTimeZone(zone));
            if (cron.getNextValidTimeAfter(Date.from(clock.instant())) == null) {
                fields.problem(key, "'" + text.get() + "' never fires again");
                return Optional.empty();
            }
            return text;
        } catch (ParseException e) {
            String why = e.getMessage().strip().replaceAll("\\.$", "");
            fields.problem(key, "'" + text.get() + "' is not a cron expression (" + why + "); " + CRON_FORM);
            return Optional.empty();
        }
    }

    /** Subfolders of the inbox, written relative to it. */
    private List<String> folders(String key) {
        List<String> folders = fields.list(key);
        for (String folder : folders) {
            if (!isSubfolder(folder)) {
                fields.problem(key, "'" + folder + "' is not a subfolder of the inbox; write it relative to the inbox");
            }
        }
        return folders;
    }

    private static boolean isSubfolder(String folder) {
        try {
            Path path = Path.of(folder);
            Path normal = path.normalize();
            return path.getRoot() == null && !normal.toString().isEmpty() && !normal.startsWith("..");
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
