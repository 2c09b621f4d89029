package dev.ordersaga.worker;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${NAME}} and {@code ${NAME:-default}} with values from the environment. */
final class EnvSubstitution {
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

  private EnvSubstitution() {}

  /**
   * @throws IllegalArgumentException naming a variable that is unset and has no default
   */
  static String apply(String text, Map<String, String> environment) {
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = environment.get(matcher.group(1));
      if (value == null || value.isEmpty()) {
        value = matcher.group(3);
      }
      if (value == null) {
        throw new IllegalArgumentException(
            "environment variable " + matcher.group(1) + " is not set and has no default");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
