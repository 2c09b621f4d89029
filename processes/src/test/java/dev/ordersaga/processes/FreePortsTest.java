package dev.ordersaga.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTest {
  @Test
  void noPortIsHandedOutTwice() {
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ports.add(FreePorts.next());
    }

    assertThat(ports).doesNotHaveDuplicates();
  }

  @Test
  void portsComeFromOutsideTheKernelsEphemeralRange() {
    PortRange range = PortRange.outsideKernelEphemeral();

    assertThat(FreePorts.next()).satisfies(port -> assertThat(range.contains(port)).isTrue());
  }

  @Test
  void aPortSomeoneListensOnIsNeverHandedOut() throws IOException {
    int port = FreePorts.next();
    try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      FreePorts ports = new FreePorts(new PortRange(port, port), port);

      assertThatThrownBy(ports::take).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void theWalkWrapsRoundFromAStartInsideTheRangeAndThenStops() {
    int first = FreePorts.next();
    FreePorts ports = new FreePorts(new PortRange(first, first + 1), first + 1);

    assertThat(List.of(ports.take(), ports.take())).containsExactly(first + 1, first);
    assertThatThrownBy(ports::take).isInstanceOf(IllegalStateException.class);
  }
}
