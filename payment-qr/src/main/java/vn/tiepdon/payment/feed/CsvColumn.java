package vn.tiepdon.payment.feed;

import java.util.List;
import java.util.Objects;
import vn.tiepdon.payment.text.AsciiFolding;

/**
 * Where a field sits in a statement: under one of some header names (compared without case,
 * diacritics, spaces or punctuation, so {@code "Số tiền ghi có"} finds {@code "SO TIEN GHI CO"}),
 * or at a fixed 0-based index.
 */
public sealed interface CsvColumn {

  /** A column found by its header text. */
  static CsvColumn named(String... names) {
    return new Named(List.of(names));
  }

  /** A column at a 0-based position, for files without a header row. */
  static CsvColumn at(int index) {
    return new Indexed(index);
  }

  /** What to call the column in an error message. */
  String describe();

  /** A column under one of these header names. */
  record Named(List<String> names) implements CsvColumn {
    public Named {
      names = List.copyOf(names);
      if (names.isEmpty() || names.stream().anyMatch(n -> AsciiFolding.compact(n).isEmpty())) {
        throw new IllegalArgumentException("a column needs at least one header name, was " + names);
      }
    }

    boolean matches(String header) {
      String compact = AsciiFolding.compact(header);
      return names.stream().anyMatch(n -> AsciiFolding.compact(n).equals(compact));
    }

    @Override
    public String describe() {
      return "\"" + names.get(0) + "\"";
    }
  }

  /** A column at a fixed position. */
  record Indexed(int index) implements CsvColumn {
    public Indexed {
      if (index < 0) {
        throw new IllegalArgumentException("column index must be >= 0, was " + index);
      }
    }

    @Override
    public String describe() {
      return "#" + (index + 1);
    }
  }

  /** Used by the reader; a named column must be found in the header row. */
  static int resolve(CsvColumn column, List<String> header) {
    Objects.requireNonNull(column, "column");
    if (column instanceof Indexed indexed) {
      return indexed.index();
    }
    Named named = (Named) column;
    for (int i = 0; i < header.size(); i++) {
      if (named.matches(header.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
