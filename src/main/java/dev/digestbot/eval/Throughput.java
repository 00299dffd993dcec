package dev.digestbot.eval;

/**
 * What a throughput measurement found.
 *
 * @param calls summaries made while measuring
 * @param seconds wall-clock time measured
 * @param wall wall-clock time per summary
 * @param cpu CPU time of the measuring thread per summary, or null where the JVM cannot tell it;
 *     unlike wall time it leaves out the time other processes on the machine take the core
 * @param bytesPerCall bytes allocated per summary, or -1 where the JVM cannot tell it
 * @param gcCount garbage collections during the measured period
 * @param gcMillis time the collectors report for those collections
 */
public record Throughput(
        long calls, double seconds, Latency wall, Latency cpu, long bytesPerCall, long gcCount, long gcMillis) {
    public double articlesPerSecond() {
        return seconds == 0 ? 0 : calls / seconds;
    }

    /**
     * How long one summary took.
     *
     * @param meanMillis mean time per summary
     * @param p50Millis median time per summary
     * @param p99Millis 99th percentile of the time per summary
     */
    public record Latency(double meanMillis, double p50Millis, double p99Millis) {}
}
