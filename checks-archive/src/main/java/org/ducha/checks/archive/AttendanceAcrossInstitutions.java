package org.ducha.checks.archive;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.ClassIndex;
import org.ducha.check.CollectContext;
import org.ducha.check.Fact;
import org.ducha.check.FactCodec;
import org.ducha.check.InspectionCheck;
import org.ducha.check.JudgeContext;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.check.TimeSpans;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.DeliveryMode;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;

/**
 * 同一人同一时段在两个培训机构签到: one person — recognised by identity number (居民身份证号码) — signed in at two
 * institutions at overlapping times: at least one of the two signatures is false (代签). An inspection-scope check: each
 * institution concerned gets a finding about its trainee, naming the other institution and times in the evidence.
 *
 * <p>Presence is placed in time as {@code archive.attendance.double-presence} places it: a signed line of an offline
 * lesson occupies the lesson's planned time; of an online lesson the time between the sign-in and sign-out the platform
 * recorded, and no time when it recorded none. Times that only touch (one ends at 10:00, the other starts at 10:00) do
 * not overlap. Two trainee records of one institution with the same identity number are compared as well (the same
 * trainee id in two classes at once is {@code archive.attendance.double-presence}'s).
 *
 * <p>Facts: one per trainee with an identity number and institution — trainee id, name and the union of the times
 * signed — about 20 bytes plus 8 per separate span of presence (a trainee of two lessons a day for eight days: about
 * 150 bytes).
 */
public final class AttendanceAcrossInstitutions implements InspectionCheck<IdentityNumber, AttendanceAcrossInstitutions.Presence> {

  static final String ID = "archive.attendance.cross-institution";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.CRITICAL)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .regulation(RegulationRef.projectJudgement("同一人不能同一时段在两个培训机构上课，两处签到至少有一处不真实"))
      .build();

  /**
   * A trainee's presence at one institution.
   *
   * @param traineeId the trainee's id there
   * @param name the trainee's name there
   * @param spans the times signed, as {@link TimeSpans#union} gives them
   */
  public record Presence(String traineeId, String name, long[] spans) {}

  private static final FactCodec<IdentityNumber, Presence> CODEC = new FactCodec<>() {
    @Override
    public void writeKey(IdentityNumber key, DataOutput out) throws IOException {
      out.writeLong(key.digits());
    }

    @Override
    public IdentityNumber readKey(DataInput in) throws IOException {
      return IdentityNumber.ofDigits(in.readLong());
    }

    @Override
    public void writeFact(Presence fact, DataOutput out) throws IOException {
      out.writeUTF(fact.traineeId());
      out.writeUTF(fact.name());
      TimeSpans.write(fact.spans(), out);
    }

    @Override
    public Presence readFact(DataInput in) throws IOException {
      return new Presence(in.readUTF(), in.readUTF(), TimeSpans.read(in));
    }
  };

  /** Evidence lists the first overlaps, by time; {@code count} gives them all. Keeps a report of many findings small. */
  static final int EVIDENCE_LIMIT = 5;

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public FactCodec<IdentityNumber, Presence> codec() {
    return CODEC;
  }

  /** A trainee's spans as they are gathered. */
  private static final class Gathered {
    final IdentityNumber number;
    final String traineeId;
    final String name;
    long[] spans = new long[16];
    int n;

    Gathered(IdentityNumber number, String traineeId, String name) {
      this.number = number;
      this.traineeId = traineeId;
      this.name = name;
    }

    void add(long span) {
      if (n == spans.length) {
        spans = java.util.Arrays.copyOf(spans, n * 2);
      }
      spans[n++] = span;
    }
  }

  @Override
  public void collect(Institution institution, CollectContext<IdentityNumber, Presence> context) {
    Map<String, Gathered> people = new LinkedHashMap<>();
    for (TrainingClass c : institution.classes()) {
      Map<String, Gathered> inClass = new java.util.HashMap<>();
      for (Trainee t : c.trainees()) {
        Optional<IdentityNumber> number = t.identityNumber().filter(IdentityNumber::wellFormed);
        if (number.isPresent()) {
          inClass.put(t.id(), people.computeIfAbsent(t.id() + '\u001f' + number.get().value(),
              k -> new Gathered(number.get(), t.id(), t.name())));
        }
      }
      if (inClass.isEmpty()) {
        continue;
      }
      ClassIndex index = context.index().of(c);
      for (AttendanceEntry e : c.attendance()) {
        Gathered g = inClass.get(e.traineeId());
        if (g == null || !e.signedIn() && !e.signedOut()) {
          continue;
        }
        index.lesson(e.lessonId()).flatMap(l -> span(e, l)).ifPresent(g::add);
      }
    }
    for (Gathered g : people.values()) {
      if (g.n > 0) {
        context.fact(g.number, new Presence(g.traineeId, g.name, TimeSpans.union(g.spans, g.n)));
      }
    }
  }

  private static Optional<Long> span(AttendanceEntry e, Lesson l) {
    if (l.mode() == DeliveryMode.ONLINE) {
      if (e.signInTime().isEmpty() || e.signOutTime().isEmpty() || !e.signOutTime().get().isAfter(e.signInTime().get())) {
        return Optional.empty();
      }
      return Optional.of(TimeSpans.of(l.date(), e.signInTime().get(), e.signOutTime().get()));
    }
    return l.end().isAfter(l.start()) ? Optional.of(TimeSpans.of(l.date(), l.start(), l.end())) : Optional.empty();
  }

  @Override
  public void judge(IdentityNumber key, List<Fact<Presence>> facts, JudgeContext context) {
    if (facts.size() < 2) {
      return;
    }
    int size = facts.size();
    List<List<String>> overlaps = new ArrayList<>(size);
    List<TreeSet<String>> others = new ArrayList<>(size);
    List<TreeSet<java.time.LocalDate>> dates = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      overlaps.add(new ArrayList<>());
      others.add(new TreeSet<>());
      dates.add(new TreeSet<>());
    }
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        Fact<Presence> a = facts.get(i);
        Fact<Presence> b = facts.get(j);
        int fi = i;
        int fj = j;
        TimeSpans.overlaps(a.value().spans(), b.value().spans(), (x, y) -> {
          overlaps.get(fi).add(TimeSpans.format(x) + " / " + side(b) + " " + TimeSpans.format(y));
          overlaps.get(fj).add(TimeSpans.format(y) + " / " + side(a) + " " + TimeSpans.format(x));
          others.get(fi).add(b.institution().name());
          others.get(fj).add(a.institution().name());
          dates.get(fi).add(TimeSpans.day(x));
          dates.get(fj).add(TimeSpans.day(y));
        });
      }
    }
    for (int i = 0; i < size; i++) {
      if (overlaps.get(i).isEmpty()) {
        continue;
      }
      Fact<Presence> f = facts.get(i);
      List<String> list = new ArrayList<>(overlaps.get(i));
      list.sort(null);
      context.finding(f.institution(), Subject.of(SubjectKind.TRAINEE, f.value().traineeId(), f.value().name()))
          .arg("traineeName", f.value().name())
          .arg("identityNumber", key.masked())
          .arg("otherInstitutions", List.copyOf(others.get(i)))
          .arg("dates", List.copyOf(dates.get(i)))
          .arg("count", list.size())
          .evidence("overlaps", list.size() > EVIDENCE_LIMIT ? List.copyOf(list.subList(0, EVIDENCE_LIMIT)) : list)
          .emit();
    }
  }

  /** The other side of an overlap: institution and trainee id there. */
  private static String side(Fact<Presence> f) {
    return f.institution().name() + " (" + f.value().traineeId() + ")";
  }
}
