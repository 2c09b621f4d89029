package dev.ordersaga.bench.floor;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** No-op activities, one interface per task queue the saga's steps use. */
public final class FloorActivities {
  private FloorActivities() {}

  /** On {@code order-records}: open and complete. */
  @ActivityInterface(namePrefix = "FloorRecords.")
  public interface Records {
    @ActivityMethod
    String open(String id);

    @ActivityMethod
    String complete(String id);
  }

  /** On {@code inventory}: reserve and commit. */
  @ActivityInterface(namePrefix = "FloorInventory.")
  public interface Inventory {
    @ActivityMethod
    String reserve(String id);

    @ActivityMethod
    String commit(String id);
  }

  /** On {@code payments}. */
  @ActivityInterface(namePrefix = "FloorPayments.")
  public interface Payments {
    @ActivityMethod
    String request(String id);
  }

  /** On {@code payment-status}. */
  @ActivityInterface(namePrefix = "FloorPaymentStatus.")
  public interface PaymentStatus {
    @ActivityMethod
    String await(String id);
  }

  /** On {@code shipping}. */
  @ActivityInterface(namePrefix = "FloorShipping.")
  public interface Shipping {
    @ActivityMethod
    String create(String id);
  }

  /** On {@code notifications}. */
  @ActivityInterface(namePrefix = "FloorNotifications.")
  public interface Notifications {
    @ActivityMethod
    String notifyMerchant(String id);
  }
}
