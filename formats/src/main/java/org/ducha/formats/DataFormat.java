package org.ducha.formats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.ducha.engine.CheckOutcome;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The file formats Ducha reads and writes, with their configured mappers. */
public enum DataFormat {
  /** JSON, one document per file. */
  JSON(configure(JsonMapper.builder()).build()),
  /** YAML, one document per file. */
  YAML(configure(YAMLMapper.builder()).build());

  private final ObjectMapper mapper;

  DataFormat(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The mapper: unknown fields and trailing tokens are errors; empty optionals are left out when writing. Not public:
   * Jackson travels relocated inside the published jar, so its types are no part of the API.
   */
  ObjectMapper mapper() {
    return mapper;
  }

  /**
   * {@code value} (a model record, e.g. an {@code Institution} or an {@code Inspection}) written as a document of this
   * format, as the readers read it back: empty optionals left out, indented.
   *
   * @throws IllegalArgumentException if {@code value} cannot be written (a type without a readable shape)
   */
  public String writeString(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as " + name() + ": "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * {@code text}, a document of this format, bound to {@code type} as it is: for documents a program wrote itself (the
   * examples' generators). Not validated, and its problems are not located: read data files with
   * {@link InspectionReader} instead, which reports every problem with its file, line and field.
   *
   * @throws IllegalArgumentException if {@code text} does not bind to {@code type}
   */
  public <T> T readString(String text, Class<T> type) {
    try {
      return mapper.readValue(text, type);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot read " + type.getSimpleName() + " from " + name() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The format of {@code file} by its extension ({@code .json}, {@code .jsonl}, {@code .yaml}, {@code .yml}). */
  public static Optional<DataFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json") || name.endsWith(".jsonl")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }

  /** Leaves the exception out of serialised check outcomes: its class and message are in {@code detail}. */
  abstract static class OutcomeMixin {
    @JsonIgnore
    abstract Optional<Throwable> error();
  }

  private static <M extends ObjectMapper, B extends tools.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B b) {
    return b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .addMixIn(CheckOutcome.class, OutcomeMixin.class)
        .addModule(FastTimes.module())
        .addModule(IdentityNumbers.module())
        .addModule(LabelledEnums.module())
        .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
  }
}
