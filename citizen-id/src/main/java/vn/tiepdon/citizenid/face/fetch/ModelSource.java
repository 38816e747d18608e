package vn.tiepdon.citizenid.face.fetch;

import java.net.URI;
import java.util.List;
import vn.tiepdon.citizenid.face.ModelFile;

/** Where one model is published. */
public record ModelSource(ModelFile file, URI uri) {
  /** OpenCV Zoo's repository; GitHub redirects its LFS files to media.githubusercontent.com. */
  public static final URI OPENCV_ZOO = URI.create("https://github.com/opencv/opencv_zoo/raw/main/");

  /** The production models (YuNet, SFace) under an OpenCV Zoo base URL or a mirror of it. */
  public static List<ModelSource> production(URI base) {
    return List.of(yunet(base), sface(base));
  }

  public static ModelSource yunet(URI base) {
    return new ModelSource(
        ModelFile.YUNET,
        resolve(base, "models/face_detection_yunet/" + ModelFile.YUNET.fileName()));
  }

  public static ModelSource sface(URI base) {
    return new ModelSource(
        ModelFile.SFACE,
        resolve(base, "models/face_recognition_sface/" + ModelFile.SFACE.fileName()));
  }

  private static URI resolve(URI base, String path) {
    String b = base.toString();
    return URI.create(b.endsWith("/") ? b : b + "/").resolve(path);
  }
}
