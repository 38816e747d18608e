package vn.tiepdon.provisioning.enrolment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Verifies a bundle (from a file, a QR sequence or a {@code REPLACE_CONFIG_BUNDLE} command) and, if
 * it is good, installs it and tells the kiosk, which applies broker, CSCA, bank and HIS settings.
 */
public final class BundleInstaller {
  private final BundleVerifier verifier;
  private final InstalledBundle store;
  private final BundleListener listener;

  /** The kiosk side: applies a newly installed bundle. */
  @FunctionalInterface
  public interface BundleListener {
    void installed(EnrolmentBundle bundle);
  }

  public BundleInstaller(BundleVerifier verifier, InstalledBundle store, BundleListener listener) {
    if (verifier == null || store == null || listener == null) {
      throw new IllegalArgumentException("verifier, store and listener are required");
    }
    this.verifier = verifier;
    this.store = store;
    this.listener = listener;
  }

  /**
   * @throws BundleRejectedException if the bundle is refused; nothing is installed then
   */
  public EnrolmentBundle install(byte[] bundleFile) {
    EnrolmentBundle bundle = verifier.verify(bundleFile);
    try {
      store.install(bundleFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the bundle in " + store.file(), e);
    }
    listener.installed(bundle);
    return bundle;
  }

  /** The installed bundle, its signature checked again (not its validity window). */
  public Optional<EnrolmentBundle> current() {
    try {
      return store.read().map(file -> verifier.verify(SignedBundle.parse(file), false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
