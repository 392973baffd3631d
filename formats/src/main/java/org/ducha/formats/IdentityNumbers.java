package org.ducha.formats;

import org.ducha.model.IdentityNumber;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads and writes an {@link IdentityNumber} as a plain string, the number in clear as the data file holds it. A
 * malformed number is still read (the record validator reports it, masked); anything but text is a binding problem,
 * whose value {@link DocumentReader} masks.
 */
final class IdentityNumbers {
  private IdentityNumbers() {}

  /** The module that installs the serializer and the deserializer. */
  static SimpleModule module() {
    return new SimpleModule("ducha-identity-numbers")
        .addSerializer(IdentityNumber.class, new Writer())
        .addDeserializer(IdentityNumber.class, new Reader());
  }

  private static final class Writer extends ValueSerializer<IdentityNumber> {
    @Override
    public void serialize(IdentityNumber value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.value());
    }
  }

  private static final class Reader extends ValueDeserializer<IdentityNumber> {
    @Override
    public IdentityNumber deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return IdentityNumber.valueOf(p.getString());
      }
      return (IdentityNumber) ctxt.handleUnexpectedToken(IdentityNumber.class, p);
    }

    @Override
    public Class<?> handledType() {
      return IdentityNumber.class;
    }
  }
}
