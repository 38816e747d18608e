package vn.tiepdon.provisioning.message;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The kiosk computer's own figures. Values the platform cannot tell are {@code null} (left out of
 * the JSON) rather than made up.
 *
 * @param cpuLoad whole-system CPU use over the last moments, 0..1
 * @param loadAverage one-minute load average
 * @param temperatureCelsius the hottest readable thermal zone
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HostFigures(
    Double cpuLoad,
    Double loadAverage,
    int processors,
    long heapUsedBytes,
    long heapMaxBytes,
    Long memoryFreeBytes,
    Long memoryTotalBytes,
    Long diskFreeBytes,
    Double temperatureCelsius) {}
