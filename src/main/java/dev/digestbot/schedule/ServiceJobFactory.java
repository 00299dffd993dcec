package dev.digestbot.schedule;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Builds jobs with the services they need passed to their constructors, instead of Quartz's
 * default of a no-argument constructor and setters.
 */
final class ServiceJobFactory implements JobFactory {
    private final EditionPublishing publishing;
    private final OutboxSweep sweep;

    ServiceJobFactory(EditionPublishing publishing, OutboxSweep sweep) {
        this.publishing = publishing;
        this.sweep = sweep;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type == EditionJob.class) {
            return new EditionJob(publishing);
        }
        if (type == DeliveryJob.class) {
            return new DeliveryJob(sweep);
        }
        throw new SchedulerException("no job of type " + type.getName());
    }
}
