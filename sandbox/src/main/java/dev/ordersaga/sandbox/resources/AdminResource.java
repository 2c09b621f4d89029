package dev.ordersaga.sandbox.resources;

import dev.ordersaga.sandbox.faults.ConnectionDrop;
import dev.ordersaga.sandbox.faults.FaultRegistry;
import dev.ordersaga.sandbox.faults.FaultSetting;
import dev.ordersaga.sandbox.faults.SystemName;
import dev.ordersaga.sandbox.payments.PaymentSettler;
import dev.ordersaga.sandbox.problems.Problem;
import dev.ordersaga.sandbox.problems.ProblemException;
import dev.ordersaga.sandbox.problems.Problems;
import dev.ordersaga.sandbox.representations.AdminState;
import dev.ordersaga.sandbox.representations.FaultUpdate;
import dev.ordersaga.sandbox.representations.FaultView;
import dev.ordersaga.sandbox.representations.Ids;
import dev.ordersaga.sandbox.representations.PaymentView;
import dev.ordersaga.sandbox.representations.SettleRequest;
import dev.ordersaga.sandbox.representations.StockCounts;
import dev.ordersaga.sandbox.representations.StockLevel;
import dev.ordersaga.sandbox.representations.StockUpdate;
import dev.ordersaga.sandbox.store.EffectLog;
import dev.ordersaga.sandbox.store.InventoryStore;
import dev.ordersaga.sandbox.store.NotificationStore;
import dev.ordersaga.sandbox.store.PaymentStore;
import dev.ordersaga.sandbox.store.RecordStore;
import dev.ordersaga.sandbox.store.ReplayCounter;
import dev.ordersaga.sandbox.store.ShipmentStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * The admin API: {@code /admin}. Not subject to faults nor idempotency keys (every call is a PUT,
 * DELETE or GET). See API.md.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminResource {
  private static final long MAX_AVAILABLE = 1_000_000_000L;

  private final Jdbi jdbi;
  private final Stores stores;
  private final FaultRegistry faults;
  private final PaymentSettler settler;

  /**
   * The stores the admin API reads and writes.
   *
   * @param replays per-system replay counts
   */
  public record Stores(
      InventoryStore inventory,
      RecordStore records,
      PaymentStore payments,
      ShipmentStore shipments,
      NotificationStore notifications,
      EffectLog effects,
      ReplayCounter replays) {}

  /** A resource over every system's state. */
  public AdminResource(Jdbi jdbi, Stores stores, FaultRegistry faults, PaymentSettler settler) {
    this.jdbi = jdbi;
    this.stores = stores;
    this.faults = faults;
    this.settler = settler;
  }

  /** What really happened downstream: stock, payments, shipments, notices, orders, counts. */
  @GET
  @Path("/state")
  public AdminState state() {
    return jdbi.inTransaction(
        handle -> {
          Map<String, StockCounts> inventory = new LinkedHashMap<>();
          for (StockLevel level : stores.inventory().all(handle)) {
            inventory.put(level.sku(), level.counts());
          }
          return new AdminState(
              inventory,
              stores.payments().summaries(handle),
              stores.shipments().summaries(handle),
              stores.notifications().all(handle),
              stores.records().states(handle),
              stores.replays().counts(handle),
              stores.effects().counts(handle));
        });
  }

  /**
   * Sets the available units of each SKU in {@code available} (creating absent ones; keeping
   * reserved and sold) and answers their stock, by SKU.
   */
  @PUT
  @Path("/stock")
  @Consumes(MediaType.APPLICATION_JSON)
  public synchronized Map<String, StockCounts> setStocks(@NotNull Map<String, Long> available) {
    Map<String, Long> sorted = new TreeMap<>(available);
    sorted.forEach(AdminResource::requireValidStock);
    return jdbi.inTransaction(
        handle -> {
          Map<String, StockCounts> stock = new LinkedHashMap<>();
          sorted.forEach(
              (sku, units) ->
                  stock.put(sku, stores.inventory().setAvailable(handle, sku, units).counts()));
          return stock;
        });
  }

  /** Sets the available units of one SKU; an extension of {@code PUT /admin/stock}. */
  @PUT
  @Path("/stock/{sku}")
  @Consumes(MediaType.APPLICATION_JSON)
  public synchronized StockLevel setStock(
      @PathParam("sku") @NotBlank @Size(max = Ids.MAX_ID_LENGTH) String sku,
      @NotNull @Valid StockUpdate update) {
    return jdbi.inTransaction(
        handle -> stores.inventory().setAvailable(handle, sku, update.available()));
  }

  /** Every system's injected fault. */
  @GET
  @Path("/faults")
  public List<FaultView> faults() {
    return faults.all().entrySet().stream().map(e -> view(e.getKey(), e.getValue())).toList();
  }

  /** Replaces the injected fault of {@code system}; {@code 404} for an unknown system. */
  @PUT
  @Path("/faults/{system}")
  @Consumes(MediaType.APPLICATION_JSON)
  public FaultView setFault(
      @PathParam("system") String system, @NotNull @Valid FaultUpdate update) {
    SystemName name =
        SystemName.byWireName(system)
            .orElseThrow(
                () ->
                    Problems.notFound(
                        "unknown system '" + system + "' (" + SystemName.wireNames() + ")"));
    FaultSetting setting =
        new FaultSetting(
            Boolean.TRUE.equals(update.outage()),
            update.failureRate() == null ? 0 : update.failureRate(),
            update.latencyMs() == null ? 0 : update.latencyMs(),
            update.retryAfterSeconds() == null ? 1 : update.retryAfterSeconds(),
            update.drop() == null ? ConnectionDrop.NONE : update.drop());
    faults.set(name, setting);
    return view(name, setting);
  }

  /** Clears every injected fault: {@code 204}. */
  @DELETE
  @Path("/faults")
  public void clearFaults() {
    faults.clear();
  }

  /**
   * Settles a pending payment now and fires its webhook; {@code 404} when unknown, {@code 409
   * PaymentNotPending} when it already settled.
   */
  @PUT
  @Path("/payments/{paymentId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PaymentView settle(
      @PathParam("paymentId") String paymentId, @NotNull @Valid SettleRequest request) {
    PaymentView current =
        jdbi.withHandle(h -> stores.payments().find(h, paymentId))
            .map(PaymentStore.StoredPayment::view)
            .orElseThrow(() -> Problems.notFound("unknown payment " + paymentId));
    return settler
        .settle(paymentId, request.status())
        .orElseThrow(
            () ->
                Problems.paymentNotPending(
                    "payment " + paymentId + " is " + current.status() + ", not PENDING"));
  }

  /**
   * Settles every payment still pending now, each as {@code PUT /admin/payments/{paymentId}} would
   * (one webhook each), and answers {@code {"settled": n}}: how many this call settled.
   */
  @PUT
  @Path("/payments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Integer> settleAll(@NotNull @Valid SettleRequest request) {
    int settled = 0;
    for (String paymentId : jdbi.withHandle(stores.payments()::pendingIds)) {
      if (settler.settle(paymentId, request.status()).isPresent()) {
        settled++;
      }
    }
    return Map.of("settled", settled);
  }

  private static void requireValidStock(String sku, Long units) {
    if (sku.isBlank() || sku.length() > Ids.MAX_ID_LENGTH) {
      throw invalid("SKU must be 1-" + Ids.MAX_ID_LENGTH + " characters: '" + sku + "'");
    }
    if (units == null || units < 0 || units > MAX_AVAILABLE) {
      throw invalid("available units of " + sku + " must be 0-" + MAX_AVAILABLE + ", got " + units);
    }
  }

  private static ProblemException invalid(String detail) {
    return new ProblemException(Problem.of(422, "InvalidRequest", "Invalid request", detail));
  }

  private FaultView view(SystemName system, FaultSetting setting) {
    return new FaultView(
        system.wireName(),
        setting.outage(),
        setting.failureRate(),
        setting.latencyMs(),
        setting.retryAfterSeconds(),
        setting.drop().name(),
        faults.waiting(system));
  }
}
