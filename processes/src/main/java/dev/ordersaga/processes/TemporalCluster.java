package dev.ordersaga.processes;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Temporal's own server as a cluster, the way production runs it: a private PostgreSQL ({@link
 * PostgresProcess}) holding history and SQL visibility, and one OS process per service (history,
 * matching, frontend, worker) started from {@code config/temporal/server.yaml} with {@code
 * config/temporal/dynamicconfig.yaml}, on free loopback ports. The schemas are set up by {@code
 * scripts/setup-temporal-schema.sh} and namespace {@code default} with the order search attributes
 * by {@code scripts/register-temporal-namespace.sh}: the same files {@code make up} and
 * deploy/docker-compose.yml use. Data survives {@link #stop} and {@link #start}.
 */
public final class TemporalCluster implements TemporalEngine {
  /** The cluster's services, in the order they are started. */
  public enum Service {
    HISTORY,
    MATCHING,
    FRONTEND,
    WORKER;

    String id() {
      return name().toLowerCase();
    }
  }

  private final Path server;
  private final Path temporalCli;
  private final Path root;
  private final Path dir;
  private final PostgresProcess postgres;
  private final Map<Service, Integer> grpcPorts = new EnumMap<>(Service.class);
  private final Map<Service, ManagedProcess> processes = new EnumMap<>(Service.class);
  private final Map<String, String> environment = new HashMap<>();
  private final FrontendStubs stubs;

  /**
   * Starts the cluster and waits until namespace {@code default} serves with the order search
   * attributes.
   *
   * @param serverDir the directory of {@code temporal-server} and {@code temporal-sql-tool}
   *     (printed by {@code scripts/install-temporal-server.sh})
   * @param postgresBin PostgreSQL's program directory (printed by {@code scripts/postgres-bin.sh})
   * @param temporalCli the {@code temporal} CLI, for registering the namespace
   * @param root the repository, whose {@code config/} and {@code scripts/} are used
   * @param dir where the cluster keeps its data and logs
   */
  public TemporalCluster(Path serverDir, Path postgresBin, Path temporalCli, Path root, Path dir) {
    this.server = serverDir.resolve("temporal-server");
    this.temporalCli = temporalCli;
    this.root = root;
    this.dir = dir.resolve("temporal-cluster");
    this.postgres = new PostgresProcess(postgresBin, this.dir, FreePorts.nextLow());
    environment.put("POSTGRES_SEEDS", "127.0.0.1");
    environment.put("DB_PORT", String.valueOf(postgres.port()));
    environment.put("POSTGRES_USER", PostgresProcess.USER);
    environment.put("POSTGRES_PWD", PostgresProcess.PASSWORD);
    environment.put("LOG_LEVEL", "warn");
    environment.put("DYNAMIC_CONFIG_FILE_PATH", testDynamicConfig(root, this.dir).toString());
    environment.put("FRONTEND_HTTP_PORT", String.valueOf(FreePorts.nextLow()));
    for (Service s : Service.values()) {
      int port = FreePorts.nextLow();
      grpcPorts.put(s, port);
      String prefix = s.name() + "_";
      environment.put(prefix + "GRPC_PORT", String.valueOf(port));
      environment.put(prefix + "MEMBERSHIP_PORT", String.valueOf(FreePorts.nextLow()));
    }
    stubs = new FrontendStubs(address());
    try {
      postgres.start();
      run(
          "the Temporal schema setup",
          List.of("sh", root.resolve("scripts/setup-temporal-schema.sh").toString()),
          Map.of("PATH", serverDir + ":" + System.getenv("PATH")));
      start();
      run(
          "the namespace registration",
          List.of("sh", root.resolve("scripts/register-temporal-namespace.sh").toString()),
          Map.of(
              "PATH", temporalCli.getParent() + ":" + System.getenv("PATH"),
              "TEMPORAL_ADDRESS", address(),
              "SEARCH_ATTRIBUTES_FILE", root.resolve("config/search-attributes.txt").toString()));
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
  }

  /**
   * Starts a cluster with the binaries of the checkout at {@code root}: runs {@code
   * scripts/install-temporal-server.sh} (which builds them on first use, or waits for a build in
   * progress) and {@code scripts/postgres-bin.sh}.
   *
   * @param temporalCli the {@code temporal} CLI, for registering the namespace
   * @param dir where the cluster keeps its data and logs
   */
  public static TemporalCluster installed(Path root, Path temporalCli, Path dir) {
    return new TemporalCluster(
        Path.of(Commands.output(root, "scripts/install-temporal-server.sh")),
        Path.of(Commands.output(root, "scripts/postgres-bin.sh")),
        temporalCli,
        root,
        dir);
  }

  @Override
  public String address() {
    return "127.0.0.1:" + grpcPorts.get(Service.FRONTEND);
  }

  @Override
  public WorkflowServiceStubs service() {
    return stubs.get();
  }

  /** Starts PostgreSQL if it is down, then each service not running, and waits until it serves. */
  @Override
  public void start() {
    if (!postgres.isAlive()) {
      postgres.start();
    }
    for (Service s : Service.values()) {
      ManagedProcess process = processes.get(s);
      if (process == null || !process.isAlive()) {
        start(s);
      }
    }
    Await.until(
        "the Temporal frontend on " + address(),
        Duration.ofSeconds(60),
        () -> {
          service().blockingStub().getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
          return true;
        });
  }

  /** Starts one service (again) and waits until its gRPC port accepts. */
  public void start(Service s) {
    Map<String, String> env = new HashMap<>(environment);
    env.put("PROMETHEUS_ENDPOINT", "127.0.0.1:" + FreePorts.next());
    List<String> command =
        List.of(
            server.toString(),
            "--config-file",
            root.resolve("config/temporal/server.yaml").toString(),
            "--allow-no-auth",
            "start",
            "--service",
            s.id());
    ManagedProcess process = processes.get(s);
    if (process == null) {
      processes.put(s, ManagedProcess.start(s.id(), command, env, dir.resolve(s.id() + ".log")));
    } else {
      process.start();
    }
    Await.until(
        "Temporal's " + s.id() + " service on port " + grpcPorts.get(s),
        Duration.ofSeconds(60),
        () -> FreePorts.isListening(grpcPorts.get(s)));
  }

  /** The process of one service, e.g. to SIGKILL it by pid. */
  public ManagedProcess process(Service s) {
    return processes.get(s);
  }

  public PostgresProcess postgres() {
    return postgres;
  }

  /** Stops the four services, newest first; PostgreSQL keeps running. */
  @Override
  public void stop() {
    List<Service> order =
        List.of(Service.WORKER, Service.FRONTEND, Service.MATCHING, Service.HISTORY);
    for (Service s : order) {
      ManagedProcess process = processes.get(s);
      if (process != null) {
        process.stop();
      }
    }
  }

  /** SIGKILLs the four services; PostgreSQL keeps running. */
  @Override
  public void kill() {
    processes.values().forEach(ManagedProcess::kill);
  }

  @Override
  public Map<String, Long> pids() {
    Map<String, Long> pids = new LinkedHashMap<>();
    processes.forEach((s, p) -> pids.put(s.id(), p.pid()));
    pids.put("postgres", postgres.pid());
    return pids;
  }

  @Override
  public String uiUrl() {
    throw new IllegalStateException("the cluster runs without the Web UI");
  }

  @Override
  public String kind() {
    return "cluster";
  }

  private void run(String what, List<String> command, Map<String, String> extraEnvironment) {
    Map<String, String> env = new HashMap<>(environment);
    env.putAll(extraEnvironment);
    Commands.run(what, command, env, dir.resolve("setup.log"));
  }

  @Override
  public void close() {
    stubs.close();
    stop();
    postgres.close();
  }

  /**
   * The repository's {@code config/temporal/dynamicconfig.yaml} with the drainage of Worker
   * Deployment versions checked every {@link DevServerCommand#DRAINAGE_CHECK}, as the test dev
   * servers do (the server's default is minutes), written under {@code dir}.
   */
  private static Path testDynamicConfig(Path root, Path dir) {
    String check = DevServerCommand.DRAINAGE_CHECK;
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("dynamicconfig.yaml");
      Files.writeString(
          file,
          Files.readString(root.resolve("config/temporal/dynamicconfig.yaml"))
              + "matching.wv.VersionDrainageStatusVisibilityGracePeriod:\n  - value: "
              + check
              + "\nmatching.wv.VersionDrainageStatusRefreshInterval:\n  - value: "
              + check
              + "\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cluster's dynamic config under " + dir, e);
    }
  }
}
