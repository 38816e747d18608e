package vn.tiepdon.ui.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NoticeBoardTest {
  private static final Instant NOON = Instant.parse("2026-12-02T05:00:00Z");

  @Test
  void aNoticeShowsUntilItsEndThenIsGone() {
    NoticeBoard board = new NoticeBoard();
    AtomicInteger changes = new AtomicInteger();
    board.onChange(changes::incrementAndGet);
    assertThat(board.current(NOON)).isEmpty();

    RemoteNotice notice = new RemoteNotice("Tạm ngừng", "Paused", NOON.plusSeconds(600));
    board.post(notice);
    assertThat(board.current(NOON)).contains(notice);
    assertThat(board.current(NOON.plusSeconds(599))).contains(notice);
    assertThat(board.current(NOON.plusSeconds(600))).isEmpty();
    assertThat(changes).hasValue(1);
  }

  @Test
  void aNewerNoticeReplacesTheOldOneAndStaffCanClearIt() {
    NoticeBoard board = new NoticeBoard();
    board.post(new RemoteNotice("Một", "One", NOON.plusSeconds(600)));
    RemoteNotice second = new RemoteNotice("Hai", "Two", NOON.plusSeconds(60));
    board.post(second);
    assertThat(board.current(NOON)).contains(second);
    board.clear();
    assertThat(board.current(NOON)).isEmpty();
    assertThatThrownBy(() -> board.post(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
