package dev.digestbot.eval;

/**
 * What a throughput measurement found.
 *
 * @param calls summaries made while measuring
 * @param seconds wall-clock time measured
 * @param meanMillis mean time per summary
 * @param p50Millis median time per summary
 * @param p99Millis 99th percentile of the time per summary
 */
public record Throughput(long calls, double seconds, double meanMillis, double p50Millis, double p99Millis) {
    public double articlesPerSecond() {
        return seconds == 0 ? 0 : calls / seconds;
    }
}
