package vn.tiepdon.ui.remote;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The notice hospital IT put up with {@code SHOW_MESSAGE}: one at a time (a newer one replaces it),
 * shown until its end time or until staff clear it. The attract screen reads it; whether it is
 * still current is judged at read time against the kiosk's clock, so no timer has to fire at the
 * end.
 */
public final class NoticeBoard {
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile Optional<RemoteNotice> notice = Optional.empty();

  /** Puts a notice up, replacing the one before; called on the command thread. */
  public void post(RemoteNotice posted) {
    if (posted == null) {
      throw new IllegalArgumentException("notice is required");
    }
    notice = Optional.of(posted);
    listeners.forEach(Runnable::run);
  }

  /** Takes the notice down before its end (the staff screen). */
  public void clear() {
    notice = Optional.empty();
    listeners.forEach(Runnable::run);
  }

  /** The notice to show at {@code now}; empty when there is none or it has ended. */
  public Optional<RemoteNotice> current(Instant now) {
    return notice.filter(n -> n.shownAt(now));
  }

  /** Called (on the poster's thread) whenever a notice is put up or cleared. */
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }
}
