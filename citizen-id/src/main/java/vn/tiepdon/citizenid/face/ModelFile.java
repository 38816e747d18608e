package vn.tiepdon.citizenid.face;

import java.util.HexFormat;
import java.util.Locale;

/** One model file the pipeline may load: its file name and the sha256 it must have. */
public record ModelFile(String fileName, String sha256, long bytes) {
  /** OpenCV Zoo YuNet 2023mar (MIT): detector, production and development. */
  public static final ModelFile YUNET =
      new ModelFile(
          "face_detection_yunet_2023mar.onnx",
          "8f2383e4dd3cfbb4553ea8718107fc0423210dc964f9f4280604804ed2552fa4",
          232_589);

  /**
   * OpenCV Zoo SFace 2021dec (Apache-2.0): the production embedder, provisioned by the hospital.
   */
  public static final ModelFile SFACE =
      new ModelFile(
          "face_recognition_sface_2021dec.onnx",
          "0ba9fbfa01b5270c96627c4ef784da859931e02f04419c829e83484087c34e79",
          38_696_353);

  /** MobileFaceNet 512-d (faceplugin npm package; provenance unclear: development and tests). */
  public static final ModelFile MOBILEFACENET =
      new ModelFile(
          "fr_feature.onnx",
          "87aacdfe57510db2af90c0251df680e8eec88f122ee94712121d09bcaaaf3581",
          4_884_269);

  /** 68-point landmarks (development and tests). */
  public static final ModelFile LANDMARKS =
      new ModelFile(
          "fr_landmark.onnx",
          "f10b0ba1d2a8a099adefede1ebf3733e44fe370715e7303dbeb7f59c02142258",
          1_163_742);

  /** Eye open/closed (development and tests). */
  public static final ModelFile EYE =
      new ModelFile(
          "fr_eye.onnx",
          "1afcea006abc1ccac3c517022abde0aa092bed74ff3c9fe6878483ef9e6e38de",
          207_130);

  /** Head pose, HopeNet-style (development and tests). */
  public static final ModelFile POSE =
      new ModelFile(
          "fr_pose.onnx",
          "72d032ec941b7153bf8d3f2c03a4c165453cc7e63d479041ec7c6ef087e5839d",
          5_811_723);

  /** Passive presentation-attack score (development and tests; a second signal only). */
  public static final ModelFile PASSIVE_LIVENESS =
      new ModelFile(
          "fr_liveness.onnx",
          "afa783b7e902fdfcf323a7240cac2a1c580c25314ea4161129dc1b0d100dc32d",
          1_886_811);

  public ModelFile {
    if (fileName == null
        || fileName.isBlank()
        || fileName.contains("/")
        || fileName.contains("\\")) {
      throw new IllegalArgumentException(
          "model file name must be a plain file name, was " + fileName);
    }
    if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException(
          "sha256 of " + fileName + " must be 64 hex digits, was " + sha256);
    }
    sha256 = sha256.toLowerCase(Locale.ROOT);
    HexFormat.of().parseHex(sha256);
    if (bytes < 1) {
      throw new IllegalArgumentException("size of " + fileName + " must be positive, was " + bytes);
    }
  }
}
