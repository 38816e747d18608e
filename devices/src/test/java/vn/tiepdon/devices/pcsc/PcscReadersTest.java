package vn.tiepdon.devices.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PcscReadersTest {
  /** Runs against this machine: with or without pcscd and readers, listing never fails. */
  @Test
  void listingNeverThrowsAndExplainsAnEmptyResult() {
    PcscReaders.Listing listing = PcscReaders.list();

    if (listing.readers().isEmpty() && !listing.problem().isEmpty()) {
      assertThat(listing.problem()).isNotBlank();
    } else {
      assertThat(listing.problem()).isEmpty();
      assertThat(listing.readers()).allSatisfy(name -> assertThat(name).isNotBlank());
    }
  }
}
