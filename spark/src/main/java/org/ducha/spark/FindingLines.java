package org.ducha.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ducha.check.RegulationRef;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;

/**
 * The findings of a report as JSON lines, one finding a line, in report order (institutions as the report orders
 * them, each one's findings as its report does): same report, same bytes. Each line holds the institution (id, name),
 * the check, severity and group, the subject (kind, id, label, key), the message rendered in the inspector's locale
 * with its key and arguments, the evidence, the regulations and the fingerprint — the fields of a finding in the JSON
 * report, flattened for tools that read a line at a time (Spark, jq, a data warehouse). Dates and times are written as
 * ISO text, fractions as exact numbers.
 *
 * <p>Written with the Jackson 2 that Spark brings (Ducha's own Jackson 3 is relocated inside the formats jar).
 */
final class FindingLines {
  private FindingLines() {}

  static void write(InspectionReport report, Inspector inspector, OutputStream out) throws IOException {
    JsonFactory json = new JsonFactory();
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (InstitutionReport r : report.institutions()) {
        for (Finding f : r.findings()) {
          line(g, r, f, inspector);
          g.flush();
          out.write('\n');
        }
      }
    }
  }

  private static void line(JsonGenerator g, InstitutionReport r, Finding f, Inspector inspector) throws IOException {
    g.writeStartObject();
    g.writeStringField("institutionId", f.institutionId());
    g.writeStringField("institutionName", r.institutionName());
    g.writeStringField("checkId", f.checkId());
    g.writeStringField("severity", f.severity().name());
    g.writeStringField("group", f.group().id());
    g.writeObjectFieldStart("subject");
    g.writeStringField("kind", f.subject().kind().name());
    g.writeStringField("id", f.subject().id());
    g.writeStringField("label", f.subject().label());
    g.writeStringField("key", f.subject().key());
    g.writeEndObject();
    g.writeStringField("message", inspector.messages().message(f, inspector.locale()));
    g.writeStringField("messageKey", f.messageKey());
    g.writeFieldName("arguments");
    values(g, f.arguments());
    g.writeFieldName("evidence");
    values(g, f.evidence());
    g.writeArrayFieldStart("regulations");
    for (RegulationRef ref : f.regulations()) {
      g.writeStartObject();
      g.writeStringField("code", ref.code());
      g.writeStringField("clause", ref.clause());
      g.writeStringField("title", ref.title());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("fingerprint", f.fingerprint());
    g.writeEndObject();
  }

  private static void values(JsonGenerator g, Map<String, Object> values) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      g.writeFieldName(e.getKey());
      value(g, e.getValue());
    }
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object e : list) {
        value(g, e);
      }
      g.writeEndArray();
    } else {
      g.writeString(String.valueOf(v));
    }
  }
}
