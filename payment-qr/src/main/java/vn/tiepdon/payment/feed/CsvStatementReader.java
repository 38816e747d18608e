package vn.tiepdon.payment.feed;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import vn.tiepdon.payment.Money;

/**
 * Reads the credits of a bank statement CSV (UTF-8, with or without a byte-order mark) laid out as
 * a {@link CsvStatementFormat} says. Quoted cells may span lines (wrapped descriptions). Title rows
 * before the header and rows that are neither a transaction nor empty (a totals line without
 * reference and date) are skipped and counted; any other row that cannot be read stops the import
 * with its line, column and value named.
 */
public final class CsvStatementReader {
  private static final CsvMapper MAPPER = new CsvMapper();

  private final CsvStatementFormat format;

  public CsvStatementReader(CsvStatementFormat format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  /** What a statement held besides its credits. */
  public record Summary(int credits, int debitsSkipped, int otherRowsSkipped) {}

  /** Reads every credit of {@code file} into a list. */
  public List<BankTransfer> readAll(Path file) {
    List<BankTransfer> transfers = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read(in, file.getFileName().toString(), transfers::add);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new FeedFormatException(file + ": not UTF-8 text (save the statement as CSV UTF-8)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read statement " + file, e);
    }
    return transfers;
  }

  /**
   * Streams the credits of a statement to {@code sink}.
   *
   * @param sourceName file name for messages
   * @throws FeedFormatException naming line, column and value of the first unreadable row
   */
  public Summary read(Reader reader, String sourceName, Consumer<BankTransfer> sink)
      throws IOException {
    Reader in = skipByteOrderMark(new BufferedReader(reader));
    CsvSchema schema =
        CsvSchema.emptySchema().withColumnSeparator(format.delimiter()).withQuoteChar('"');
    int credits = 0;
    int debits = 0;
    int other = 0;
    try (MappingIterator<List<String>> rows =
        MAPPER
            .readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.SKIP_EMPTY_LINES)
            .with(schema)
            .readValues(in)) {
      Columns columns = format.headerless() ? Columns.resolve(format, List.of()) : null;
      while (hasNext(rows, sourceName)) {
        long line = rows.getCurrentLocation().getLineNr();
        List<String> row = rows.next();
        if (columns == null) {
          Columns found = Columns.resolve(format, row);
          if (found != null) {
            columns = found;
          } else {
            other++;
          }
          continue;
        }
        if (row.stream().allMatch(c -> c == null || c.isBlank())) {
          continue;
        }
        Where where = new Where(sourceName, line);
        String id = columns.cell(row, columns.transactionId);
        String date = columns.cell(row, columns.bookedAt);
        if (id.isBlank() && date.isBlank()) {
          other++; // a totals or footer line
          continue;
        }
        long dong = columns.amountOf(row, where);
        if (dong < 0) {
          debits++;
          continue;
        }
        if (dong == 0) {
          other++;
          continue;
        }
        if (id.isBlank()) {
          throw where.error(format.transactionId(), id, "missing transaction reference");
        }
        Instant bookedAt;
        try {
          bookedAt = format.dates().parse(date);
        } catch (IllegalArgumentException e) {
          throw where.error(format.bookedAt(), date, e.getMessage());
        }
        String account =
            columns.account >= 0 ? columns.cell(row, columns.account) : format.fixedAccount();
        try {
          sink.accept(
              new BankTransfer(
                  TransferSource.STATEMENT,
                  id.strip(),
                  bookedAt,
                  Money.ofDong(dong),
                  columns.cell(row, columns.content),
                  account));
        } catch (IllegalArgumentException e) {
          throw new FeedFormatException(where + ": " + e.getMessage(), e);
        }
        credits++;
      }
      if (columns == null) {
        throw new FeedFormatException(
            sourceName
                + ": no header row with the columns of statement format "
                + format.name()
                + " "
                + format.requiredColumns().stream().map(CsvColumn::describe).toList());
      }
    }
    return new Summary(credits, debits, other);
  }

  private static boolean hasNext(MappingIterator<List<String>> rows, String sourceName) {
    try {
      return rows.hasNextValue();
    } catch (IOException e) {
      throw new FeedFormatException(
          sourceName + " line " + rows.getCurrentLocation().getLineNr() + ": " + e.getMessage(), e);
    }
  }

  private static Reader skipByteOrderMark(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  private record Where(String source, long line) {
    FeedFormatException error(CsvColumn column, String value, String problem) {
      String quoted = "\"" + value + "\"";
      return new FeedFormatException(
          this
              + ", column "
              + column.describe()
              + ": "
              + (problem.contains(quoted) ? problem : problem + ": " + quoted));
    }

    @Override
    public String toString() {
      return source + " line " + line;
    }
  }

  /** Column positions resolved against the header row. */
  private static final class Columns {
    final CsvStatementFormat format;
    int transactionId;
    int bookedAt;
    int amount = -1;
    int credit = -1;
    int debit = -1;
    int content;
    int account = -1;

    private Columns(CsvStatementFormat format) {
      this.format = format;
    }

    /** The positions when {@code header} has every named column, else null. */
    static Columns resolve(CsvStatementFormat format, List<String> header) {
      Columns c = new Columns(format);
      c.transactionId = CsvColumn.resolve(format.transactionId(), header);
      c.bookedAt = CsvColumn.resolve(format.bookedAt(), header);
      c.content = CsvColumn.resolve(format.content(), header);
      c.amount = format.amount().map(col -> CsvColumn.resolve(col, header)).orElse(-2);
      c.credit = format.credit().map(col -> CsvColumn.resolve(col, header)).orElse(-2);
      c.debit = format.debit().map(col -> CsvColumn.resolve(col, header)).orElse(-2);
      c.account = format.account().map(col -> CsvColumn.resolve(col, header)).orElse(-2);
      if (c.transactionId < 0
          || c.bookedAt < 0
          || c.content < 0
          || c.amount == -1
          || c.credit == -1
          || c.debit == -1
          || c.account == -1) {
        return null;
      }
      return c;
    }

    String cell(List<String> row, int index) {
      if (index < 0 || index >= row.size() || row.get(index) == null) {
        return "";
      }
      return row.get(index);
    }

    /** Positive for a credit, negative for a debit, zero for neither. */
    long amountOf(List<String> row, Where where) {
      if (amount >= 0) {
        return parse(row, amount, format.amount().orElseThrow(), where);
      }
      long credited = parse(row, credit, format.credit().orElseThrow(), where);
      if (credited > 0) {
        return credited;
      }
      long debited = debit >= 0 ? parse(row, debit, format.debit().orElseThrow(), where) : 0;
      return debited != 0 ? -Math.abs(debited) : credited;
    }

    private long parse(List<String> row, int index, CsvColumn column, Where where) {
      String text = cell(row, index);
      try {
        Long dong = format.amounts().parseDong(text);
        return dong == null ? 0 : dong;
      } catch (IllegalArgumentException e) {
        throw where.error(column, text, e.getMessage());
      }
    }
  }
}
