package org.ducha.checks.staffing;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.ClassIndex;
import org.ducha.check.CollectContext;
import org.ducha.check.Fact;
import org.ducha.check.FactCodec;
import org.ducha.check.InspectionCheck;
import org.ducha.check.JudgeContext;
import org.ducha.check.RegulationRef;
import org.ducha.check.TimeSpans;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DeliveryMode;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonRecord;
import org.ducha.model.StaffMember;
import org.ducha.model.TrainingClass;

/**
 * 同一教师同一时段在两个培训机构授课: one person — recognised by identity number (居民身份证号码) on the personnel
 * files — taught at two institutions at overlapping times. An inspection-scope check: each institution concerned gets
 * a finding about its teacher, naming the other institution and times in the evidence.
 *
 * <p>A lesson is placed where the records put it: each delivered record (授课记录) of an offline lesson by its teacher
 * on its day, or, for a lesson with no delivered record, the planned teacher on the planned day; always at the
 * lesson's planned times. Online lessons do not count (recorded courseware needs no teacher at that hour, as for
 * {@code staffing.teacher.double-booked}). Lessons that only touch (one ends at 10:00, the other starts at 10:00) do
 * not overlap. Two staff records of one institution with the same identity number are compared as well.
 *
 * <p>Facts: one per teacher with an identity number and institution — staff id, name and the union of the teaching
 * times — about 20 bytes plus 8 per separate span taught.
 */
public final class TeacherAcrossInstitutions implements InspectionCheck<IdentityNumber, TeacherAcrossInstitutions.Teaching> {

  static final String ID = "staffing.teacher.cross-institution";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.teaching")
      .severity(Severity.MAJOR)
      .regulation(RegulationRef.projectJudgement(
          "同一教师不能同一时段在两个培训机构授课：两处授课记录至少有一处不真实"))
      .build();

  /**
   * A teacher's teaching at one institution.
   *
   * @param staffId the teacher's staff id there
   * @param name the teacher's name there
   * @param spans the times taught, as {@link TimeSpans#union} gives them
   */
  public record Teaching(String staffId, String name, long[] spans) {}

  private static final FactCodec<IdentityNumber, Teaching> CODEC = new PersonFactCodec<>() {
    @Override
    public void writeFact(Teaching fact, DataOutput out) throws IOException {
      out.writeUTF(fact.staffId());
      out.writeUTF(fact.name());
      TimeSpans.write(fact.spans(), out);
    }

    @Override
    public Teaching readFact(DataInput in) throws IOException {
      return new Teaching(in.readUTF(), in.readUTF(), TimeSpans.read(in));
    }
  };

  /** Evidence lists the first overlaps, by time; {@code count} gives them all. Keeps a report of many findings small. */
  static final int EVIDENCE_LIMIT = 5;

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public FactCodec<IdentityNumber, Teaching> codec() {
    return CODEC;
  }

  @Override
  public void collect(Institution institution, CollectContext<IdentityNumber, Teaching> context) {
    Map<String, long[]> spans = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, StaffMember> teachers = new LinkedHashMap<>();
    for (StaffMember s : institution.staff()) {
      if (s.identityNumber().filter(IdentityNumber::wellFormed).isPresent()) {
        teachers.put(s.id(), s);
      }
    }
    if (teachers.isEmpty()) {
      return;
    }
    for (TrainingClass c : institution.classes()) {
      ClassIndex index = context.index().of(c);
      for (Lesson l : c.lessons()) {
        if (l.mode() != DeliveryMode.OFFLINE || !l.end().isAfter(l.start())) {
          continue;
        }
        List<LessonRecord> delivered = index.lessonRecords(l.id());
        if (delivered.isEmpty()) {
          add(spans, counts, teachers, l.teacherId(), TimeSpans.of(l.date(), l.start(), l.end()));
        }
        for (LessonRecord r : delivered) {
          add(spans, counts, teachers, r.teacherId(), TimeSpans.of(r.date(), l.start(), l.end()));
        }
      }
    }
    spans.forEach((staffId, s) -> {
      StaffMember m = teachers.get(staffId);
      context.fact(m.identityNumber().get(), new Teaching(staffId, m.name(), TimeSpans.union(s, counts.get(staffId))));
    });
  }

  private static void add(Map<String, long[]> spans, Map<String, Integer> counts, Map<String, StaffMember> teachers,
      String staffId, long span) {
    if (!teachers.containsKey(staffId)) {
      return;
    }
    int n = counts.getOrDefault(staffId, 0);
    long[] s = spans.computeIfAbsent(staffId, k -> new long[16]);
    if (n == s.length) {
      s = Arrays.copyOf(s, n * 2);
      spans.put(staffId, s);
    }
    s[n] = span;
    counts.put(staffId, n + 1);
  }

  @Override
  public void judge(IdentityNumber key, List<Fact<Teaching>> facts, JudgeContext context) {
    int size = facts.size();
    if (size < 2) {
      return;
    }
    Clashes clashes = new Clashes(size, ArrayList::new);
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        Fact<Teaching> a = facts.get(i);
        Fact<Teaching> b = facts.get(j);
        int fi = i;
        int fj = j;
        TimeSpans.overlaps(a.value().spans(), b.value().spans(), (x, y) -> {
          clashes.add(fi, TimeSpans.format(x) + " / " + side(b) + " " + TimeSpans.format(y), b.institution().name(), TimeSpans.day(x));
          clashes.add(fj, TimeSpans.format(y) + " / " + side(a) + " " + TimeSpans.format(x), a.institution().name(), TimeSpans.day(y));
        });
      }
    }
    for (int i = 0; i < size; i++) {
      if (!clashes.any(i)) {
        continue;
      }
      Fact<Teaching> f = facts.get(i);
      List<String> list = clashes.lines(i);
      context.finding(f.institution(), Subject.of(SubjectKind.STAFF, f.value().staffId(), f.value().name()))
          .arg("name", f.value().name())
          .arg("identityNumber", key.masked())
          .arg("otherInstitutions", clashes.others(i))
          .arg("dates", clashes.dates(i))
          .arg("count", list.size())
          .evidence("clashes", list.size() > EVIDENCE_LIMIT ? List.copyOf(list.subList(0, EVIDENCE_LIMIT)) : list)
          .emit();
    }
  }

  private static String side(Fact<Teaching> f) {
    return f.institution().name() + " (" + f.value().staffId() + ")";
  }
}
