package vn.tiepdon.payment.webhook.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.FeedFormatException;
import vn.tiepdon.payment.intent.PaymentStoreException;
import vn.tiepdon.payment.reconcile.Outcome;
import vn.tiepdon.payment.webhook.WebhookAuthenticationException;
import vn.tiepdon.payment.webhook.WebhookFormat;

/**
 * The cashier desk's webhook endpoint (JDK HTTP server): {@code POST /webhooks/sepay}, {@code
 * /webhooks/casso}, {@code /webhooks/payos}. Each request is authenticated by its provider's scheme
 * (401 otherwise, logged without the body: transfer content names payers), parsed (400 with the
 * problem), and ingested once per provider transaction id: a repeat is answered 200 and counted as
 * a duplicate so the provider stops retrying. A database failure answers 503 so it retries later.
 * Put it behind the hospital's HTTPS reverse proxy; it speaks plain HTTP.
 */
public final class WebhookServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);

  /** Webhook bodies are a few hundred bytes; anything near this is not one. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final PaymentDesk desk;
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong ingested = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong ignored = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();

  /** Counters since start. */
  public record Stats(
      long received, long ingested, long duplicates, long ignored, long rejected, long malformed) {}

  private WebhookServer(HttpServer server, ExecutorService executor, PaymentDesk desk) {
    this.server = server;
    this.executor = executor;
    this.desk = desk;
  }

  /**
   * Starts serving the given providers.
   *
   * @param address where to listen; port 0 picks a free one
   */
  public static WebhookServer start(
      InetSocketAddress address, List<WebhookFormat> formats, PaymentDesk desk) throws IOException {
    Objects.requireNonNull(desk, "desk");
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("at least one webhook provider must be configured");
    }
    HttpServer http = HttpServer.create(address, 50);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    WebhookServer server = new WebhookServer(http, executor, desk);
    for (WebhookFormat format : formats) {
      http.createContext(path(format), exchange -> server.handle(format, exchange));
    }
    http.setExecutor(executor);
    http.start();
    LOG.info(
        "webhook endpoint listening on port {} for {}",
        http.getAddress().getPort(),
        formats.stream().map(f -> f.source().key()).toList());
    return server;
  }

  /** The path a provider posts to: {@code /webhooks/<provider>}. */
  public static String path(WebhookFormat format) {
    return "/webhooks/" + format.source().key();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public Stats stats() {
    return new Stats(
        received.get(),
        ingested.get(),
        duplicates.get(),
        ignored.get(),
        rejected.get(),
        malformed.get());
  }

  private record Response(int status, String json) {}

  private void handle(WebhookFormat format, HttpExchange exchange) throws IOException {
    Response response;
    try {
      response = process(format, exchange);
    } catch (PaymentStoreException e) {
      LOG.error("webhook not stored; the provider will retry", e);
      response = new Response(503, "{\"success\":false,\"message\":\"try again later\"}");
    } catch (RuntimeException e) {
      LOG.error("webhook failed", e);
      response = new Response(500, "{\"success\":false,\"message\":\"internal error\"}");
    }
    try (exchange) {
      if (response.status() == 405) {
        exchange.getResponseHeaders().add("Allow", "POST");
      }
      reply(exchange, response.status(), response.json());
    }
  }

  private Response process(WebhookFormat format, HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      return new Response(405, "{\"success\":false,\"message\":\"POST only\"}");
    }
    received.incrementAndGet();
    byte[] body = readBody(exchange.getRequestBody());
    if (body == null) {
      malformed.incrementAndGet();
      return new Response(413, "{\"success\":false,\"message\":\"body too large\"}");
    }
    try {
      format.authenticate(name -> exchange.getRequestHeaders().getFirst(name), body);
    } catch (WebhookAuthenticationException | FeedFormatException e) {
      rejected.incrementAndGet();
      LOG.warn(
          "rejected webhook from {}: {}",
          exchange.getRemoteAddress().getAddress().getHostAddress(),
          e.getMessage());
      return new Response(401, "{\"success\":false,\"message\":\"unauthorized\"}");
    }
    java.util.Optional<BankTransfer> transfer;
    try {
      transfer = format.parse(body);
    } catch (FeedFormatException e) {
      malformed.incrementAndGet();
      LOG.warn("malformed webhook: {}", e.getMessage());
      return new Response(
          400, "{\"success\":false,\"message\":" + jsonString(e.getMessage()) + "}");
    }
    if (transfer.isEmpty()) {
      ignored.incrementAndGet();
      return new Response(200, "{\"success\":true,\"ignored\":true}");
    }
    PaymentDesk.Ingested result = desk.ingest(transfer.get());
    if (result.outcome() == Outcome.DUPLICATE) {
      duplicates.incrementAndGet();
      return new Response(200, "{\"success\":true,\"duplicate\":true}");
    }
    ingested.incrementAndGet();
    return new Response(200, "{\"success\":true,\"outcome\":\"" + result.outcome() + "\"}");
  }

  /** The body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    return body.length > MAX_BODY_BYTES ? null : body;
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String jsonString(String text) {
    try {
      return WebhookFormat.JSON.writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return "\"\"";
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
