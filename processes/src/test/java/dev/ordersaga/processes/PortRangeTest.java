package dev.ordersaga.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortRangeTest {
  @Test
  void linuxsDefaultEphemeralRangeLeavesThePortsBelowIt() {
    assertThat(PortRange.outside("32768\t60999")).isEqualTo(new PortRange(10_000, 32_767));
  }

  @Test
  void anEphemeralRangeStartingLowLeavesThePortsAboveIt() {
    assertThat(PortRange.outside("1024 40000")).isEqualTo(new PortRange(40_001, 65_535));
  }

  @Test
  void anEphemeralRangeCoveringEverythingLeavesNothing() {
    assertThatThrownBy(() -> PortRange.outside("1024 65535"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thisMachinesRangeStaysClearOfItsEphemeralPorts() {
    PortRange range = PortRange.outsideKernelEphemeral();

    assertThat(range.first()).isGreaterThanOrEqualTo(10_000);
    assertThat(range.size()).isGreaterThan(1_000);
  }
}
