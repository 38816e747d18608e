package vn.tiepdon.ui.remote;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.enrolment.BundleInstaller;
import vn.tiepdon.provisioning.enrolment.BundleQrAssembler;
import vn.tiepdon.provisioning.enrolment.BundleQrCodes;
import vn.tiepdon.provisioning.enrolment.BundleRejectedException;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;

/**
 * Takes the enrolment bundle's QR codes ({@code TDB…}) from the kiosk's own QR scanner, before the
 * patient flow sees the scan: such a code is never a CCCD, so {@link #offer} keeps it away from the
 * flow whether or not it is used.
 *
 * <p>Codes are used only while the staff screen is unlocked ({@link #open()} after the PIN, {@link
 * #close()} when it closes), so nobody can install a bundle, or make the kiosk restart by
 * installing one, from the patients' side of the screen (ADR 0018). Once every code of a sequence
 * is in, the bundle goes to the {@link BundleInstaller}, which verifies and installs it.
 */
public final class BundleScans {
  private static final Logger log = LoggerFactory.getLogger(BundleScans.class);

  private final Optional<BundleInstaller> installer;
  private final List<Consumer<BundleScanEvent>> listeners = new CopyOnWriteArrayList<>();
  private BundleQrAssembler codes = new BundleQrAssembler();
  private boolean open;

  /**
   * @param installer the kiosk's bundle installer; empty on a kiosk without a {@code provisioning:}
   *     section, which swallows bundle codes and installs nothing
   */
  public BundleScans(Optional<BundleInstaller> installer) {
    if (installer == null) {
      throw new IllegalArgumentException("installer is required (Optional.empty() for none)");
    }
    this.installer = installer;
  }

  /** Whether a scanned text is an enrolment bundle's code rather than a citizen's. */
  public static boolean isBundleCode(String scanned) {
    return scanned != null && scanned.strip().startsWith(BundleQrCodes.PREFIX);
  }

  /**
   * Takes a scanned text if it is a bundle code.
   *
   * @return true when the text was a bundle code (used or ignored): the patient flow must not get
   *     it
   */
  public boolean offer(String scanned) {
    if (!isBundleCode(scanned)) {
      return false;
    }
    BundleScanEvent event;
    synchronized (this) {
      if (!open || installer.isEmpty()) {
        log.info(
            "an enrolment bundle QR code was scanned while {}; ignored",
            installer.isEmpty()
                ? "this kiosk has no provisioning section"
                : "the staff screen is closed");
        return true;
      }
      event = take(scanned);
    }
    log.info("enrolment bundle QR code scanned: {}", describe(event));
    listeners.forEach(listener -> listener.accept(event));
    return true;
  }

  /** The staff screen is unlocked: bundle codes are taken from now on, a fresh sequence. */
  public synchronized void open() {
    open = true;
    codes = new BundleQrAssembler();
  }

  /** The staff screen closed: codes are ignored again and a half-scanned sequence is dropped. */
  public synchronized void close() {
    open = false;
    codes = new BundleQrAssembler();
  }

  public synchronized boolean isOpen() {
    return open;
  }

  /** Called on the scanner's thread after each code taken while open. */
  public void onEvent(Consumer<BundleScanEvent> listener) {
    listeners.add(listener);
  }

  private BundleScanEvent take(String scanned) {
    BundleQrAssembler.Progress progress;
    try {
      progress = codes.add(scanned);
    } catch (BundleRejectedException e) {
      // One bad code: the codes already taken stay, the staff scans the right one.
      log.info("bundle QR code refused: {}", e.getMessage());
      return new BundleScanEvent.Refused(BundleScanProblem.CORRUPT_PART);
    }
    if (!progress.complete()) {
      return new BundleScanEvent.Progress(progress.received(), progress.total(), codes.missing());
    }
    BundleQrAssembler complete = codes;
    codes = new BundleQrAssembler();
    byte[] file;
    try {
      file = complete.bundleFile();
    } catch (BundleRejectedException e) {
      log.info("bundle QR codes do not join: {}", e.getMessage());
      return new BundleScanEvent.Refused(BundleScanProblem.CORRUPT_PART);
    }
    try {
      EnrolmentBundle bundle = installer.orElseThrow().install(file);
      return new BundleScanEvent.Installed(bundle);
    } catch (BundleRejectedException e) {
      log.warn("scanned enrolment bundle refused ({}): {}", e.reason(), e.getMessage());
      return new BundleScanEvent.Refused(BundleScanProblem.of(e.reason()));
    } catch (UncheckedIOException e) {
      log.error("scanned enrolment bundle could not be stored", e);
      return new BundleScanEvent.Refused(BundleScanProblem.NOT_STORED);
    }
  }

  private static String describe(BundleScanEvent event) {
    if (event instanceof BundleScanEvent.Progress p) {
      return p.received() + " of " + p.total();
    }
    if (event instanceof BundleScanEvent.Installed i) {
      return "installed " + i.bundle();
    }
    return "refused " + ((BundleScanEvent.Refused) event).problem();
  }
}
