package dev.ordersaga.api.representations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dropwizard.jersey.validation.Validators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Unicode scalar value is text, whatever its plane; control characters and unpaired
 * surrogates are not.
 */
class TextTest {
  private static final Validator validator = Validators.newValidator();

  static Stream<Arguments> charactersOfEveryPlane() {
    return Stream.of(
        Arguments.of("BMP: CJK Unified Ideographs", 0x4E2D),
        Arguments.of("BMP: the last character before the surrogates", 0xD7FF),
        Arguments.of("BMP: the first character after the surrogates", 0xE000),
        Arguments.of("BMP: a noncharacter", 0xFFFF),
        Arguments.of("plane 1: an emoji", 0x1F600),
        Arguments.of("plane 1: Sutton SignWriting (low 16 bits D800)", 0x1D800),
        Arguments.of("plane 1: Sutton SignWriting (low 16 bits DFFF)", 0x1DFFF),
        Arguments.of("plane 2: CJK Extension B", 0x20000),
        Arguments.of("plane 2: CJK Extension B, last", 0x2A6DF),
        Arguments.of("plane 2: CJK Extension C", 0x2A700),
        Arguments.of("plane 2: CJK Extension D", 0x2B740),
        Arguments.of("plane 2: CJK Extension E", 0x2B820),
        Arguments.of("plane 2: CJK Extension F", 0x2CEB0),
        Arguments.of("plane 2: CJK Extension F (low 16 bits D800)", 0x2D800),
        Arguments.of("plane 2: CJK Extension F (low 16 bits DBFF)", 0x2DBFF),
        Arguments.of("plane 2: CJK Extension F (low 16 bits DC00)", 0x2DC00),
        Arguments.of("plane 2: CJK Extension F (low 16 bits DFFF)", 0x2DFFF),
        Arguments.of("plane 3: CJK Extension G", 0x30000),
        Arguments.of("plane 3: CJK Extension G (low 16 bits D800)", 0x3D800),
        Arguments.of("plane 3: CJK Extension H", 0x31350),
        Arguments.of("plane 14: a tag character", 0xE0041),
        Arguments.of("plane 15: private use (low 16 bits D800)", 0xFD800),
        Arguments.of("plane 16: the last scalar value", 0x10FFFF));
  }

  @ParameterizedTest(name = "{0}: U+{1}")
  @MethodSource("charactersOfEveryPlane")
  void aCharacterOfAnyPlaneIsTextInNamesAddressesAndReasons(String what, int codePoint) {
    String text = "Li " + Character.toString(codePoint) + " 1";

    assertThat(validator.validate(new SubmitAddress(text, text, text, text, "GB"))).isEmpty();
    assertThat(validator.validate(new CancelOrder(text))).isEmpty();
  }

  @Test
  void everyScalarValueThatIsNoControlCharacterIsText() {
    List<String> refused = new ArrayList<>();
    IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
        .filter(c -> !Character.isISOControl(c) && !isSurrogate(c))
        .forEach(
            c -> {
              if (!validator.validate(new CancelOrder("a" + Character.toString(c))).isEmpty()) {
                refused.add(String.format("U+%04X", c));
              }
            });

    assertThat(refused).isEmpty();
  }

  static Stream<Arguments> brokenText() {
    return Stream.of(
        Arguments.of("a lone high surrogate", "a\uD800b", "must not contain lone surrogates"),
        Arguments.of("a lone low surrogate", "a\uDC00b", "must not contain lone surrogates"),
        Arguments.of(
            "a pair the wrong way round", "\uDC00\uD800", "must not contain lone surrogates"),
        Arguments.of("a high surrogate at the end", "ab\uDBFF", "must not contain lone surrogates"),
        Arguments.of("a NUL", "a\u0000b", "must not contain control characters"),
        Arguments.of("a C1 control", "a\u0085b", "must not contain control characters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenText")
  void controlCharactersAndUnpairedSurrogatesAreRefused(String what, String text, String why) {
    assertThat(validator.validate(new CancelOrder(text)))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly(why);
    assertThat(validator.validate(new SubmitAddress(text, "1 Way", "City", "N1", "GB")))
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(tuple("name", why));
  }

  private static boolean isSurrogate(int codePoint) {
    return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
  }
}
