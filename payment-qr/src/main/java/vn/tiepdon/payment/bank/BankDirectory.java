package vn.tiepdon.payment.bank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The banks a VietQR code can route to, keyed on the BIN: the State Bank of Vietnam list plus the
 * receiving BINs that VietQR providers add, with known conflicts noted on the entries.
 */
public final class BankDirectory {
  private static final String RESOURCE = "banks.csv";

  private final Map<BankBin, Bank> byBin;

  private BankDirectory(Map<BankBin, Bank> byBin) {
    this.byBin = Collections.unmodifiableMap(byBin);
  }

  /** The directory shipped with this release. */
  public static BankDirectory bundled() {
    try (InputStream in = BankDirectory.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bank list " + RESOURCE + " missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bank list " + RESOURCE, e);
    }
  }

  static BankDirectory parse(BufferedReader reader) throws IOException {
    Map<BankBin, Bank> banks = new LinkedHashMap<>();
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Bank bank = parseLine(line, lineNumber);
      if (banks.putIfAbsent(bank.bin(), bank) != null) {
        throw new IllegalStateException(
            "bank list line " + lineNumber + ": BIN " + bank.bin() + " listed twice");
      }
    }
    return new BankDirectory(banks);
  }

  private static Bank parseLine(String line, int lineNumber) {
    String[] cells = line.split(";", 5);
    if (cells.length != 5) {
      throw new IllegalStateException(
          "bank list line " + lineNumber + ": expected 5 ';'-separated cells, was: " + line);
    }
    try {
      return new Bank(
          BankBin.of(cells[0]),
          cells[1],
          optional(cells[2]),
          optional(cells[3]),
          optional(cells[4]));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("bank list line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  private static Optional<String> optional(String cell) {
    return cell.isBlank() ? Optional.empty() : Optional.of(cell.strip());
  }

  public Optional<Bank> find(BankBin bin) {
    return Optional.ofNullable(byBin.get(bin));
  }

  /** Every bank, in BIN order. */
  public List<Bank> all() {
    List<Bank> banks = new ArrayList<>(byBin.values());
    banks.sort((a, b) -> a.bin().value().compareTo(b.bin().value()));
    return banks;
  }

  /** The entries whose BIN sources disagree about. */
  public List<Bank> conflicts() {
    return all().stream().filter(Bank::hasConflict).toList();
  }
}
