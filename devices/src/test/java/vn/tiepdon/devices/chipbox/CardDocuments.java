package vn.tiepdon.devices.chipbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Card documents of made-up citizens (citizen-id's sample/MadeUpCitizens), as a box would send. */
public final class CardDocuments {
  static final ObjectMapper JSON = new ObjectMapper();
  public static final String QR =
      "079085001234|025123456|Nguyễn Văn An|15031985|Nam|12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ"
          + " Chí Minh|20042021";

  private CardDocuments() {}

  /** A drawn test picture (not a face) as JPEG. */
  public static byte[] jpeg() {
    BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.LIGHT_GRAY);
    g.fillRect(0, 0, 60, 80);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(15, 15, 30, 40);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Nguyễn Văn An's card, complete and valid. */
  public static ObjectNode valid() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "tiepdon-card/1");
    root.put("qr", QR);
    ObjectNode chip = root.putObject("chip");
    chip.put("idNumber", "079085001234");
    chip.put("oldIdNumber", "025123456");
    chip.put("fullName", "Nguyễn Văn An");
    chip.put("dateOfBirth", "15/03/1985");
    chip.put("sex", "Nam");
    chip.put("placeOfOrigin", "Quận 1, TP. Hồ Chí Minh");
    chip.put("placeOfResidence", "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh");
    chip.put("issueDate", "20/04/2021");
    chip.put("expiryDate", "15/03/2025");
    root.put("faceImage", Base64.getEncoder().encodeToString(jpeg()));
    return root;
  }

  public static byte[] bytes(ObjectNode document) {
    return document.toString().getBytes(UTF_8);
  }
}
