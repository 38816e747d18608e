package vn.tiepdon.devices.printer.escpos;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An Epson-compatible thermal printer at the far end of a pty pair: it parses the ESC/POS commands
 * the adapter sends, records them and every byte, and answers DLE EOT 1/2/4 and GS r 1 from a
 * scripted state (paper OK / near end / out, cover open, an error, silent, garbage). As on a real
 * printer, GS r is answered only once the job before it could print, i.e. never while offline.
 */
final class PrinterEmulator implements AutoCloseable {
  enum Paper {
    OK,
    NEAR_END,
    OUT
  }

  /** One parsed command: its name as the Epson reference writes it, its parameters, its data. */
  record Command(String name, int[] params, byte[] data) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(name);
      for (int p : params) {
        s.append(' ').append(p);
      }
      return data.length == 0 ? s.toString() : s + " [" + data.length + " bytes]";
    }
  }

  volatile Paper paper = Paper.OK;
  volatile boolean coverOpen;
  volatile boolean error;
  volatile boolean silent;
  volatile boolean garbage;

  /** Keeps answering DLE EOT but never GS r: a job that stays stuck in the buffer. */
  volatile boolean silentAfterJob;

  /** Runs (on the emulator's thread) when a raster command's header has arrived. */
  volatile Consumer<PrinterEmulator> onRasterHeader = e -> {};

  private final InputStream in;
  private final OutputStream out;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private final List<Command> commands = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  PrinterEmulator(Path printerSide) throws IOException {
    this.in = new BufferedInputStream(Files.newInputStream(printerSide));
    this.out = Files.newOutputStream(printerSide);
    this.thread = new Thread(this::run, "printer-emulator");
    thread.setDaemon(true);
    thread.start();
  }

  PrinterEmulator paper(Paper level) {
    paper = level;
    return this;
  }

  List<Command> commands() {
    return List.copyOf(commands);
  }

  /** The commands other than status requests: what would come out on paper. */
  List<Command> jobCommands() {
    return commands.stream()
        .filter(c -> !c.name().equals("DLE EOT") && !c.name().equals("GS r"))
        .toList();
  }

  List<String> jobCommandNames() {
    return jobCommands().stream().map(Command::toString).toList();
  }

  synchronized byte[] receivedBytes() {
    return received.toByteArray();
  }

  private void run() {
    try {
      while (running) {
        parse(next());
      }
    } catch (IOException e) {
      // EOF or EIO: the pty went away (unplugged or closed).
    }
  }

  private int next() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException();
    }
    synchronized (this) {
      received.write(b);
    }
    return b;
  }

  private byte[] next(int n) throws IOException {
    byte[] data = new byte[n];
    for (int i = 0; i < n; i++) {
      data[i] = (byte) next();
    }
    return data;
  }

  private void parse(int b) throws IOException {
    switch (b) {
      case 0x0A -> add("LF");
      case 0x10 -> dle();
      case 0x1B -> esc();
      case 0x1D -> gs();
      default -> add(String.format("UNKNOWN 0x%02x", b));
    }
  }

  private void dle() throws IOException {
    int b = next();
    if (b != 0x04) {
      add(String.format("UNKNOWN DLE 0x%02x", b));
      return;
    }
    int n = next();
    add("DLE EOT", n);
    answerRealTime(n);
  }

  private void esc() throws IOException {
    int b = next();
    switch (b) {
      case '@' -> add("ESC @");
      case '2' -> add("ESC 2");
      case 'a' -> add("ESC a", next());
      case 'M' -> add("ESC M", next());
      case 'E' -> add("ESC E", next());
      case '-' -> add("ESC -", next());
      case 'd' -> add("ESC d", next());
      default -> add(String.format("UNKNOWN ESC 0x%02x", b));
    }
  }

  private void gs() throws IOException {
    int b = next();
    switch (b) {
      case '!' -> add("GS !", next());
      case 'B' -> add("GS B", next());
      case 'V' -> {
        int m = next();
        if (m == 65 || m == 66) {
          add("GS V", m, next());
        } else {
          add("GS V", m);
        }
      }
      case 'r' -> {
        int n = next();
        add("GS r", n);
        answerAfterJob();
      }
      case 'v' -> raster();
      default -> add(String.format("UNKNOWN GS 0x%02x", b));
    }
  }

  /** GS v 0 m xL xH yL yH d1...dk with k = (xL + xH·256) · (yL + yH·256). */
  private void raster() throws IOException {
    int zero = next();
    int m = next();
    int xBytes = next() | next() << 8;
    int rows = next() | next() << 8;
    onRasterHeader.accept(this);
    byte[] data = next(xBytes * rows);
    String name = zero == '0' ? "GS v 0" : String.format("UNKNOWN GS v 0x%02x", zero);
    commands.add(new Command(name, new int[] {m, xBytes, rows}, data));
  }

  private void add(String name, int... params) {
    commands.add(new Command(name, params, new byte[0]));
  }

  private boolean offline() {
    return coverOpen || paper == Paper.OUT || error;
  }

  private void answerRealTime(int n) throws IOException {
    if (silent) {
      return;
    }
    if (garbage) {
      answer('A');
      return;
    }
    int fixed = 0x12;
    switch (n) {
      case 1 -> answer(fixed | (offline() ? 0x08 : 0));
      case 2 ->
          answer(
              fixed
                  | (coverOpen ? 0x04 : 0)
                  | (paper == Paper.OUT ? 0x20 : 0)
                  | (error ? 0x40 : 0));
      case 3 -> answer(fixed);
      case 4 ->
          answer(
              fixed
                  | (paper != Paper.OK ? 0x0C : 0) // near-end sensor sees little paper
                  | (paper == Paper.OUT ? 0x60 : 0));
      default -> {}
    }
  }

  private void answerAfterJob() throws IOException {
    if (silent || silentAfterJob || offline()) {
      return; // the job waits in the buffer; a real printer answers after recovery
    }
    answer(paper == Paper.NEAR_END ? 0x03 : 0x00);
  }

  private void answer(int b) throws IOException {
    out.write(b);
    out.flush();
  }

  /** The raster bands stitched back into one image (1 bits black), as the head would print it. */
  BufferedImage printedImage() {
    List<Command> bands = new ArrayList<>();
    for (Command c : commands) {
      if (c.name().equals("GS v 0")) {
        bands.add(c);
      }
    }
    if (bands.isEmpty()) {
      throw new IllegalStateException("nothing was printed");
    }
    int xBytes = bands.get(0).params()[1];
    int height = bands.stream().mapToInt(c -> c.params()[2]).sum();
    BufferedImage image = new BufferedImage(xBytes * 8, height, BufferedImage.TYPE_BYTE_BINARY);
    int top = 0;
    for (Command band : bands) {
      int rows = band.params()[2];
      for (int y = 0; y < rows; y++) {
        for (int x = 0; x < xBytes * 8; x++) {
          int bit = band.data()[y * xBytes + x / 8] >> (7 - x % 8) & 1;
          image.setRGB(x, top + y, bit == 1 ? 0xFF000000 : 0xFFFFFFFF);
        }
      }
      top += rows;
    }
    return image;
  }

  @Override
  public void close() throws IOException {
    running = false;
    thread.interrupt();
    out.close();
    in.close();
  }
}
