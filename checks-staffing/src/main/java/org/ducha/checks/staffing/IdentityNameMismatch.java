package org.ducha.checks.staffing;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CollectContext;
import org.ducha.check.Fact;
import org.ducha.check.FactCodec;
import org.ducha.check.InspectionCheck;
import org.ducha.check.JudgeContext;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.StaffMember;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;

/**
 * 同一身份证号码对应不同姓名: one identity number (居民身份证号码) is recorded under two different names — on trainee
 * rosters or personnel files, of one institution or of several. One of the records does not describe the person it
 * names (a borrowed or invented identity, 冒名顶替). Names are compared after Unicode NFKC normalisation (full-width
 * letters as half-width) with every white space removed, so {@code 张 三} and {@code 张三} are the same name; every
 * other difference counts. Each record concerned gets a finding in its institution naming the other names.
 *
 * <p>Facts: one per person record with an identity number — trainee or staff, id and name — about 20 bytes.
 */
public final class IdentityNameMismatch implements InspectionCheck<IdentityNumber, IdentityNameMismatch.Named> {

  static final String ID = "staffing.identity-number.name-mismatch";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .severity(Severity.MAJOR)
      .regulation(RegulationRef.projectJudgement(
          "一个居民身份证号码只属于一个人：同一号码登记为不同姓名，至少一处登记不属实（冒名顶替或信息虚假）"))
      .build();

  /**
   * A person record carrying an identity number.
   *
   * @param staff whether it is a staff record (else a trainee record)
   * @param personId the trainee or staff id within the institution
   * @param name the name written there
   */
  public record Named(boolean staff, String personId, String name) {}

  private static final FactCodec<IdentityNumber, Named> CODEC = new PersonFactCodec<>() {
    @Override
    public void writeFact(Named fact, DataOutput out) throws IOException {
      out.writeBoolean(fact.staff());
      out.writeUTF(fact.personId());
      out.writeUTF(fact.name());
    }

    @Override
    public Named readFact(DataInput in) throws IOException {
      return new Named(in.readBoolean(), in.readUTF(), in.readUTF());
    }
  };

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public FactCodec<IdentityNumber, Named> codec() {
    return CODEC;
  }

  @Override
  public void collect(Institution institution, CollectContext<IdentityNumber, Named> context) {
    for (StaffMember s : institution.staff()) {
      s.identityNumber().filter(IdentityNumber::wellFormed).ifPresent(n -> context.fact(n, new Named(true, s.id(), s.name())));
    }
    // A trainee keeps one id across the institution's classes: one fact per trainee id, number and name.
    Map<String, IdentityNumber> seen = new LinkedHashMap<>();
    for (TrainingClass c : institution.classes()) {
      for (Trainee t : c.trainees()) {
        if (t.identityNumber().filter(IdentityNumber::wellFormed).isEmpty()) {
          continue;
        }
        IdentityNumber n = t.identityNumber().get();
        if (seen.putIfAbsent(t.id() + '\u001f' + n.value() + '\u001f' + t.name(), n) == null) {
          context.fact(n, new Named(false, t.id(), t.name()));
        }
      }
    }
  }

  /** The name as compared: NFKC-normalised, white space removed. */
  static String normalise(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    n.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  @Override
  public void judge(IdentityNumber key, List<Fact<Named>> facts, JudgeContext context) {
    if (facts.size() < 2) {
      return;
    }
    Map<String, String> byNormal = new LinkedHashMap<>();
    for (Fact<Named> f : facts) {
      byNormal.putIfAbsent(normalise(f.value().name()), f.value().name());
    }
    if (byNormal.size() < 2) {
      return;
    }
    Map<String, Fact<Named>> reported = new LinkedHashMap<>();
    for (Fact<Named> f : facts) {
      String own = normalise(f.value().name());
      String subjectKey = f.institution().id() + '\u001f' + f.value().staff() + '\u001f' + f.value().personId();
      if (reported.putIfAbsent(subjectKey, f) != null) {
        continue; // the same record under two names in one institution: one finding names both
      }
      TreeSet<String> otherNames = new TreeSet<>();
      TreeSet<String> evidence = new TreeSet<>();
      for (Fact<Named> o : facts) {
        if (!normalise(o.value().name()).equals(own)) {
          otherNames.add(o.value().name());
          evidence.add(o.value().name() + " / " + o.institution().name() + " (" + (o.value().staff() ? "staff " : "trainee ")
              + o.value().personId() + ")");
        }
      }
      // never empty: the key holds at least two names after normalising, so one differs from this one
      Subject subject = Subject.of(f.value().staff() ? SubjectKind.STAFF : SubjectKind.TRAINEE, f.value().personId(), f.value().name());
      context.finding(f.institution(), subject)
          .arg("name", f.value().name())
          .arg("identityNumber", key.masked())
          .arg("otherNames", List.copyOf(otherNames))
          .arg("count", otherNames.size())
          .evidence("otherRecords", List.copyOf(evidence))
          .emit();
    }
  }
}
