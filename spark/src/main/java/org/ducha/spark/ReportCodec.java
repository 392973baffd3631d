package org.ducha.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.check.RegulationRef;

/**
 * The bytes in which an institution's report, a finding and a check's outcome travel between Spark's executors and its
 * driver: the core's records are not {@link java.io.Serializable}, and Spark's Kryo cannot rebuild records. Every
 * component is written, so that what the driver reads back is equal to what the executor wrote (a finding's fingerprint
 * is checked again as it is rebuilt), except an ERROR outcome's exception itself: its class and message travel in the
 * outcome's detail, as when a report is read back from a JSON file.
 *
 * <p>A component added to one of these records later must be added here too; {@code ReportCodecTest} round-trips the
 * reports of every generated defect and fails when one is left out.
 */
final class ReportCodec {
  private ReportCodec() {}

  static byte[] report(InstitutionReport r) {
    return write(out -> writeReport(r, out));
  }

  static InstitutionReport report(byte[] bytes) {
    return read(bytes, ReportCodec::readReport);
  }

  static byte[] finding(Finding f) {
    return write(out -> writeFinding(f, out));
  }

  static Finding finding(byte[] bytes) {
    return read(bytes, ReportCodec::readFinding);
  }

  static byte[] outcome(CheckOutcome o) {
    return write(out -> writeOutcome(o, out));
  }

  static CheckOutcome outcome(byte[] bytes) {
    return read(bytes, ReportCodec::readOutcome);
  }

  private interface Writing {
    void to(DataOutput out) throws IOException;
  }

  private interface Reading<T> {
    T from(DataInput in) throws IOException;
  }

  private static byte[] write(Writing w) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      w.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static <T> T read(byte[] bytes, Reading<T> r) {
    try {
      return r.from(new DataInputStream(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a report written by ReportCodec", e);
    }
  }

  private static void writeReport(InstitutionReport r, DataOutput out) throws IOException {
    writeText(r.institutionId(), out);
    writeText(r.institutionName(), out);
    out.writeBoolean(r.examSite());
    writeOptional(r.inspectedOn().map(LocalDate::toString), out);
    out.writeUTF(r.status().name());
    out.writeInt(r.findings().size());
    for (Finding f : r.findings()) {
      writeFinding(f, out);
    }
    out.writeInt(r.outcomes().size());
    for (CheckOutcome o : r.outcomes()) {
      writeOutcome(o, out);
    }
    out.writeInt(r.problems().size());
    for (InputProblem p : r.problems()) {
      writeProblem(p, out);
    }
  }

  private static InstitutionReport readReport(DataInput in) throws IOException {
    String id = readText(in);
    String name = readText(in);
    boolean examSite = in.readBoolean();
    Optional<LocalDate> inspectedOn = readOptional(in).map(LocalDate::parse);
    InspectionStatus status = InspectionStatus.valueOf(in.readUTF());
    int n = in.readInt();
    List<Finding> findings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      findings.add(readFinding(in));
    }
    n = in.readInt();
    List<CheckOutcome> outcomes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      outcomes.add(readOutcome(in));
    }
    n = in.readInt();
    List<InputProblem> problems = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      problems.add(readProblem(in));
    }
    return new InstitutionReport(id, name, examSite, inspectedOn, status, findings, outcomes, problems);
  }

  private static void writeFinding(Finding f, DataOutput out) throws IOException {
    out.writeUTF(f.checkId());
    out.writeUTF(f.severity().name());
    out.writeUTF(f.group().id());
    out.writeInt(f.group().order());
    out.writeUTF(f.institutionId());
    writeSubject(f.subject(), out);
    out.writeUTF(f.messageKey());
    writeValues(f.arguments(), out);
    writeValues(f.evidence(), out);
    out.writeInt(f.regulations().size());
    for (RegulationRef r : f.regulations()) {
      out.writeUTF(r.code());
      out.writeUTF(r.clause());
      out.writeUTF(r.title());
    }
    out.writeUTF(f.fingerprint());
  }

  private static Finding readFinding(DataInput in) throws IOException {
    String checkId = in.readUTF();
    Severity severity = Severity.valueOf(in.readUTF());
    Group group = new Group(in.readUTF(), in.readInt());
    String institutionId = in.readUTF();
    Subject subject = readSubject(in);
    String messageKey = in.readUTF();
    Map<String, Object> arguments = readValues(in);
    Map<String, Object> evidence = readValues(in);
    int n = in.readInt();
    List<RegulationRef> regulations = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      regulations.add(new RegulationRef(in.readUTF(), in.readUTF(), in.readUTF()));
    }
    return new Finding(checkId, severity, group, institutionId, subject, messageKey, arguments, evidence, regulations, in.readUTF());
  }

  private static void writeSubject(Subject s, DataOutput out) throws IOException {
    out.writeUTF(s.kind().name());
    out.writeUTF(s.id());
    out.writeUTF(s.label());
    out.writeBoolean(s.parent().isPresent());
    if (s.parent().isPresent()) {
      writeSubject(s.parent().get(), out);
    }
  }

  private static Subject readSubject(DataInput in) throws IOException {
    SubjectKind kind = SubjectKind.valueOf(in.readUTF());
    String id = in.readUTF();
    String label = in.readUTF();
    Optional<Subject> parent = in.readBoolean() ? Optional.of(readSubject(in)) : Optional.empty();
    return new Subject(kind, id, label, parent);
  }

  private static void writeOutcome(CheckOutcome o, DataOutput out) throws IOException {
    out.writeUTF(o.checkId());
    out.writeUTF(o.status().name());
    out.writeInt(o.findings());
    writeOptional(o.detail(), out);
    writeOptional(o.errorKind().map(Enum::name), out);
  }

  private static CheckOutcome readOutcome(DataInput in) throws IOException {
    String checkId = in.readUTF();
    OutcomeStatus status = OutcomeStatus.valueOf(in.readUTF());
    int findings = in.readInt();
    Optional<String> detail = readOptional(in);
    Optional<CheckOutcome.ErrorKind> kind = readOptional(in).map(CheckOutcome.ErrorKind::valueOf);
    return new CheckOutcome(checkId, status, findings, detail, Optional.empty(), kind);
  }

  private static void writeProblem(InputProblem p, DataOutput out) throws IOException {
    writeOptional(p.file(), out);
    writeOptional(p.line().map(String::valueOf), out);
    writeOptional(p.column().map(String::valueOf), out);
    out.writeUTF(p.path());
    writeText(p.value(), out);
    writeText(p.message(), out);
    out.writeUTF(p.key());
    out.writeInt(p.args().size());
    for (String a : p.args()) {
      writeText(a, out);
    }
  }

  private static InputProblem readProblem(DataInput in) throws IOException {
    Optional<String> file = readOptional(in);
    Optional<Integer> line = readOptional(in).map(Integer::valueOf);
    Optional<Integer> column = readOptional(in).map(Integer::valueOf);
    String path = in.readUTF();
    String value = readText(in);
    String message = readText(in);
    String key = in.readUTF();
    int n = in.readInt();
    List<String> args = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      args.add(readText(in));
    }
    return new InputProblem(file, line, column, path, value, message, key, args);
  }

  // Value tags of a finding's arguments and evidence: the types Finding allows.
  private static final int STRING = 1;
  private static final int INTEGER = 2;
  private static final int LONG = 3;
  private static final int DECIMAL = 4;
  private static final int BOOLEAN = 5;
  private static final int DATE = 6;
  private static final int TIME = 7;
  private static final int LIST = 8;

  private static void writeValues(Map<String, Object> values, DataOutput out) throws IOException {
    out.writeInt(values.size());
    for (Map.Entry<String, Object> e : values.entrySet()) {
      out.writeUTF(e.getKey());
      writeValue(e.getValue(), out);
    }
  }

  private static Map<String, Object> readValues(DataInput in) throws IOException {
    int n = in.readInt();
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      values.put(in.readUTF(), readValue(in));
    }
    return values;
  }

  private static void writeValue(Object v, DataOutput out) throws IOException {
    if (v instanceof String s) {
      out.writeByte(STRING);
      writeText(s, out);
    } else if (v instanceof Integer i) {
      out.writeByte(INTEGER);
      out.writeInt(i);
    } else if (v instanceof Long l) {
      out.writeByte(LONG);
      out.writeLong(l);
    } else if (v instanceof BigDecimal d) {
      out.writeByte(DECIMAL);
      byte[] unscaled = d.unscaledValue().toByteArray();
      out.writeInt(d.scale());
      out.writeInt(unscaled.length);
      out.write(unscaled);
    } else if (v instanceof Boolean b) {
      out.writeByte(BOOLEAN);
      out.writeBoolean(b);
    } else if (v instanceof LocalDate d) {
      out.writeByte(DATE);
      out.writeUTF(d.toString());
    } else if (v instanceof LocalTime t) {
      out.writeByte(TIME);
      out.writeUTF(t.toString());
    } else if (v instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object e : list) {
        writeValue(e, out);
      }
    } else {
      throw new IllegalArgumentException("a finding may not hold a " + v.getClass().getName());
    }
  }

  private static Object readValue(DataInput in) throws IOException {
    int tag = in.readByte();
    switch (tag) {
      case STRING:
        return readText(in);
      case INTEGER:
        return in.readInt();
      case LONG:
        return in.readLong();
      case DECIMAL: {
        int scale = in.readInt();
        byte[] unscaled = new byte[in.readInt()];
        in.readFully(unscaled);
        return new BigDecimal(new BigInteger(unscaled), scale);
      }
      case BOOLEAN:
        return in.readBoolean();
      case DATE:
        return LocalDate.parse(in.readUTF());
      case TIME:
        return LocalTime.parse(in.readUTF());
      case LIST: {
        int n = in.readInt();
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(readValue(in));
        }
        return list;
      }
      default:
        throw new IOException("unknown value tag " + tag);
    }
  }

  private static void writeOptional(Optional<String> v, DataOutput out) throws IOException {
    out.writeBoolean(v.isPresent());
    if (v.isPresent()) {
      writeText(v.get(), out);
    }
  }

  private static Optional<String> readOptional(DataInput in) throws IOException {
    return in.readBoolean() ? Optional.of(readText(in)) : Optional.empty();
  }

  /** Text of any length ({@code writeUTF} stops at 64 KiB): its UTF-8 bytes after their count. */
  private static void writeText(String s, DataOutput out) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readText(DataInput in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }
}
