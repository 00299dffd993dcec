package dev.digestbot.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A destination's cron firing. Never runs twice at once for one destination, so a slow delivery
 * cannot overlap the next firing and compose the same edition twice.
 */
@DisallowConcurrentExecution
final class EditionJob implements Job {
    static final String DESTINATION = "destination";
    private static final Logger LOG = LoggerFactory.getLogger(EditionJob.class);

    private final EditionPublishing publishing;

    EditionJob(EditionPublishing publishing) {
        this.publishing = publishing;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String destination = context.getMergedJobDataMap().getString(DESTINATION);
        try {
            publishing.publish(destination);
        } catch (RuntimeException e) {
            // the next firing tries again; the outbox keeps whatever was already composed
            LOG.error("edition for {} failed: {}", destination, e.toString());
        }
    }
}
