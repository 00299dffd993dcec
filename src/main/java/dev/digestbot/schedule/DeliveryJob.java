package dev.digestbot.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The repeating sweep of the outbox, one at a time. */
@DisallowConcurrentExecution
final class DeliveryJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryJob.class);

    private final OutboxSweep sweep;

    DeliveryJob(OutboxSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            sweep.sendDue();
        } catch (RuntimeException e) {
            LOG.error("delivery sweep failed: {}", e.toString());
        }
    }
}
