package org.ducha.formats;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the model's enumerated values as {@link EnumLabels} does: a constant in any case, or its zh-CN label. A value
 * that names no constant goes to the context's problem handler as any unreadable text does (the readers then report
 * it with the accepted labels). Enums outside the model package keep Jackson's own reading.
 */
final class LabelledEnums {
  private LabelledEnums() {}

  /** The module that installs the deserializer for every enum of {@code org.ducha.model}. */
  static SimpleModule module() {
    return new SimpleModule("ducha-labelled-enums").setDeserializerModifier(new ValueDeserializerModifier() {
      @Override
      public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
          BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
        Class<?> raw = type.getRawClass();
        return raw.getPackageName().equals("org.ducha.model") ? new Labelled(raw) : deserializer;
      }
    });
  }

  private static final class Labelled extends ValueDeserializer<Object> {
    private final Class<?> type;

    Labelled(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.handleUnexpectedToken(type, p);
      }
      String text = p.getText();
      Enum<?> e = EnumLabels.find(type, text);
      return e != null ? e : ctxt.handleWeirdStringValue(type, text, "not one of the constants or labels of %s",
          type.getSimpleName());
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
