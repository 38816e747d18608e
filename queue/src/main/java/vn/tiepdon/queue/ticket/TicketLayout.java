package vn.tiepdon.queue.ticket;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Lays out the printed ticket as a black-and-white raster, 576 dots wide (80 mm paper at 203 dpi).
 * Printing an image instead of text makes Vietnamese come out right on any ESC/POS printer,
 * whatever code pages it has.
 */
public final class TicketLayout {
  public static final int WIDTH = 576;
  private static final int MARGIN = 16;
  private static final int GAP = 14;
  private static final int QR_SIZE = 232;
  private static final int INK_THRESHOLD = 150;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** Text every ticket prints; a family that lacks any of these glyphs is refused up front. */
  private static final String VIETNAMESE_SAMPLE = "ẶặỖỗỮữỞởƯưĐđÂâÊêÔôƠơÁáÀàẢảÃãẠạ";

  private final String fontFamily;

  /**
   * @param fontFamily a Java2D font family that covers Vietnamese, registered before use (the kiosk
   *     registers the bundled Be Vietnam Pro)
   */
  public TicketLayout(String fontFamily) {
    Objects.requireNonNull(fontFamily, "fontFamily");
    if (!Arrays.asList(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
        .contains(fontFamily)) {
      throw new IllegalArgumentException(
          "font family '" + fontFamily + "' is not registered with Java2D");
    }
    int missing = new Font(fontFamily, Font.PLAIN, 12).canDisplayUpTo(VIETNAMESE_SAMPLE);
    if (missing >= 0) {
      throw new IllegalArgumentException(
          "font family '"
              + fontFamily
              + "' cannot display Vietnamese '"
              + VIETNAMESE_SAMPLE.charAt(missing)
              + "'");
    }
    this.fontFamily = fontFamily;
  }

  public BufferedImage render(TicketView view) {
    Objects.requireNonNull(view, "view");
    ResourceBundle text = TicketText.of(view.language());
    List<Block> blocks = new ArrayList<>();
    blocks.add(centred(view.hospitalName(), font(Font.BOLD, 26)));
    blocks.add(rule());
    blocks.add(centred(view.serviceName().toUpperCase(view.language()), font(Font.BOLD, 44)));
    blocks.add(centred(view.room(), font(Font.BOLD, 30)));
    blocks.add(centred(text.getString("number.label"), font(Font.PLAIN, 24)));
    blocks.add(largest(view.number().toString()));
    if (view.priority()) {
      blocks.add(inverted(text.getString("priority.mark"), font(Font.BOLD, 40)));
    }
    blocks.add(centred(ahead(view, text), font(Font.PLAIN, 28)));
    blocks.add(qr(view.followUrl()));
    blocks.add(centred(text.getString("follow.caption"), font(Font.PLAIN, 22)));
    blocks.add(rule());
    blocks.add(centred(text.getString("wait.line"), font(Font.BOLD, 28)));
    blocks.add(centred(WHEN.format(view.issuedAt()), font(Font.PLAIN, 24)));
    return draw(blocks);
  }

  private static String ahead(TicketView view, ResourceBundle text) {
    return view.ahead() == 0
        ? text.getString("ahead.none")
        : new MessageFormat(text.getString("ahead.some"), view.language())
            .format(new Object[] {view.ahead(), view.etaMinutes()});
  }

  private Font font(int style, int size) {
    return new Font(fontFamily, style, size);
  }

  private BufferedImage draw(List<Block> blocks) {
    Graphics2D measure = scratch();
    int height = MARGIN * 2;
    for (Block block : blocks) {
      height += block.height(measure) + GAP;
    }
    measure.dispose();

    BufferedImage grey = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    smooth(g);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, height);
    g.setColor(Color.BLACK);
    int y = MARGIN;
    for (Block block : blocks) {
      block.draw(g, y);
      y += block.height(g) + GAP;
    }
    g.dispose();
    return toBlackAndWhite(grey);
  }

  /**
   * Thermal printers have no grey: anti-aliased text is cut at a threshold that keeps strokes and
   * diacritics whole, rather than dithered into speckles.
   */
  private static BufferedImage toBlackAndWhite(BufferedImage grey) {
    BufferedImage bw =
        new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < grey.getHeight(); y++) {
      for (int x = 0; x < grey.getWidth(); x++) {
        int level = grey.getRaster().getSample(x, y, 0);
        bw.setRGB(x, y, level < INK_THRESHOLD ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    return bw;
  }

  private static Graphics2D scratch() {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).createGraphics();
    smooth(g);
    return g;
  }

  private static void smooth(Graphics2D g) {
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
  }

  /** One horizontal band of the ticket. */
  private interface Block {
    int height(Graphics2D g);

    void draw(Graphics2D g, int top);
  }

  private static Block centred(String rawText, Font font) {
    String text = Normalizer.normalize(rawText, Normalizer.Form.NFC);
    return new Block() {
      @Override
      public int height(Graphics2D g) {
        FontMetrics m = g.getFontMetrics(font);
        return lines(text, m).size() * m.getHeight();
      }

      @Override
      public void draw(Graphics2D g, int top) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        int y = top + m.getAscent();
        for (String line : lines(text, m)) {
          g.drawString(line, (WIDTH - m.stringWidth(line)) / 2, y);
          y += m.getHeight();
        }
      }
    };
  }

  /** The number: as large as fits the paper, up to 200 dots; sized by its ink, not its line. */
  private Block largest(String number) {
    int usable = WIDTH - 2 * MARGIN;
    Graphics2D g0 = scratch();
    Font font = font(Font.BOLD, 200);
    while (g0.getFontMetrics(font).stringWidth(number) > usable) {
      font = font.deriveFont(font.getSize2D() - 4);
    }
    Rectangle2D ink = font.createGlyphVector(g0.getFontRenderContext(), number).getVisualBounds();
    g0.dispose();
    Font chosen = font;
    return new Block() {
      @Override
      public int height(Graphics2D g) {
        return (int) Math.ceil(ink.getHeight());
      }

      @Override
      public void draw(Graphics2D g, int top) {
        g.setFont(chosen);
        int left = (int) Math.round((WIDTH - ink.getWidth()) / 2 - ink.getX());
        g.drawString(number, left, top - (int) Math.floor(ink.getY()));
      }
    };
  }

  private static Block inverted(String text, Font font) {
    return new Block() {
      @Override
      public int height(Graphics2D g) {
        return g.getFontMetrics(font).getHeight() + 12;
      }

      @Override
      public void draw(Graphics2D g, int top) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        int boxWidth = m.stringWidth(text) + 48;
        int left = (WIDTH - boxWidth) / 2;
        g.fillRoundRect(left, top, boxWidth, height(g), 16, 16);
        g.setColor(Color.WHITE);
        g.drawString(text, left + 24, top + 6 + m.getAscent());
        g.setColor(Color.BLACK);
      }
    };
  }

  private static Block rule() {
    return new Block() {
      @Override
      public int height(Graphics2D g) {
        return 3;
      }

      @Override
      public void draw(Graphics2D g, int top) {
        g.fillRect(MARGIN, top, WIDTH - 2 * MARGIN, 3);
      }
    };
  }

  private static Block qr(String url) {
    BitMatrix matrix = encode(url);
    int scale = Math.max(1, QR_SIZE / matrix.getWidth());
    int size = matrix.getWidth() * scale;
    return new Block() {
      @Override
      public int height(Graphics2D g) {
        return size;
      }

      @Override
      public void draw(Graphics2D g, int top) {
        int left = (WIDTH - size) / 2;
        for (int y = 0; y < matrix.getHeight(); y++) {
          for (int x = 0; x < matrix.getWidth(); x++) {
            if (matrix.get(x, y)) {
              g.fillRect(left + x * scale, top + y * scale, scale, scale);
            }
          }
        }
      }
    };
  }

  private static BitMatrix encode(String url) {
    try {
      return new QRCodeWriter()
          .encode(
              url,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  2,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("followUrl cannot be encoded as a QR code: " + url, e);
    }
  }

  /** Greedy word wrap to the printable width; a single over-long word is left to overflow. */
  private static List<String> lines(String text, FontMetrics m) {
    int usable = WIDTH - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (m.stringWidth(candidate) <= usable || line.length() == 0) {
        line = new StringBuilder(candidate);
      } else {
        lines.add(line.toString());
        line = new StringBuilder(word);
      }
    }
    lines.add(line.toString());
    return lines;
  }
}
