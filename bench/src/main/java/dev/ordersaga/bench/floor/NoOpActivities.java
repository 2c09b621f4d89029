package dev.ordersaga.bench.floor;

/** Every floor activity: answers its input at once. */
final class NoOpActivities
    implements FloorActivities.Records,
        FloorActivities.Inventory,
        FloorActivities.Payments,
        FloorActivities.PaymentStatus,
        FloorActivities.Shipping,
        FloorActivities.Notifications {

  @Override
  public String open(String id) {
    return id;
  }

  @Override
  public String complete(String id) {
    return id;
  }

  @Override
  public String reserve(String id) {
    return id;
  }

  @Override
  public String commit(String id) {
    return id;
  }

  @Override
  public String request(String id) {
    return id;
  }

  @Override
  public String await(String id) {
    return id;
  }

  @Override
  public String create(String id) {
    return id;
  }

  @Override
  public String notifyMerchant(String id) {
    return id;
  }
}
