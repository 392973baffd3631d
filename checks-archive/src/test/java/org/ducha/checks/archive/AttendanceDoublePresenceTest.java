package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.line;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.Trainee;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class AttendanceDoublePresenceTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(AttendanceDoublePresence.ID);

  /**
   * The blended class gains tr-01 (刘洋, also a trainee of the offline class) and an extra lesson m5 on
   * 2022-03-07 from {@code start} to {@code end}, for which tr-01's line is {@code entry}.
   */
  private static Institution extraLesson(LocalTime start, LocalTime end, DeliveryMode mode, AttendanceEntry entry) {
    return ArchiveScenarios.blended(b -> {
      b.trainees.add(new Trainee("tr-01", "刘洋", Optional.empty()));
      b.lessons.add(new Lesson("m5", ArchiveScenarios.MARCH_7, start, end, "煤矿安全规程补充", Fixtures.TEACHER_2,
          new BigDecimal("2"), LessonKind.THEORY, mode));
      b.attendance.add(entry);
      return b;
    });
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_the_trainee_signed_in_to_overlapping_offline_lessons_of_two_classes() {
    Institution inst = extraLesson(LocalTime.of(10, 0), LocalTime.of(12, 0), DeliveryMode.OFFLINE,
        line("tr-01", "m5", LocalTime.of(9, 55), LocalTime.of(12, 0)));
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(AttendanceDoublePresence.ID)
        .times(1)
        .forSubject(SubjectKind.TRAINEE, "tr-01")
        .withSeverity(Severity.CRITICAL)
        .withArgument("dates", List.of(ArchiveScenarios.MARCH_7))
        .withArgument("classNames", List.of("低压电工初训班", "井下电气作业复训班"))
        .withArgument("count", 1);
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, AttendanceDoublePresence.ID)))
        .isEqualTo("学员刘洋2022年3月7日同一时段在低压电工初训班、井下电气作业复训班签到（1处时间重叠）");
  }

  @Test
  void silent_on_back_to_back_lessons() {
    Institution inst = extraLesson(LocalTime.of(11, 30), LocalTime.of(13, 30), DeliveryMode.OFFLINE,
        line("tr-01", "m5", LocalTime.of(11, 30), LocalTime.of(13, 30)));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_on_an_online_lesson_whose_platform_recorded_no_times() {
    Institution inst = extraLesson(LocalTime.of(9, 0), LocalTime.of(11, 0), DeliveryMode.ONLINE,
        new AttendanceEntry("tr-01", "m5", true, Optional.empty(), true, Optional.empty(), AttendanceMethod.ONLINE_PLATFORM));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void an_online_lesson_occupies_the_time_its_platform_recorded() {
    Institution watchedInClass = extraLesson(LocalTime.of(18, 0), LocalTime.of(20, 0), DeliveryMode.ONLINE,
        new AttendanceEntry("tr-01", "m5", true, Optional.of(LocalTime.of(9, 0)), true, Optional.of(LocalTime.of(10, 0)),
            AttendanceMethod.ONLINE_PLATFORM));
    assertThat(tester.inspect(watchedInClass)).hasFinding(AttendanceDoublePresence.ID).forSubject(SubjectKind.TRAINEE, "tr-01");

    Institution watchedAtNight = extraLesson(LocalTime.of(9, 0), LocalTime.of(10, 0), DeliveryMode.ONLINE,
        new AttendanceEntry("tr-01", "m5", true, Optional.of(LocalTime.of(19, 0)), true, Optional.of(LocalTime.of(20, 0)),
            AttendanceMethod.ONLINE_PLATFORM));
    assertThat(tester.inspect(watchedAtNight)).hasNoFindings();
  }
}
