package org.ducha.checks.staffing;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ducha.check.Applicability;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CollectContext;
import org.ducha.check.Fact;
import org.ducha.check.FactCodec;
import org.ducha.check.InspectionCheck;
import org.ducha.check.JudgeContext;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.ExamSession;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.TrainingClass;

/**
 * 同一考评员同日在两个考试点考试: one person — recognised by identity number (居民身份证号码) — is recorded as examiner
 * (assigned, or signing the score sheet) of exam sessions at two exam sites on the same day. Examiners score practical
 * exams on site; an exam session records its day but not its hours, so the same day at two sites is taken as at once
 * — the project's judgement, until sessions record their times. An inspection-scope check for exam sites: each site
 * concerned gets a finding about its examiner, naming the other site and the days. Sessions of one institution are
 * never compared with each other (one site).
 *
 * <p>Facts: one per examiner with an identity number and exam site — staff id, name and the days examined — about 20
 * bytes plus 4 per day.
 */
public final class ExaminerAcrossSites implements InspectionCheck<IdentityNumber, ExaminerAcrossSites.Examining> {

  static final String ID = "staffing.examiner.cross-site";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .severity(Severity.MAJOR)
      .applicability(Applicability.EXAM_SITES)
      .regulation(Regulations.EXAM_MEASURES)
      .regulation(RegulationRef.projectJudgement(
          "考评员在考试现场评分，不能同日在两个考试点考试；考试场次只记日期，同日即视为同时"))
      .build();

  /**
   * An examiner's exam days at one exam site.
   *
   * @param staffId the examiner's staff id there
   * @param name the examiner's name there
   * @param days the days examined, as epoch days, ascending, without repeats
   */
  public record Examining(String staffId, String name, int[] days) {}

  private static final FactCodec<IdentityNumber, Examining> CODEC = new PersonFactCodec<>() {
    @Override
    public void writeFact(Examining fact, DataOutput out) throws IOException {
      out.writeUTF(fact.staffId());
      out.writeUTF(fact.name());
      out.writeInt(fact.days().length);
      for (int d : fact.days()) {
        out.writeInt(d);
      }
    }

    @Override
    public Examining readFact(DataInput in) throws IOException {
      String id = in.readUTF();
      String name = in.readUTF();
      int[] days = new int[in.readInt()];
      for (int i = 0; i < days.length; i++) {
        days[i] = in.readInt();
      }
      return new Examining(id, name, days);
    }
  };

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public FactCodec<IdentityNumber, Examining> codec() {
    return CODEC;
  }

  @Override
  public void collect(Institution institution, CollectContext<IdentityNumber, Examining> context) {
    Map<String, TreeSet<Integer>> days = new LinkedHashMap<>();
    for (TrainingClass c : institution.classes()) {
      for (ExamSession s : c.exams()) {
        int day = (int) s.date().toEpochDay();
        for (String id : s.examinerIds()) {
          days.computeIfAbsent(id, k -> new TreeSet<>()).add(day);
        }
        for (String id : s.scoreSheetSignedBy()) {
          days.computeIfAbsent(id, k -> new TreeSet<>()).add(day);
        }
      }
    }
    days.forEach((staffId, d) -> context.index().staff(staffId).ifPresent(m -> {
      if (m.identityNumber().filter(IdentityNumber::wellFormed).isPresent()) {
        context.fact(m.identityNumber().get(), new Examining(staffId, m.name(), d.stream().mapToInt(Integer::intValue).toArray()));
      }
    }));
  }

  @Override
  public void judge(IdentityNumber key, List<Fact<Examining>> facts, JudgeContext context) {
    int size = facts.size();
    if (size < 2) {
      return;
    }
    Clashes clashes = new Clashes(size, TreeSet::new);
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        Fact<Examining> a = facts.get(i);
        Fact<Examining> b = facts.get(j);
        if (a.institution().id().equals(b.institution().id())) {
          continue;
        }
        int[] x = a.value().days();
        int[] y = b.value().days();
        for (int p = 0, q = 0; p < x.length && q < y.length; ) {
          if (x[p] < y[q]) {
            p++;
          } else if (x[p] > y[q]) {
            q++;
          } else {
            LocalDate day = LocalDate.ofEpochDay(x[p]);
            clashes.add(i, day + " / " + side(b), site(b), day);
            clashes.add(j, day + " / " + side(a), site(a), day);
            p++;
            q++;
          }
        }
      }
    }
    for (int i = 0; i < size; i++) {
      if (!clashes.any(i)) {
        continue;
      }
      Fact<Examining> f = facts.get(i);
      List<LocalDate> dates = clashes.dates(i);
      context.finding(f.institution(), Subject.of(SubjectKind.STAFF, f.value().staffId(), f.value().name()))
          .arg("name", f.value().name())
          .arg("identityNumber", key.masked())
          .arg("otherSites", clashes.others(i))
          .arg("dates", dates)
          .arg("count", dates.size())
          .evidence("clashes", clashes.lines(i))
          .emit();
    }
  }

  private static String site(Fact<Examining> f) {
    return f.institution().examSite().isEmpty() ? f.institution().name() : f.institution().examSite();
  }

  private static String side(Fact<Examining> f) {
    return site(f) + " (" + f.institution().name() + ", " + f.value().staffId() + ")";
  }
}
