package vn.tiepdon.citizenid.chip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the kiosk reads chips, bound from YAML by kiosk-ui.
 *
 * @param cscaFolder folder of trusted CSCA certificates (PEM/DER); empty for none, which makes
 *     every real card {@code UNTRUSTED_SIGNER}
 * @param pcscReader PC/SC reader name or part of it; empty for the first reader holding a card
 * @param softwareChipFace JPEG or JPEG 2000 face for the software chip's DG2 (demo); empty for a
 *     drawn face
 */
public record ChipSettings(String cscaFolder, String pcscReader, String softwareChipFace) {
  public ChipSettings {
    Objects.requireNonNull(cscaFolder, "cscaFolder");
    Objects.requireNonNull(pcscReader, "pcscReader");
    Objects.requireNonNull(softwareChipFace, "softwareChipFace");
    requireNoControl("cscaFolder", cscaFolder);
    requireNoControl("pcscReader", pcscReader);
    requireNoControl("softwareChipFace", softwareChipFace);
  }

  public static ChipSettings defaults() {
    return new ChipSettings("", "", "");
  }

  /**
   * @throws IllegalArgumentException naming the folder or file that is not usable
   * @throws IOException if the folder cannot be read
   */
  public CscaTrustStore trustStore() throws IOException {
    return cscaFolder.isBlank()
        ? CscaTrustStore.empty()
        : CscaTrustStore.fromDirectory(Path.of(cscaFolder));
  }

  public Optional<String> reader() {
    return Optional.of(pcscReader).filter(name -> !name.isBlank());
  }

  public Optional<Path> face() {
    return Optional.of(softwareChipFace).filter(path -> !path.isBlank()).map(Path::of);
  }

  private static void requireNoControl(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            name
                + " must not contain control characters, found U+"
                + String.format("%04X", (int) value.charAt(i))
                + " at position "
                + (i + 1));
      }
    }
  }
}
