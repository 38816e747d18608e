package vn.tiepdon.provisioning.mqtt;

import java.util.concurrent.ThreadFactory;

/**
 * Named daemon threads for background work: a name shows in thread dumps and logs, and a daemon
 * thread never keeps the process alive after the application has closed.
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  public static ThreadFactory named(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
