/**
 * Quartz wiring: one cron job per destination that publishes its next edition, and one repeating
 * job that retries due deliveries. Jobs and triggers live in the database (JDBC job store), so
 * schedules and firings missed while the bot was down survive restarts.
 */
package dev.digestbot.schedule;
