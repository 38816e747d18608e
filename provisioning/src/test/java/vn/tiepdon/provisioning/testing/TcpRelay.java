package vn.tiepdon.provisioning.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between a client and the broker, to break the network for real: cut every connection
 * (the broker sees a socket close without DISCONNECT and sends the Will), refuse new connections
 * (the broker is unreachable), or hold back the broker's replies (PUBACKs get lost).
 */
public final class TcpRelay implements AutoCloseable {
  private final int targetPort;
  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final Object downstreamGate = new Object();
  private volatile boolean refusing;
  private volatile boolean downstreamPaused;
  private volatile boolean closed;

  public TcpRelay(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "relay-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public String url() {
    return "tcp://127.0.0.1:" + server.getLocalPort();
  }

  /** Closes every relayed connection at once, as a pulled network cable seen by both ends. */
  public void cutConnections() {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Already closed by the other direction.
      }
    }
    sockets.clear();
  }

  /** From now on new connections are closed at once: the broker looks down. */
  public void refuse() {
    refusing = true;
    cutConnections();
  }

  public void admit() {
    refusing = false;
  }

  /** Stops passing the broker's bytes to the client; they wait in the socket buffers. */
  public void pauseDownstream() {
    downstreamPaused = true;
  }

  public void resumeDownstream() {
    synchronized (downstreamGate) {
      downstreamPaused = false;
      downstreamGate.notifyAll();
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket client = server.accept();
        if (refusing) {
          client.close();
          continue;
        }
        Socket broker = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(broker);
        pump(client, broker, false);
        pump(broker, client, true);
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void pump(Socket from, Socket to, boolean downstream) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  if (downstream) {
                    awaitDownstreamOpen();
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // The connection was cut; close the other side too.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            downstream ? "relay-down" : "relay-up");
    thread.setDaemon(true);
    thread.start();
  }

  private void awaitDownstreamOpen() throws InterruptedException {
    synchronized (downstreamGate) {
      while (downstreamPaused && !closed) {
        downstreamGate.wait(100);
      }
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Nothing left to do.
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    resumeDownstream();
    server.close();
    cutConnections();
  }
}
