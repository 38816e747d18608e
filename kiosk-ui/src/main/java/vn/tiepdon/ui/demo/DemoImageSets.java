package vn.tiepdon.ui.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the people in the demo's faces folder: the pictures directly in it grouped by person (the
 * file name up to its first {@code _<digits>}: {@code franck_01829.jpg} and {@code
 * franck_02045.jpg} are one person, {@code grace_hopper.jpg} and {@code grace_hopper_512x512.jpg}
 * another), and each sub-folder as one person (a presenter drops a folder of their own frames in
 * there). The {@code dg2} folder holds chip photos, not what a camera sees, and is left out.
 */
final class DemoImageSets {
  private static final Pattern PICTURE = Pattern.compile("(?i).+\\.(jpg|jpeg|png)$");
  private static final Pattern PERSON = Pattern.compile("^(.+?)(_\\d.*)?\\.[A-Za-z]+$");

  /** Characters that would change the meaning of the glob {@link DemoImageSet#glob()} builds. */
  private static final Pattern GLOB_SPECIAL = Pattern.compile("[{}\\[\\]*?,\\\\]");

  private DemoImageSets() {}

  /** The sets found in {@code folder}, sorted by label; none when it does not exist. */
  static List<DemoImageSet> in(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    Map<String, List<String>> people = new TreeMap<>();
    List<DemoImageSet> sets = new ArrayList<>();
    for (Path entry : list(folder)) {
      String name = entry.getFileName().toString();
      if (Files.isDirectory(entry) && !name.equalsIgnoreCase("dg2")) {
        List<String> pictures = pictures(entry);
        if (!pictures.isEmpty()) {
          sets.add(new DemoImageSet(name + "/", entry, pictures));
        }
      } else if (isPicture(entry)) {
        Matcher person = PERSON.matcher(name);
        String who = person.matches() ? person.group(1) : name;
        people.computeIfAbsent(who.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(name);
      }
    }
    people.forEach((who, files) -> sets.add(new DemoImageSet(who, folder, files)));
    sets.sort(java.util.Comparator.comparing(DemoImageSet::label));
    return List.copyOf(sets);
  }

  /**
   * The set holding the first file a camera configured with {@code folder} and {@code glob} plays.
   */
  static Optional<DemoImageSet> firstPlayed(List<DemoImageSet> sets, Path folder, String glob) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    java.nio.file.PathMatcher matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
    return list(folder).stream()
        .filter(f -> Files.isRegularFile(f) && matcher.matches(f.getFileName()))
        .findFirst()
        .flatMap(f -> holding(sets, f));
  }

  /** The set holding {@code file}, if any. */
  static Optional<DemoImageSet> holding(List<DemoImageSet> sets, Path file) {
    return sets.stream().filter(s -> s.contains(file)).findFirst();
  }

  private static List<String> pictures(Path folder) {
    return list(folder).stream()
        .filter(DemoImageSets::isPicture)
        .map(p -> p.getFileName().toString())
        .toList();
  }

  private static boolean isPicture(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && PICTURE.matcher(name).matches()
        && !GLOB_SPECIAL.matcher(name).find();
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the demo's faces folder " + folder, e);
    }
  }
}
