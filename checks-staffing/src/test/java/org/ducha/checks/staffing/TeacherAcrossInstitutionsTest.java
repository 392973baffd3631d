package org.ducha.checks.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.staffing.CrossInstitutionScenarios.HERE_NAME;
import static org.ducha.checks.staffing.CrossInstitutionScenarios.OTHER;
import static org.ducha.checks.staffing.CrossInstitutionScenarios.OTHER_NAME;
import static org.ducha.checks.staffing.CrossInstitutionScenarios.other;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.SubjectKind;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonRecord;
import org.ducha.testkit.CheckResults;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class TeacherAcrossInstitutionsTest {

  private static final String ID = TeacherAcrossInstitutions.ID;
  private static final IdentityNumber ZHOU = Fixtures.identityNumber(31);
  private final CheckTester tester = CheckTester.forPack(new StaffingPack()).only(ID);

  /** The clean fixture; its teacher s-t1 (周伟, l1 on 7 March and l3 on 8 March, 08:30-11:30) carries ZHOU. */
  private static Institution here() {
    return Mutations.staffIdentity(Fixtures.cleanInstitution(), Fixtures.TEACHER_1, ZHOU);
  }

  /** The other institution, where s-t1 carries ZHOU and teaches only l1, planned and delivered from {@code from} to {@code to}. */
  private static Institution otherTeachingL1(LocalTime from, LocalTime to) {
    Institution i = other(here());
    i = Mutations.mapLesson(i, Fixtures.CLASS_OFFLINE, "l3", l -> new Lesson(l.id(), l.date(), l.start(), l.end(), l.course(),
        Fixtures.TEACHER_2, l.hours(), l.kind(), l.mode()));
    i = Mutations.mapLessonRecord(i, Fixtures.CLASS_OFFLINE, "l3", r -> new LessonRecord(r.lessonId(), r.date(), r.topic(), Fixtures.TEACHER_2, true));
    return Mutations.mapLesson(i, Fixtures.CLASS_OFFLINE, "l1", l -> new Lesson(l.id(), l.date(), from, to, l.course(),
        l.teacherId(), l.hours(), l.kind(), l.mode()));
  }

  @Test
  void fires_at_both_institutions_on_one_teacher_teaching_at_both_at_once() {
    Map<String, CheckResults> r = tester.executeTogether(here(), other(here()));
    DuchaAssertions.assertThat(r.get(Fixtures.INSTITUTION_ID).report()).hasFinding(ID).times(1)
        .forSubject(SubjectKind.STAFF, Fixtures.TEACHER_1)
        .withArgument("identityNumber", ZHOU.masked())
        .withArgument("otherInstitutions", List.of(OTHER_NAME))
        .withArgument("dates", List.of(LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 8)))
        .withArgument("count", 2);
    DuchaAssertions.assertThat(r.get(OTHER).report()).hasFinding(ID).times(1).withArgument("otherInstitutions", List.of(HERE_NAME));
    CheckResults here = r.get(Fixtures.INSTITUTION_ID);
    assertThat(here.message(here.findings(ID).get(0), MessageCatalog.ZH_CN)).isEqualTo(
        "教师周伟（身份证号140502********0318）2022年3月7日、2022年3月8日在本机构授课的时段，同一人在" + OTHER_NAME + "也在授课（2处时间重叠）");
    assertThat(here.findings(ID).get(0).toString()).doesNotContain(ZHOU.value());
  }

  @Test
  void silent_when_the_lessons_only_touch_and_fires_on_a_minute_of_overlap() {
    assertThat(tester.executeTogether(here(), otherTeachingL1(LocalTime.of(11, 30), LocalTime.of(14, 0))).values())
        .allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
    Map<String, CheckResults> r = tester.executeTogether(here(), otherTeachingL1(LocalTime.of(11, 29), LocalTime.of(14, 0)));
    DuchaAssertions.assertThat(r.get(Fixtures.INSTITUTION_ID).report()).hasFinding(ID).times(1)
        .withEvidence("clashes", List.of("2022-03-07 08:30-11:30 / " + OTHER_NAME + " (s-t1) 2022-03-07 11:29-14:00"));
  }

  @Test
  void the_teacher_of_the_delivered_record_counts_not_the_planned_one() {
    // There, l1 is planned for s-t2 but the record says s-t1 taught it; l3 is given to s-t2 throughout.
    Institution there = Mutations.mapLesson(otherTeachingL1(LocalTime.of(8, 30), LocalTime.of(11, 30)), Fixtures.CLASS_OFFLINE, "l1",
        l -> new Lesson(l.id(), l.date(), l.start(), l.end(), l.course(), Fixtures.TEACHER_2, l.hours(), l.kind(), l.mode()));
    DuchaAssertions.assertThat(tester.executeTogether(here(), there).get(OTHER).report()).hasFinding(ID).times(1).withArgument("count", 1);
    Institution taughtByOther = Mutations.mapLessonRecord(there, Fixtures.CLASS_OFFLINE, "l1",
        r -> new LessonRecord(r.lessonId(), r.date(), r.topic(), Fixtures.TEACHER_2, true));
    assertThat(tester.executeTogether(here(), taughtByOther).values()).allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
  }

  @Test
  void online_lessons_do_not_count() {
    // s-t2 (吴敏) teaches offline l2, l6 and m4, and online nothing; s-t3 (钱芳) teaches only the online m1.
    IdentityNumber qian = Fixtures.identityNumber(33);
    Institution here = Mutations.staffIdentity(Fixtures.cleanInstitution(), Fixtures.TEACHER_EXTERNAL, qian);
    assertThat(tester.executeTogether(here, other(here)).values()).allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
  }

  @Test
  void silent_on_two_people_and_on_one_institution_alone() {
    Institution there = Mutations.staffIdentity(other(Fixtures.cleanInstitution()), Fixtures.TEACHER_1, Fixtures.identityNumber(32));
    assertThat(tester.executeTogether(here(), there).values()).allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
    DuchaAssertions.assertThat(tester.inspect(here())).hasNoFindings();
  }
  @Test
  void a_lesson_without_a_delivered_record_counts_for_its_planned_teacher() {
    Institution there = Mutations.removeLessonRecord(otherTeachingL1(LocalTime.of(8, 30), LocalTime.of(11, 30)), Fixtures.CLASS_OFFLINE, "l1");
    Map<String, CheckResults> r = tester.executeTogether(here(), there);
    DuchaAssertions.assertThat(r.get(OTHER).report()).hasFinding(ID).times(1)
        .withEvidence("clashes", List.of("2022-03-07 08:30-11:30 / " + HERE_NAME + " (s-t1) 2022-03-07 08:30-11:30"));
  }

  /** {@code inst} where s-t1 carries ZHOU and is planned and recorded as the teacher of the first {@code n} offline lessons. */
  private static Institution teachingFirst(Institution inst, int n) {
    Institution out = inst;
    int done = 0;
    for (var c : inst.classes()) {
      for (Lesson l : c.lessons()) {
        if (done == n || l.mode() != org.ducha.model.DeliveryMode.OFFLINE) {
          continue;
        }
        done++;
        out = Mutations.mapLesson(out, c.id(), l.id(), x -> new Lesson(x.id(), x.date(), x.start(), x.end(), x.course(),
            Fixtures.TEACHER_1, x.hours(), x.kind(), x.mode()));
        if (!out.classes().stream().filter(k -> k.id().equals(c.id())).findFirst().orElseThrow().lessonRecords().stream()
            .filter(rec -> rec.lessonId().equals(l.id())).toList().isEmpty()) {
          out = Mutations.mapLessonRecord(out, c.id(), l.id(),
              rec -> new LessonRecord(rec.lessonId(), rec.date(), rec.topic(), Fixtures.TEACHER_1, true));
        }
      }
    }
    assertThat(done).as("offline lessons in the fixture").isEqualTo(n);
    return Mutations.staffIdentity(out, Fixtures.TEACHER_1, ZHOU);
  }

  @Test
  void evidence_lists_the_first_five_clashes_by_time_and_count_gives_them_all() {
    for (int n : new int[] {TeacherAcrossInstitutions.EVIDENCE_LIMIT, TeacherAcrossInstitutions.EVIDENCE_LIMIT + 1}) {
      Institution here = teachingFirst(Fixtures.cleanInstitution(), n);
      CheckResults r = tester.executeTogether(here, other(here)).get(Fixtures.INSTITUTION_ID);
      assertThat(r.findings(ID)).hasSize(1);
      assertThat(r.findings(ID).get(0).arguments()).containsEntry("count", n);
      List<?> evidence = (List<?>) r.findings(ID).get(0).evidence().get("clashes");
      assertThat(evidence).hasSize(Math.min(n, TeacherAcrossInstitutions.EVIDENCE_LIMIT)).isSortedAccordingTo(
          java.util.Comparator.comparing(Object::toString));
    }
  }

  @Test
  void clashes_with_two_other_institutions_are_listed_by_time() {
    Institution third = Mutations.asInstitution(here(), "third-centre", "第三安全技术培训中心");
    CheckResults r = tester.executeTogether(here(), other(here()), third).get(Fixtures.INSTITUTION_ID);
    DuchaAssertions.assertThat(r.report()).hasFinding(ID).times(1)
        .withArgument("otherInstitutions", List.of("第三安全技术培训中心", OTHER_NAME).stream().sorted().toList())
        .withArgument("count", 4)
        .withEvidence("clashes", List.of(
            "2022-03-07 08:30-11:30 / " + OTHER_NAME + " (s-t1) 2022-03-07 08:30-11:30",
            "2022-03-07 08:30-11:30 / 第三安全技术培训中心 (s-t1) 2022-03-07 08:30-11:30",
            "2022-03-08 08:30-11:30 / " + OTHER_NAME + " (s-t1) 2022-03-08 08:30-11:30",
            "2022-03-08 08:30-11:30 / 第三安全技术培训中心 (s-t1) 2022-03-08 08:30-11:30"));
  }
}
