package vn.tiepdon.provisioning.mqtt.bench;

/**
 * What {@code tiepdon bench fleet} prints.
 *
 * @param kiosks simulated kiosks
 * @param connections MQTT connections they shared
 * @param messages health reports published and acknowledged by the broker (QoS 1)
 * @param received distinct reports the shared-subscription consumer got
 * @param perSecond received reports per second of the measured run
 * @param p50Ms median publish-to-receive latency
 * @param p99Ms 99th percentile publish-to-receive latency
 * @param maxMs slowest report
 * @param lost reports published (or refused by the client) that never arrived
 * @param publishFailures publishes the client or broker refused (also counted in {@code lost})
 * @param duplicates reports that arrived more than once
 */
public record FleetBenchmarkResult(
    int kiosks,
    int connections,
    long intervalMs,
    long durationMs,
    long messages,
    long received,
    double perSecond,
    double p50Ms,
    double p99Ms,
    double maxMs,
    long lost,
    long publishFailures,
    long duplicates) {}
