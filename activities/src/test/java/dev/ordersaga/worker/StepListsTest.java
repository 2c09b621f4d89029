package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ordersaga.activities.interceptors.ActivityCalls;
import dev.ordersaga.order.OrderFailureTypes;
import dev.ordersaga.order.TaskQueues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lists that cannot be Java, checked against the Java that defines them: the queues against the
 * step registry ({@link TaskQueues#ALL}, from {@code Step}), so a step added there fails here until
 * every deployment lists its worker; the outcomes the downstream-failure alert leaves out against
 * {@link OrderFailureTypes#BUSINESS_REFUSALS}. The scripts that start one worker per queue ask the
 * worker jar ({@code --list-queues}), so they have no list of their own.
 */
class StepListsTest {
  private static final Path ROOT = Path.of("..");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void theDownstreamFailureRateLeavesOutExactlySuccessesAndBusinessRefusals() throws IOException {
    String expression = "";
    for (JsonNode rule : yaml("deploy/prometheus/rules/recording.yml").at("/groups/0/rules")) {
      if (rule.path("record").asText().equals("task_queue:order_saga_activity_failures:rate5m")) {
        expression = rule.path("expr").asText();
      }
    }
    Matcher excluded = Pattern.compile("outcome!~\"([^\"]*)\"").matcher(expression);
    List<String> outcomes = new ArrayList<>();
    while (excluded.find()) {
      outcomes.addAll(List.of(excluded.group(1).split("\\|")));
    }

    List<String> expected =
        new ArrayList<>(List.of(ActivityCalls.SUCCESS, ActivityCalls.COMPLETES_LATER));
    expected.addAll(OrderFailureTypes.BUSINESS_REFUSALS);
    assertThat(outcomes).as(expression).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theWorkerConfigurationSizesThePoolOfEveryQueue() throws IOException {
    assertThat(fieldNames(yaml("config/worker.yml").path("queues")))
        .containsExactlyElementsOf(TaskQueues.ALL);
  }

  @Test
  void composeRunsOneWorkerServicePerQueuePollingOnlyIt() throws IOException {
    JsonNode services = yaml("deploy/docker-compose.yml").path("services");
    List<String> workers =
        fieldNames(services).stream().filter(name -> name.startsWith("worker-")).toList();

    assertThat(workers)
        .containsExactlyElementsOf(TaskQueues.ALL.stream().map(q -> "worker-" + q).toList());
    for (String queue : TaskQueues.ALL) {
      assertThat(services.path("worker-" + queue).path("command").get(2).asText())
          .as("worker-" + queue + " polls")
          .isEqualTo(queue);
    }
  }

  @Test
  void kubernetesHasOneWorkerPerQueueNamingIt() throws IOException {
    List<String> resources = new ArrayList<>();
    yaml("deploy/k8s/workers/kustomization.yaml")
        .path("resources")
        .forEach(r -> resources.add(r.asText()));

    assertThat(resources).containsExactlyElementsOf(TaskQueues.ALL);
    for (String queue : TaskQueues.ALL) {
      assertThat(
              yaml("deploy/k8s/workers/" + queue + "/queue.yaml")
                  .path("spec")
                  .path("queue")
                  .asText())
          .as(queue + "/queue.yaml")
          .isEqualTo(queue);
    }
  }

  @Test
  void theDeploymentGuideNamesEveryWorkerService() throws IOException {
    String guide = Files.readString(ROOT.resolve("deploy/README.md"));

    for (String queue : TaskQueues.ALL) {
      assertThat(guide).as("deploy/README.md").contains("`worker-" + queue + "`");
    }
  }

  private static JsonNode yaml(String file) throws IOException {
    return YAML.readTree(ROOT.resolve(file).toFile());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
