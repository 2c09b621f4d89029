package dev.ordersaga.bench.floor;

import io.temporal.activity.DynamicActivity;
import io.temporal.common.converter.EncodedValues;

/** Every floor activity, whatever its type: answers its first argument at once. */
final class NoOpActivity implements DynamicActivity {
  @Override
  public Object execute(EncodedValues args) {
    return args.get(0, String.class);
  }
}
