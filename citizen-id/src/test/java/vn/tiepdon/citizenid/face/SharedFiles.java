package vn.tiepdon.citizenid.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find the shared models and photographs: {@code TIEPDON_MODELS} (else {@code
 * ../../shared/models} from the module folder) and {@code -Dtiepdon.faces} (else {@code
 * ../../shared/faces}).
 */
public final class SharedFiles {
  private SharedFiles() {}

  public static Path models() {
    return FaceModels.defaultFolder(System.getenv(), Path.of("..").toAbsolutePath().normalize());
  }

  public static Path faces() {
    return Path.of(System.getProperty("tiepdon.faces", "../../shared/faces"));
  }

  public static Path face(String name) {
    return faces().resolve(name);
  }

  public static Frame frame(String name) {
    try {
      return Frame.decode(Files.readAllBytes(face(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
