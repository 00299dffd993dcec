package dev.digestbot.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's Quartz scheduler over a JDBC job store in the application's database. At start it
 * brings the stored jobs in line with the configured destinations: new ones are scheduled,
 * changed ones rescheduled, removed ones deleted, and unchanged ones left alone so their missed
 * firings are still known and handled by their misfire policy.
 */
public final class Scheduling implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduling.class);
    private static final String EDITIONS = "editions";
    private static final JobKey SWEEP = JobKey.jobKey("outbox", "deliveries");
    private static final AtomicInteger DATA_SOURCES = new AtomicInteger();

    private final Scheduler scheduler;
    private final List<ScheduledDestination> destinations;
    private final Duration poll;

    /**
     * @param dataSource the application's pool; the Quartz tables are in its schema
     * @param destinations the configured schedules
     * @param poll how often due deliveries are swept
     * @param misfireThreshold how late a firing may be before it counts as missed
     */
    public Scheduling(
            DataSource dataSource,
            List<ScheduledDestination> destinations,
            Duration poll,
            Duration misfireThreshold,
            EditionPublishing publishing,
            OutboxSweep sweep) {
        this.destinations = List.copyOf(destinations);
        this.poll = poll;
        // a data source name per instance: the connection manager is global to the JVM
        String source = "digestbot-" + DATA_SOURCES.incrementAndGet();
        DBConnectionManager.getInstance().addConnectionProvider(source, new PooledConnections(dataSource));
        try {
            scheduler =
                    new StdSchedulerFactory(properties(source, delegate(dataSource), misfireThreshold)).getScheduler();
            scheduler.setJobFactory(new ServiceJobFactory(publishing, sweep));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot create the scheduler: " + e.getMessage(), e);
        }
    }

    /** Brings the stored jobs in line with the configuration and starts firing. */
    public void start() {
        try {
            synchronizeEditionJobs();
            scheduleSweep();
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /** The next firing of each destination's schedule, by destination name. */
    public Map<String, Instant> nextFirings() {
        Map<String, Instant> next = new LinkedHashMap<>();
        try {
            for (ScheduledDestination d : destinations) {
                Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(d.name(), EDITIONS));
                if (trigger != null && trigger.getNextFireTime() != null) {
                    next.put(d.name(), trigger.getNextFireTime().toInstant());
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the schedule: " + e.getMessage(), e);
        }
        return next;
    }

    /** Stops firing, waiting for the jobs in flight (an edition being delivered) to finish. */
    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warn("scheduler did not shut down cleanly: {}", e.toString());
        }
    }

    private void synchronizeEditionJobs() throws SchedulerException {
        Set<String> wanted =
                destinations.stream().map(ScheduledDestination::name).collect(Collectors.toSet());
        for (JobKey stored : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(EDITIONS))) {
            if (!wanted.contains(stored.getName())) {
                scheduler.deleteJob(stored);
                LOG.info("schedule for {} removed: no longer configured", stored.getName());
            }
        }
        for (ScheduledDestination d : destinations) {
            synchronize(d);
        }
    }

    private void synchronize(ScheduledDestination d) throws SchedulerException {
        TriggerKey key = TriggerKey.triggerKey(d.name(), EDITIONS);
        CronTrigger trigger = cronTrigger(d);
        Trigger stored = scheduler.getTrigger(key);
        if (stored == null) {
            JobDetail job = JobBuilder.newJob(EditionJob.class)
                    .withIdentity(d.name(), EDITIONS)
                    .usingJobData(EditionJob.DESTINATION, d.name())
                    .build();
            scheduler.scheduleJob(job, trigger);
            LOG.info("schedule for {} created: {} ({})", d.name(), d.cron(), d.zone());
        } else if (!sameSchedule(stored, trigger)) {
            scheduler.rescheduleJob(key, trigger);
            LOG.info("schedule for {} changed: {} ({})", d.name(), d.cron(), d.zone());
        }
    }

    private static CronTrigger cronTrigger(ScheduledDestination d) {
        CronScheduleBuilder cron =
                CronScheduleBuilder.cronSchedule(d.cron()).inTimeZone(TimeZone.getTimeZone(d.zone()));
        cron = d.misfire() == Misfire.FIRE_ONCE
                ? cron.withMisfireHandlingInstructionFireAndProceed()
                : cron.withMisfireHandlingInstructionDoNothing();
        return TriggerBuilder.newTrigger()
                .withIdentity(d.name(), EDITIONS)
                .forJob(d.name(), EDITIONS)
                .withSchedule(cron)
                .build();
    }

    private static boolean sameSchedule(Trigger stored, CronTrigger wanted) {
        return stored instanceof CronTrigger cron
                && cron.getCronExpression().equals(wanted.getCronExpression())
                && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction();
    }

    private void scheduleSweep() throws SchedulerException {
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(SWEEP.getName(), SWEEP.getGroup())
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(poll.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        JobDetail job = JobBuilder.newJob(DeliveryJob.class).withIdentity(SWEEP).build();
        // replaced at every start: it carries no state worth keeping, and the interval may change
        scheduler.scheduleJob(job, Set.of(trigger), true);
    }

    /** Quartz's SQL dialect for the database: PostgreSQL keeps job data as bytea. */
    private static String delegate(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres")
                    ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                    : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database for the scheduler: " + e.getMessage(), e);
        }
    }

    private static Properties properties(String source, String delegate, Duration misfireThreshold) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "digestbot");
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", delegate);
        p.setProperty("org.quartz.jobStore.dataSource", source);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(misfireThreshold.toMillis()));
        return p;
    }
}
