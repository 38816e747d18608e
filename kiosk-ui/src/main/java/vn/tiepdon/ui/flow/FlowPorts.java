package vn.tiepdon.ui.flow;

import java.util.Objects;
import java.util.Optional;

/** Everything outside the check-in flow that it talks to. */
public record FlowPorts(
    CardCheck cards,
    Optional<ChipCheck> chips,
    Optional<FaceCheck> faces,
    Clinic clinic,
    HospitalSystem hospital,
    Payments payments,
    FlowEvents events,
    Speaker speaker,
    Optional<CoverageLookup> insurance) {
  public FlowPorts {
    Objects.requireNonNull(cards, "cards");
    Objects.requireNonNull(chips, "chips");
    Objects.requireNonNull(faces, "faces");
    Objects.requireNonNull(clinic, "clinic");
    Objects.requireNonNull(hospital, "hospital");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(insurance, "insurance");
    if (faces.isPresent() && chips.isEmpty()) {
      throw new IllegalArgumentException(
          "faces need chips: the face is compared with the chip's photo");
    }
  }

  /** All ports but the insurance check: the kiosk does not ask about health insurance. */
  public FlowPorts(
      CardCheck cards,
      Optional<ChipCheck> chips,
      Optional<FaceCheck> faces,
      Clinic clinic,
      HospitalSystem hospital,
      Payments payments,
      FlowEvents events,
      Speaker speaker) {
    this(cards, chips, faces, clinic, hospital, payments, events, speaker, Optional.empty());
  }

  /** QR only: no chip, no face, no HIS, silent. */
  public static FlowPorts of(CardCheck cards, Clinic clinic, Payments payments, FlowEvents events) {
    return new FlowPorts(
        cards,
        Optional.empty(),
        Optional.empty(),
        clinic,
        HospitalSystem.localOnly(),
        payments,
        events,
        Speaker.silent());
  }

  public FlowPorts withChips(ChipCheck chipCheck) {
    return new FlowPorts(
        cards,
        Optional.of(chipCheck),
        faces,
        clinic,
        hospital,
        payments,
        events,
        speaker,
        insurance);
  }

  public FlowPorts withFaces(FaceCheck faceCheck) {
    return new FlowPorts(
        cards,
        chips,
        Optional.of(faceCheck),
        clinic,
        hospital,
        payments,
        events,
        speaker,
        insurance);
  }

  public FlowPorts withHospital(HospitalSystem his) {
    return new FlowPorts(cards, chips, faces, clinic, his, payments, events, speaker, insurance);
  }

  public FlowPorts withSpeaker(Speaker voice) {
    return new FlowPorts(cards, chips, faces, clinic, hospital, payments, events, voice, insurance);
  }

  /**
   * Asks the hospital system about the patient's health insurance once they are identified, waiting
   * at most {@code timeout} for the answer.
   */
  public FlowPorts withInsurance(Insurance check, java.time.Duration timeout) {
    return new FlowPorts(
        cards,
        chips,
        faces,
        clinic,
        hospital,
        payments,
        events,
        speaker,
        Optional.of(new CoverageLookup(check, timeout)));
  }
}
