package dev.ordersaga.processes;

import dev.ordersaga.order.OrderSearchAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a {@code temporal server start-dev} on loopback with free HTTP and metrics
 * ports, its SQLite file, the order search attributes ({@link OrderSearchAttributes#ALL}), workflow
 * pause enabled, and the drainage of a Worker Deployment version that stopped being current checked
 * every {@link #DRAINAGE_CHECK} (the server's defaults wait minutes, for visibility stores slower
 * than this SQLite file). Callers add the UI flags ({@code --headless} or {@code --ui-port}).
 */
public final class DevServerCommand {
  /** The search attributes every order carries, in the CLI's {@code name=Type} form. */
  public static final List<String> SEARCH_ATTRIBUTES = OrderSearchAttributes.cliDefinitions();

  /** How soon after a version stops being current, and how often, its drainage is checked. */
  public static final String DRAINAGE_CHECK = "2s";

  private DevServerCommand() {}

  /**
   * @param pragmas {@code --sqlite-pragma} values ({@code name=value}); empty keeps the defaults
   */
  public static List<String> of(Path temporalBinary, int port, Path dbFile, List<String> pragmas) {
    return of(temporalBinary, port, dbFile, pragmas, List.of());
  }

  /**
   * @param pragmas {@code --sqlite-pragma} values ({@code name=value}); empty keeps the defaults
   * @param dynamicConfig further {@code --dynamic-config-value} values ({@code key=json})
   */
  public static List<String> of(
      Path temporalBinary,
      int port,
      Path dbFile,
      List<String> pragmas,
      List<String> dynamicConfig) {
    List<String> command =
        new ArrayList<>(
            List.of(
                temporalBinary.toString(),
                "server",
                "start-dev",
                "--ip",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--http-port",
                String.valueOf(FreePorts.next()),
                "--metrics-port",
                String.valueOf(FreePorts.next()),
                "--db-filename",
                dbFile.toString(),
                "--dynamic-config-value",
                "frontend.WorkflowPauseEnabled=true",
                "--dynamic-config-value",
                "matching.wv.VersionDrainageStatusVisibilityGracePeriod=\"" + DRAINAGE_CHECK + "\"",
                "--dynamic-config-value",
                "matching.wv.VersionDrainageStatusRefreshInterval=\"" + DRAINAGE_CHECK + "\"",
                "--log-level",
                "warn"));
    for (String attribute : SEARCH_ATTRIBUTES) {
      command.add("--search-attribute");
      command.add(attribute);
    }
    for (String value : dynamicConfig) {
      command.add("--dynamic-config-value");
      command.add(value);
    }
    for (String pragma : pragmas) {
      command.add("--sqlite-pragma");
      command.add(pragma);
    }
    return command;
  }
}
