package vn.tiepdon.payment.reconcile;

import java.util.Arrays;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * Reference code → intent position, as an open-addressing table of packed codes. A code is {@code
 * TD} + 7 symbols of a 31-letter alphabet, so it packs into a long; a million intents then take 24
 * MB instead of the ~100 MB of a {@code HashMap<String, Integer>}, with no object per entry. See
 * docs/decisions/0010-bank-feeds-and-reconciliation.md.
 */
final class SlotTable {
  private static final long EMPTY = -1;

  private final long[] keys;
  private final int[] slots;
  private final int mask;

  SlotTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    slots = new int[capacity];
    Arrays.fill(keys, EMPTY);
    mask = capacity - 1;
  }

  /** Packs a valid code's 7 symbols in base 31. */
  static long pack(ReferenceCode code) {
    String value = code.value();
    long packed = 0;
    for (int i = ReferenceCode.PREFIX.length(); i < value.length(); i++) {
      packed = packed * 31 + ReferenceCode.ALPHABET.indexOf(value.charAt(i));
    }
    return packed;
  }

  /** Stores {@code slot} for {@code key}; false if the key is there already. */
  boolean putIfAbsent(long key, int slot) {
    int i = index(key);
    while (keys[i] != EMPTY) {
      if (keys[i] == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    slots[i] = slot;
    return true;
  }

  /** The slot of {@code key}, or -1. */
  int get(long key) {
    int i = index(key);
    while (keys[i] != EMPTY) {
      if (keys[i] == key) {
        return slots[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private int index(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
