package vn.tiepdon.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP path from a kiosk to its broker that a test can sever, as a pulled network cable would:
 * while severed, open connections are closed and new ones refused.
 */
final class SeverableLink implements AutoCloseable {
  private final ServerSocket server;
  private final int targetPort;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean severed;

  SeverableLink(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "severable-link");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "tcp://127.0.0.1:" + server.getLocalPort();
  }

  void sever() {
    severed = true;
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    open.clear();
  }

  void mend() {
    severed = false;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket kiosk = server.accept();
        if (severed) {
          closeQuietly(kiosk);
          continue;
        }
        Socket broker = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        open.add(kiosk);
        open.add(broker);
        pump(kiosk, broker);
        pump(broker, kiosk);
      } catch (IOException e) {
        // closed, or the broker refused: the kiosk sees its connection fail and retries
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (SocketException e) {
                // severed
              } catch (IOException e) {
                // either side went away
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "severable-link-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    sever();
    server.close();
  }
}
