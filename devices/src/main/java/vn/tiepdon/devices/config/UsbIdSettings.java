package vn.tiepdon.devices.config;

import java.util.regex.Pattern;

/**
 * A USB device id as lsusb prints it: {@code vendorId: "0c2e"}, {@code productId: "0b61"} (hex, an
 * optional 0x is allowed), and optionally the device's {@code serialNumber} to tell identical
 * scanners apart.
 */
public record UsbIdSettings(String vendorId, String productId, String serialNumber) {
  private static final Pattern HEX4 = Pattern.compile("(0[xX])?[0-9a-fA-F]{1,4}");

  public UsbIdSettings {
    checkHex("vendorId", vendorId);
    checkHex("productId", productId);
    serialNumber = serialNumber == null ? "" : serialNumber.trim();
  }

  public int vendorIdValue() {
    return parse(vendorId);
  }

  public int productIdValue() {
    return parse(productId);
  }

  private static void checkHex(String field, String value) {
    if (value == null || !HEX4.matcher(value.trim()).matches()) {
      throw new IllegalArgumentException(
          field + " must be 1-4 hex digits such as 0c2e, was " + quoted(value));
    }
  }

  private static int parse(String hex) {
    String digits = hex.trim().replaceFirst("^0[xX]", "");
    return Integer.parseInt(digits, 16);
  }

  private static String quoted(String value) {
    return value == null ? "missing" : "'" + value + "'";
  }
}
