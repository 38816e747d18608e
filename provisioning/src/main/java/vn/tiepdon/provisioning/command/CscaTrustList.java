package vn.tiepdon.provisioning.command;

import java.security.cert.X509Certificate;
import java.util.List;

/** Where the kiosk keeps the CSCA certificates that chips are checked against (kiosk-ui). */
@FunctionalInterface
public interface CscaTrustList {
  void replace(List<X509Certificate> certificates) throws Exception;
}
