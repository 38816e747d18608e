package vn.tiepdon.payment.reconcile;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.feed.FeedFormatException;
import vn.tiepdon.payment.reference.InvalidReferenceCodeException;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * Reads the intents to reconcile from CSV: header {@code reference,amount,created_at,expires_at},
 * times ISO-8601 with offset, amounts whole dong; UTF-8 with or without a byte-order mark.
 */
public final class IntentCsv {
  static final List<String> HEADER = List.of("reference", "amount", "created_at", "expires_at");

  private IntentCsv() {}

  /**
   * @throws FeedFormatException naming file, line, column and value of the first bad cell
   */
  public static List<ExpectedPayment> read(Path file) {
    String name = file.getFileName().toString();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, name);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new FeedFormatException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read intents " + file, e);
    }
  }

  static List<ExpectedPayment> read(Reader reader, String name) throws IOException {
    List<ExpectedPayment> intents = new ArrayList<>();
    try (MappingIterator<List<String>> rows =
        new CsvMapper()
            .readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.SKIP_EMPTY_LINES)
            .with(CsvSchema.emptySchema())
            .readValues(reader)) {
      if (!rows.hasNextValue()) {
        throw new FeedFormatException(
            name + ": empty; expected header " + String.join(",", HEADER));
      }
      List<String> header = rows.next().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
      if (!header.equals(HEADER)) {
        throw new FeedFormatException(
            name
                + " line 1: header must be "
                + String.join(",", HEADER)
                + ", was "
                + String.join(",", header));
      }
      while (rows.hasNextValue()) {
        long line = rows.getCurrentLocation().getLineNr();
        List<String> row = rows.next();
        if (row.size() != HEADER.size()) {
          throw new FeedFormatException(
              name + " line " + line + ": expected 4 cells, found " + row.size());
        }
        intents.add(parse(row, name + " line " + line));
      }
    }
    return intents;
  }

  private static ExpectedPayment parse(List<String> row, String where) {
    ReferenceCode reference;
    try {
      reference = new ReferenceCode(row.get(0).strip());
    } catch (InvalidReferenceCodeException e) {
      throw new FeedFormatException(where + ", column reference: " + e.getMessage(), e);
    }
    String amountText = row.get(1).strip();
    if (!amountText.matches("\\d{1,12}")) {
      throw new FeedFormatException(
          where + ", column amount: must be a whole number of dong, was \"" + amountText + "\"");
    }
    Instant created = time(row.get(2), where + ", column created_at");
    Instant expires = time(row.get(3), where + ", column expires_at");
    try {
      return new ExpectedPayment(
          reference, Money.ofDong(Long.parseLong(amountText)), created, expires);
    } catch (IllegalArgumentException e) {
      throw new FeedFormatException(where + ": " + e.getMessage(), e);
    }
  }

  private static Instant time(String text, String where) {
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new FeedFormatException(
          where
              + ": must be ISO-8601 with offset (2026-12-01T09:15:00+07:00), was \""
              + text
              + "\"");
    }
  }
}
