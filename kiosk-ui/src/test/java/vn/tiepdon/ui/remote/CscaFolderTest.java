package vn.tiepdon.ui.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.software.TestIssuer;

class CscaFolderTest {
  private static final TestIssuer OLD = TestIssuer.generate("TiepDon old CSCA", Clock.systemUTC());
  private static final TestIssuer NEW_1 = TestIssuer.generate("TiepDon CSCA 1", Clock.systemUTC());
  private static final TestIssuer NEW_2 = TestIssuer.generate("TiepDon CSCA 2", Clock.systemUTC());

  @TempDir Path home;
  private final List<CscaTrustStore> reloaded = new ArrayList<>();

  @Test
  void theNewListReplacesTheFolderTheOldOneIsKeptAndTheTrustStoreReloaded() throws Exception {
    Path folder = home.resolve("csca");
    CscaFolder csca = new CscaFolder(folder, reloaded::add);
    csca.replace(List.of(OLD.csca()));

    csca.replace(List.of(NEW_1.csca(), NEW_2.csca(), NEW_1.csca()));

    CscaTrustStore now = CscaTrustStore.fromDirectory(folder);
    assertThat(now.certificates()).containsExactlyInAnyOrder(NEW_1.csca(), NEW_2.csca());
    assertThat(CscaTrustStore.fromDirectory(csca.backup()).certificates())
        .containsExactly(OLD.csca());
    assertThat(reloaded).hasSize(2);
    assertThat(reloaded.get(1).certificates())
        .containsExactlyInAnyOrderElementsOf(now.certificates());
    // The reloaded store is what the chip reader needs: it finds the issuer of a document signer.
    assertThat(reloaded.get(1).issuerOf(NEW_2.documentSigner())).contains(NEW_2.csca());
    assertThat(reloaded.get(1).issuerOf(OLD.documentSigner())).isEmpty();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aCertificateThatIsNotACaIsRefusedAndTheFolderIsUntouched() throws Exception {
    Path folder = home.resolve("csca");
    CscaFolder csca = new CscaFolder(folder, reloaded::add);
    csca.replace(List.of(OLD.csca()));
    Map<String, byte[]> before = contents(folder);

    assertThatThrownBy(() -> csca.replace(List.of(NEW_1.csca(), NEW_1.documentSigner())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("certificate 2")
        .hasMessageContaining("is not a CA certificate");
    assertThatThrownBy(() -> csca.replace(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");

    Map<String, byte[]> after = contents(folder);
    assertThat(after).containsOnlyKeys(before.keySet());
    before.forEach((name, bytes) -> assertThat(after.get(name)).isEqualTo(bytes));
    assertThat(Files.exists(csca.backup())).isFalse();
    assertThat(reloaded).hasSize(1);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aSwapCutBetweenItsRenamesIsRepairedFromTheBackup() throws Exception {
    Path folder = home.resolve("csca");
    new CscaFolder(folder, reloaded::add).replace(List.of(OLD.csca()));
    Files.move(folder, home.resolve("csca.bak")); // as if power failed after the first rename

    new CscaFolder(folder, reloaded::add);

    assertThat(CscaTrustStore.fromDirectory(folder).certificates()).containsExactly(OLD.csca());
  }

  @Test
  void theFirstListCreatesTheFolder() throws Exception {
    Path folder = home.resolve("new/csca");
    Files.createDirectories(folder.getParent());
    new CscaFolder(folder, reloaded::add).replace(List.of(NEW_1.csca()));
    assertThat(CscaTrustStore.fromDirectory(folder).size()).isEqualTo(1);
  }

  @Test
  void atStartARelativeFolderIsTheOneItsUpdatesGoTo() throws Exception {
    // home is a temp folder, never the working directory: a relative chip.cscaFolder must still
    // be read where IT's updates are written.
    Path dataDir = home.resolve("data");
    new CscaFolder(CscaFolder.configured("trust/csca", home, dataDir), reloaded::add)
        .replace(List.of(NEW_1.csca()));

    assertThat(CscaFolder.atStart("trust/csca", home, dataDir).certificates())
        .containsExactly(NEW_1.csca());
    assertThat(Files.exists(Path.of("trust/csca")))
        .as("nothing in the working directory")
        .isFalse();
  }

  @Test
  void atStartWithoutAFolderTrustsWhatItSentElseNothing() throws Exception {
    Path dataDir = home.resolve("data");
    assertThat(CscaFolder.atStart("", home, dataDir).size()).isZero();

    new CscaFolder(CscaFolder.configured("", home, dataDir), reloaded::add)
        .replace(List.of(NEW_2.csca()));
    assertThat(CscaFolder.atStart(" ", home, dataDir).certificates()).containsExactly(NEW_2.csca());
  }

  private List<Path> leftovers() throws Exception {
    try (Stream<Path> files = Files.list(home)) {
      return files.filter(p -> p.getFileName().toString().contains(".new-")).toList();
    }
  }

  private static Map<String, byte[]> contents(Path folder) throws Exception {
    Map<String, byte[]> all = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        all.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return all;
  }

  @Test
  void aKioskWithoutAConfiguredFolderKeepsItsListInTheDataFolderNeverInTheInstallation()
      throws Exception {
    Path data = home.resolve("data");
    assertThat(CscaFolder.configured("", home, data)).isEqualTo(data.resolve("csca"));
    assertThat(CscaFolder.configured("trust/csca", home, data))
        .isEqualTo(home.resolve("trust/csca"));
    assertThat(CscaFolder.received(data)).isEmpty();

    new CscaFolder(CscaFolder.configured("", home, data), reloaded::add)
        .replace(List.of(OLD.csca()));
    assertThat(CscaFolder.received(data).orElseThrow().certificates()).containsExactly(OLD.csca());

    // A folder that would resolve to the installation (or above it) or the data folder would be
    // moved aside whole by the swap: refused, named.
    for (String bad : new String[] {".", "..", "data"}) {
      assertThatThrownBy(() -> CscaFolder.configured(bad, home, data))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("chip.cscaFolder must be a folder of its own")
          .hasMessageContaining("'" + bad + "'");
    }
  }
}
