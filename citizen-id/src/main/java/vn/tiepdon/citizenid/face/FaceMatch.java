package vn.tiepdon.citizenid.face;

import java.util.OptionalDouble;

/**
 * The result of comparing a probe frame with the chip photo.
 *
 * @param score cosine similarity of the two templates; empty when no face could be compared
 * @param threshold the configured model's threshold: {@code score >= threshold} is a match
 * @param decision what the kiosk acts on; a score above the threshold on a poor frame is still
 *     {@link FaceDecision#POOR_QUALITY}
 * @param quality what the gates saw on the probe
 * @param referenceQuality what the gates saw on the reference photo
 */
public record FaceMatch(
    OptionalDouble score,
    double threshold,
    FaceDecision decision,
    FaceQuality quality,
    FaceQuality referenceQuality) {}
