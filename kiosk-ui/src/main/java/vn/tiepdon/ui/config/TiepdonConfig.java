package vn.tiepdon.ui.config;

import java.util.Optional;
import vn.tiepdon.citizenid.chip.ChipSettings;
import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.payment.PaymentSettings;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.queue.QueueSettings;
import vn.tiepdon.queue.fhir.HisSettings;

/**
 * The whole configuration of a kiosk, read once at start-up by {@link ConfigLoader}. Each module
 * owns the record of its own section and validates it; this record checks what spans sections.
 */
public record TiepdonConfig(
    SiteSettings site,
    KioskSettings kiosk,
    UiSettings ui,
    DevicesSettings devices,
    QueueSettings queue,
    PaymentSettings payment,
    TelemetrySettings telemetry,
    ChipSettings chip,
    StaffSettings staff,
    FaceCheckSettings face,
    HisSettings his,
    vn.tiepdon.ui.remote.ProvisioningSection provisioning) {
  public TiepdonConfig {
    if (site == null) {
      throw new IllegalArgumentException("site is required");
    }
    if (kiosk == null) {
      throw new IllegalArgumentException("kiosk is required");
    }
    if (queue == null) {
      throw new IllegalArgumentException(
          "queue is required (the clinics this kiosk registers for)");
    }
    ui = ui == null ? UiSettings.defaults() : ui;
    devices = devices == null ? new DevicesSettings(null, null, null, null) : devices;
    chip = chip == null ? ChipSettings.defaults() : chip;
    staff = staff == null ? StaffSettings.disabled() : staff;
    face = face == null ? FaceCheckSettings.defaults() : face;
    his = his == null ? HisSettings.localOnly() : his;
    if (telemetry != null && !telemetry.siteId().equals(site.id())) {
      throw new IllegalArgumentException(
          "telemetry.siteId must equal site.id ('"
              + site.id()
              + "'), was '"
              + telemetry.siteId()
              + "'");
    }
    if (telemetry != null && !telemetry.kioskId().equals(kiosk.id())) {
      throw new IllegalArgumentException(
          "telemetry.kioskId must equal kiosk.id ('"
              + kiosk.id()
              + "'), was '"
              + telemetry.kioskId()
              + "'");
    }
  }

  /** The same configuration with another telemetry section (the demo's embedded broker). */
  public TiepdonConfig withTelemetry(TelemetrySettings other) {
    return new TiepdonConfig(
        site, kiosk, ui, devices, queue, payment, other, chip, staff, face, his, provisioning);
  }

  /** Payments are optional: a hospital may collect every fee at the cashier. */
  public Optional<PaymentSettings> payments() {
    return Optional.ofNullable(payment);
  }

  /** Telemetry is optional: a kiosk works without a broker. */
  public Optional<TelemetrySettings> telemetryIfConfigured() {
    return Optional.ofNullable(telemetry);
  }
}
