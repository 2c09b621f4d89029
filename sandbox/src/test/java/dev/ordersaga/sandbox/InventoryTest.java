package dev.ordersaga.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.sandbox.support.Bodies;
import dev.ordersaga.sandbox.support.Reply;
import dev.ordersaga.sandbox.support.SandboxClient;
import dev.ordersaga.sandbox.support.SandboxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InventoryTest {
  @RegisterExtension static final SandboxExtension APP = SandboxExtension.inMemory();

  private final SandboxClient client = APP.client();

  @Test
  void reservationNeverOversellsUnderConcurrency() throws Exception {
    client.put("/admin/stock", "{\"RACE-A\":30}");
    client.put("/admin/stock", "{\"RACE-B\":40}");
    int threads = 16;
    int perThread = 3;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Reply>>> work = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        work.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Reply> replies = new ArrayList<>();
                  for (int i = 0; i < perThread; i++) {
                    String orderId = "race-" + thread + "-" + i;
                    String lines =
                        thread % 2 == 0
                            ? "[{\"sku\":\"RACE-A\",\"quantity\":2},{\"sku\":\"RACE-B\",\"quantity\":1}]"
                            : "[{\"sku\":\"RACE-B\",\"quantity\":1},{\"sku\":\"RACE-A\",\"quantity\":2}]";
                    replies.add(
                        client.post(
                            "/inventory/reservations",
                            "reserve-" + orderId,
                            "{\"orderId\":\"" + orderId + "\",\"lines\":" + lines + "}"));
                  }
                  return replies;
                }));
      }
      start.countDown();
      List<Reply> replies = new ArrayList<>();
      for (Future<List<Reply>> batch : work) {
        replies.addAll(batch.get());
      }

      long reserved = replies.stream().filter(r -> r.status() == 201).count();
      assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).isIn(201, 409));
      assertThat(reserved).isEqualTo(15);
      JsonNode a = client.get("/inventory/stock/RACE-A").json();
      JsonNode b = client.get("/inventory/stock/RACE-B").json();
      assertThat(a.path("available").asLong()).isZero();
      assertThat(a.path("reserved").asLong()).isEqualTo(30);
      assertThat(b.path("available").asLong()).isEqualTo(25);
      assertThat(b.path("reserved").asLong()).isEqualTo(15);
      assertThat(total(a)).isEqualTo(30);
      assertThat(total(b)).isEqualTo(40);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fiftyThreadsReservingOneSkuReserveExactlyTheStock() throws Exception {
    client.put("/admin/stock", "{\"HOT-1\":20}");
    int threads = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Reply>> work = new ArrayList<>();
    try {
      for (int t = 0; t < threads * 2; t++) {
        String orderId = "hot-" + t;
        work.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.post(
                      "/inventory/reservations",
                      "reserve-" + orderId,
                      Bodies.reservation(orderId, "HOT-1", 1));
                }));
      }
      start.countDown();
      long reserved = 0;
      for (Future<Reply> reply : work) {
        int status = reply.get().status();
        assertThat(status).isIn(201, 409);
        reserved += status == 201 ? 1 : 0;
      }

      JsonNode hot = client.get("/inventory/stock/HOT-1").json();
      assertThat(reserved).isEqualTo(20);
      assertThat(hot.path("available").asLong()).isZero();
      assertThat(hot.path("reserved").asLong()).isEqualTo(20);
      assertThat(total(hot)).isEqualTo(20);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aReservationTakesAllLinesOrNone() {
    client.put("/admin/stock", "{\"ALL-A\":5}");
    client.put("/admin/stock", "{\"ALL-B\":1}");

    Reply refused =
        client.post(
            "/inventory/reservations",
            "all-1",
            "{\"orderId\":\"all-1\",\"lines\":[{\"sku\":\"ALL-A\",\"quantity\":3},"
                + "{\"sku\":\"ALL-B\",\"quantity\":2}]}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.field("code")).isEqualTo("OutOfStock");
    assertThat(client.get("/inventory/stock/ALL-A").json().path("available").asLong()).isEqualTo(5);
    assertThat(client.effectsOf("all-1").path("stock.reserve").asLong()).isZero();
  }

  @Test
  void releaseReturnsReservedUnitsToAvailable() {
    client.put("/admin/stock", "{\"REL\":10}");
    client.post("/inventory/reservations", "rel-1", Bodies.reservation("rel-1", "REL", 4));

    Reply released = client.post("/inventory/reservations/rel-1/release", "rel-1-release");
    Reply releasedAgain = client.post("/inventory/reservations/rel-1/release", "rel-1-release-2");

    assertThat(released.status()).isEqualTo(200);
    assertThat(released.field("state")).isEqualTo("RELEASED");
    assertThat(releasedAgain.field("state")).isEqualTo("RELEASED");
    assertThat(stock("REL")).containsExactly(10L, 0L, 0L);
    assertThat(client.effectsOf("rel-1").path("stock.release").asLong()).isEqualTo(1);
  }

  @Test
  void commitSellsReservedUnitsAndRestockReturnsThem() {
    client.put("/admin/stock", "{\"COM\":10}");
    client.post("/inventory/reservations", "com-1", Bodies.reservation("com-1", "COM", 4));

    Reply committed = client.post("/inventory/reservations/com-1/commit", "com-1-commit");
    assertThat(committed.status()).isEqualTo(200);
    assertThat(committed.field("state")).isEqualTo("COMMITTED");
    assertThat(stock("COM")).containsExactly(6L, 0L, 4L);

    Reply releaseAfterCommit = client.post("/inventory/reservations/com-1/release", "com-1-rel");
    assertThat(releaseAfterCommit.field("state")).isEqualTo("NONE");
    assertThat(stock("COM")).containsExactly(6L, 0L, 4L);

    Reply restocked = client.post("/inventory/reservations/com-1/restock", "com-1-restock");
    assertThat(restocked.status()).isEqualTo(200);
    assertThat(restocked.field("state")).isEqualTo("RESTOCKED");
    assertThat(stock("COM")).containsExactly(10L, 0L, 0L);
  }

  @Test
  void restockWithNothingSoldAnswersNone() {
    Reply restocked = client.post("/inventory/reservations/nothing-1/restock", "nothing-1");

    assertThat(restocked.status()).isEqualTo(200);
    assertThat(restocked.field("state")).isEqualTo("NONE");
  }

  @Test
  void commitWithoutReservationIsAnInvalidOrder() {
    Reply commit = client.post("/inventory/reservations/nothing-2/commit", "nothing-2");

    assertThat(commit.status()).isEqualTo(409);
    assertThat(commit.field("code")).isEqualTo("InvalidOrder");
  }

  @Test
  void unknownSkuAndZeroQuantityAreInvalidOrders() {
    Reply unknown =
        client.post("/inventory/reservations", "bad-1", Bodies.reservation("bad-1", "NOPE", 1));
    Reply zero =
        client.post("/inventory/reservations", "bad-2", Bodies.reservation("bad-2", "SKU-1", 0));

    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.field("code")).isEqualTo("InvalidOrder");
    assertThat(zero.status()).isEqualTo(422);
    assertThat(zero.field("code")).isEqualTo("InvalidOrder");
    assertThat(stock("SKU-1")).containsExactly(1000L, 0L, 0L);
  }

  @Test
  void adminStockSetsAvailableAndKeepsReservedAndSold() {
    client.put("/admin/stock", "{\"ADM\":10}");
    client.post("/inventory/reservations", "adm-1", Bodies.reservation("adm-1", "ADM", 3));

    Reply set = client.put("/admin/stock", "{\"ADM\":50,\"ADM-NEW\":5}");
    Reply single = client.put("/admin/stock/ADM-ONE", "{\"available\":7}");
    Reply negative = client.put("/admin/stock", "{\"ADM\":-1}");

    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().path("ADM").path("available").asLong()).isEqualTo(50);
    assertThat(set.json().path("ADM").path("reserved").asLong()).isEqualTo(3);
    assertThat(set.json().path("ADM-NEW").path("available").asLong()).isEqualTo(5);
    assertThat(stock("ADM")).containsExactly(50L, 3L, 0L);
    assertThat(single.status()).isEqualTo(200);
    assertThat(stock("ADM-ONE")).containsExactly(7L, 0L, 0L);
    assertThat(negative.status()).isEqualTo(422);
    assertThat(negative.field("code")).isEqualTo("InvalidRequest");
    assertThat(stock("ADM")).containsExactly(50L, 3L, 0L);
    assertThat(client.get("/inventory/stock/UNKNOWN-SKU").status()).isEqualTo(404);
  }

  private List<Long> stock(String sku) {
    JsonNode level = client.get("/inventory/stock/" + sku).json();
    return List.of(
        level.path("available").asLong(),
        level.path("reserved").asLong(),
        level.path("sold").asLong());
  }

  private static long total(JsonNode level) {
    return level.path("available").asLong()
        + level.path("reserved").asLong()
        + level.path("sold").asLong();
  }
}
