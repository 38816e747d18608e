package vn.tiepdon.devices.scanner;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what a scanner delivered, for assertions; safe to fill from a reader thread. */
public final class RecordingScanListener implements ScanListener {
  public final List<Scan> scans = new CopyOnWriteArrayList<>();
  public final List<ScanRejection> rejections = new CopyOnWriteArrayList<>();

  @Override
  public void scanned(Scan scan) {
    scans.add(scan);
  }

  @Override
  public void rejected(ScanRejection rejection) {
    rejections.add(rejection);
  }

  public List<String> texts() {
    return scans.stream().map(Scan::text).toList();
  }
}
