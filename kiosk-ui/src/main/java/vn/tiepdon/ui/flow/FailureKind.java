package vn.tiepdon.ui.flow;

/** Every failure the patient can meet; each has its own screen and next step (UX.md). */
public enum FailureKind {
  QR_UNREADABLE(NextStep.TRY_AGAIN),
  NOT_A_CCCD_QR(NextStep.TRY_AGAIN),
  SCANNER_UNAVAILABLE(NextStep.CALL_STAFF),
  CHIP_UNREADABLE(NextStep.TRY_AGAIN),
  CHIP_NOT_GENUINE(NextStep.CALL_STAFF),
  FACE_NO_MATCH(NextStep.TRY_AGAIN),
  LIVENESS_FAILED(NextStep.TRY_AGAIN),
  SERVICE_FULL(NextStep.CHOOSE_AGAIN),
  REGISTRATION_FAILED(NextStep.CALL_STAFF),
  DECLINED_CONSENT(NextStep.CALL_STAFF),
  /** The kiosk cannot check faces (its face models are not installed): staff checks instead. */
  FACE_CHECK_UNAVAILABLE(NextStep.CALL_STAFF);

  /** What the failure screen offers as its main button. */
  public enum NextStep {
    TRY_AGAIN,
    CHOOSE_AGAIN,
    CALL_STAFF
  }

  private final NextStep nextStep;

  FailureKind(NextStep nextStep) {
    this.nextStep = nextStep;
  }

  public NextStep nextStep() {
    return nextStep;
  }
}
