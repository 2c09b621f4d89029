package dev.ordersaga.sandbox.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON of a value: object members sorted by name at every depth, no whitespace, so
 * two bodies that differ only in member order or spacing have the same canonical form.
 */
public final class CanonicalJson {
  private final ObjectMapper mapper;

  /** Canonicalizes with {@code mapper}'s view of values. */
  public CanonicalJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The canonical JSON text of {@code value} ({@code null} gives {@code "null"}). */
  public String of(Object value) {
    JsonNode tree = mapper.valueToTree(value);
    try {
      return mapper.writeValueAsString(sorted(tree));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a JSON tree cannot fail to serialize", impossible);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    if (node.isObject()) {
      Map<String, JsonNode> members = new TreeMap<>();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        members.put(member.getKey(), sorted(member.getValue()));
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      members.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> out.add(sorted(element)));
      return out;
    }
    return node;
  }
}
