package org.ducha.formats;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.CheckOutcome;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON schemas of the files Ducha reads and of the JSON report, generated from the types the readers bind
 * (victools jsonschema-generator, JSON Schema draft 7: the draft editors support best). {@code SchemasTest} compares them with the committed files in
 * {@code docs/schemas} and rewrites those with {@link #REGENERATE}.
 *
 * <p>What the schemas say follows the readers: field names are the record components; an unknown field is an error
 * ({@code additionalProperties: false}); an enum is its constant names; a date is {@code YYYY-MM-DD} and a time
 * {@code HH:MM} or {@code HH:MM:SS}, as text. In an input file a field is required when the reader requires it — a
 * number or boolean (no default 0 or false), or a component marked {@code @NotNull}, {@code @NotBlank} or
 * {@code @NotEmpty} — and every other field may be left out or {@code null} (an {@code Optional}, a list, a map).
 * In the report every field but an {@code Optional} one is present, and nothing is {@code null}. What the readers
 * check beyond the shape of a document (ids unique, references resolving, dates in order, check ids known) is not in
 * the schemas.
 */
final class JsonSchemas {
  private JsonSchemas() {}

  /** The command that rewrites docs/schemas from the model, from the repository root. */
  static final String REGENERATE = "./mvnw -B -q -pl formats -am verify -Dtest=SchemasTest -Dsurefire.failIfNoSpecifiedTests=false"
      + " -Dducha.schemas.write=true";

  /** Where the committed schemas are, seen from the formats module (the tests' working directory). */
  static final java.nio.file.Path DIRECTORY = java.nio.file.Path.of("..", "docs", "schemas");

  /** A date as the readers read it and the writers write it. */
  static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  /** A time of day as the readers read it ({@code HH:MM}, or {@code HH:MM:SS}) and the writers write it. */
  static final String TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$";

  /** One schema: the file it is written to, the type the file is bound to, its title, and input or output. */
  enum Schema {
    /** {@code inspection.yaml}: the inspection. */
    INSPECTION("inspection.schema.json", Inspection.class, "Ducha inspection file (inspection.yaml / inspection.json)", true),
    /** One institution's records: every other data file of an inspection folder, or a line of a JSON-lines file. */
    INSTITUTION("institution.schema.json", Institution.class, "Ducha institution file: one institution's records", true),
    /** A profile file ({@code --profile}). */
    PROFILE("profile.schema.json", ProfileReader.ProfileFile.class, "Ducha profile file", true),
    /** A rectification plan ({@code --plan}). */
    PLAN("plan.schema.json", RectificationPlanReader.PlanFile.class, "Ducha rectification plan file", true),
    /** A waivers file ({@code --waivers}). */
    WAIVERS("waivers.schema.json", WaiverReader.WaiversFile.class, "Ducha waivers file", true),
    /** The JSON report ({@code --format json}), with or without tracking. */
    REPORT("report.schema.json", TrackingDocument.ReportDocument.class, "Ducha JSON report (format version "
        + JsonReportWriter.FORMAT_VERSION + ")", false);

    final String file;
    final Class<?> type;
    final String title;
    final boolean input;

    Schema(String file, Class<?> type, String title, boolean input) {
      this.file = file;
      this.type = type;
      this.title = title;
      this.input = input;
    }
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The schema as the committed file holds it: indented JSON, one trailing newline. */
  static String text(Schema schema) {
    return DataFormat.JSON.mapper().writeValueAsString(generate(schema)) + "\n";
  }

  /** The schema as a tree. */
  static ObjectNode generate(Schema schema) {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
        .with(Option.FLATTENED_OPTIONALS, Option.FLATTENED_ENUMS, Option.DEFINITIONS_FOR_ALL_OBJECTS,
            Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.PLAIN_DEFINITION_KEYS)
        .without(Option.SCHEMA_VERSION_INDICATOR)
        .with(new JakartaValidationModule());
    config.forTypesInGeneral().withCustomDefinitionProvider(JsonSchemas::fixedTypes)
        .withPropertySorter((a, b) -> 0); // the record's order, as the format reference lists the fields
    // The readers' Jackson mix-in leaves the exception out of a check outcome (its class and message are in detail).
    config.forFields().withIgnoreCheck(f -> f.getDeclaringType().getErasedType() == CheckOutcome.class && f.getName().equals("error"));
    if (schema.input) {
      config.forFields().withRequiredCheck(JsonSchemas::requiredInput);
      config.forFields().withNullableCheck(f -> !requiredInput(f));
    } else {
      config.forFields().withRequiredCheck(f -> !f.getDeclaredType().isInstanceOf(Optional.class));
    }
    if (schema == Schema.REPORT) {
      config.forFields().withEnumResolver(f -> f.getDeclaringType().getErasedType() == TrackingDocument.ReportDocument.class
          && f.getName().equals("formatVersion") ? List.of(JsonReportWriter.FORMAT_VERSION) : null);
    }
    ObjectNode body = new SchemaGenerator(config.build()).generateSchema(schema.type);
    ObjectNode out = MAPPER.createObjectNode();
    out.put("$schema", SchemaVersion.DRAFT_7.getIdentifier());
    out.put("title", schema.title);
    out.put("description", "Generated from the model by formats/src/test/java/org/ducha/formats/JsonSchemas.java; regenerate with: " + REGENERATE);
    out.setAll(body);
    return out;
  }

  /** A field the reader requires: a number or boolean, or one marked not null, not blank or not empty. */
  private static boolean requiredInput(FieldScope f) {
    return f.getType() != null && f.getType().isPrimitive() || f.getAnnotationConsideringFieldAndGetter(NotNull.class) != null
        || f.getAnnotationConsideringFieldAndGetter(NotBlank.class) != null || f.getAnnotationConsideringFieldAndGetter(NotEmpty.class) != null;
  }

  /** Dates and times are text in ISO form, identity numbers text of 18 characters; an untyped value (a message argument, a parameter) is any JSON value. */
  private static CustomDefinition fixedTypes(ResolvedType type, com.github.victools.jsonschema.generator.SchemaGenerationContext context) {
    Class<?> c = type.getErasedType();
    if (c == LocalDate.class) {
      return inline(MAPPER.createObjectNode().put("type", "string").put("format", "date").put("pattern", DATE_PATTERN));
    }
    if (c == LocalTime.class) {
      return inline(MAPPER.createObjectNode().put("type", "string").put("pattern", TIME_PATTERN));
    }
    if (c == IdentityNumber.class) {
      // Written and read as its 18 characters (GB 11643), not as an object.
      return inline(MAPPER.createObjectNode().put("type", "string").put("pattern", "^[0-9]{17}[0-9Xx]$"));
    }
    if (c == Object.class) {
      return inline(MAPPER.createObjectNode());
    }
    return null;
  }

  private static CustomDefinition inline(ObjectNode node) {
    return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
  }

  /** Reads a committed schema. */
  static JsonNode committed(Schema schema) throws java.io.IOException {
    return MAPPER.readTree(java.nio.file.Files.readString(DIRECTORY.resolve(schema.file)));
  }

  static Map<String, Schema> byFile() {
    Map<String, Schema> out = new java.util.LinkedHashMap<>();
    for (Schema s : Schema.values()) {
      out.put(s.file, s);
    }
    return out;
  }
}
