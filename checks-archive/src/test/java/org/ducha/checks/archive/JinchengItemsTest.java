package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.leave;
import static org.ducha.checks.archive.ArchiveScenarios.withoutLine;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.ExamKind;
import org.ducha.model.FormFields;
import org.ducha.model.FormRow;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;
import org.ducha.model.TrainingClass;
import org.ducha.model.VolumeKind;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/**
 * The archive items of the Jincheng 2022 notice's annex (1.3, 1.4, 2.4, 3.4, 4.4, 5.3, 6.5, 7.4), each rebuilt from
 * the clean fixture as the records the inspectors would have read, and found by the whole pack — exactly the
 * checks the item names, and no other.
 */
class JinchengItemsTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack());

  private static Institution change(Institution inst, String classId, UnaryOperator<TrainingClass.Builder> change) {
    return Mutations.mapClass(inst, classId, c -> c.with(change));
  }

  private static Institution without(Institution inst, String classId, ClassDocumentType... types) {
    for (ClassDocumentType t : types) {
      inst = Mutations.withoutClassDocument(inst, classId, t);
    }
    return inst;
  }

  private List<String> zhTexts(InstitutionReport report) {
    return report.findings().stream().map(f -> ArchiveScenarios.zh(tester, f)).toList();
  }

  /** 1.4, 2021年5月6日低压电工初训班 and 2020年9月2日煤气工初训班, on the blended class. */
  static Institution lowVoltageClassOf2021() {
    Institution inst = change(Fixtures.cleanInstitution(), Fixtures.CLASS_BLENDED, b -> {
      // 未签到学员无请假条: 梁宇 did not sign for m4 and has no leave note; he then withdrew and was not examined.
      withoutLine(b, "tr-13", "m4");
      ArchiveScenarios.notExamined(b, "tr-13");
      // 综合考评报告未盖章未填写日期
      FormEdits.mapDocuments(b, ClassDocumentType.EVALUATION_REPORT, d -> FormEdits.undated(FormEdits.sealed(d, false)));
      // 教学计划执行表个别老师未签字; 课时与课程不对应
      FormEdits.mapExecutionRows(b, rows -> {
        rows.replaceAll(r -> switch (r.lessonId().orElseThrow()) {
          case "m1" -> new FormRow(r.lessonId(), r.course(), r.hours(), r.teacherId(), false);
          case "m2" -> new FormRow(r.lessonId(), r.course(), Optional.of(new BigDecimal("2")), r.teacherId(), true);
          default -> r;
        });
        return rows;
      });
      // 学员考核情况表中班主任鉴定和机构未填写未盖章
      return FormEdits.mapDocuments(b, ClassDocumentType.ASSESSMENT_FORM, d -> FormEdits.sealed(
          FormEdits.blankField(FormEdits.blankField(d, FormFields.HEAD_TEACHER_APPRAISAL), FormFields.INSTITUTION_OPINION), false));
    });
    // 无培训管理测评表和教师满意度测评表
    return without(inst, Fixtures.CLASS_BLENDED, ClassDocumentType.MANAGEMENT_SURVEY, ClassDocumentType.TEACHER_SATISFACTION_SURVEY);
  }

  @Test
  void item_1_3_score_sheets_without_examiners_signatures() {
    Institution inst = change(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE,
        b -> ExamEdits.mapSessions(ExamEdits.mapSessions(b, ExamKind.THEORY, s -> ExamEdits.signedBy(s, List.of())),
            ExamKind.PRACTICAL, s -> ExamEdits.signedBy(s, List.of())));
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFindingsExactlyOf(ExamScoreSheetUnsigned.ID);
    assertThat(report).hasFinding(ExamScoreSheetUnsigned.ID).times(2);
  }

  @Test
  void item_1_4_entrusted_class_archive() {
    Institution inst = change(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, b -> {
      // 教师未签到
      b.lessonRecords.replaceAll(r -> new LessonRecord(r.lessonId(), r.date(), r.topic(), r.teacherId(), false));
      // 学员签到表无培训时间
      b.attendance.replaceAll(e -> new AttendanceEntry(e.traineeId(), e.lessonId(), true, Optional.empty(), true, Optional.empty(), e.method()));
      // 学员考核档案卡未填写鉴定评语和培训单位意见
      return FormEdits.mapDocuments(b, ClassDocumentType.ARCHIVE_CARD,
          d -> FormEdits.blankField(FormEdits.blankField(d, FormFields.HEAD_TEACHER_APPRAISAL), FormFields.INSTITUTION_OPINION));
    });
    // 无班主任日志、教学计划执行表、综合评估报告和委托协议 (its trainees' archive cards stand for the assessment form)
    inst = without(inst, Fixtures.CLASS_OFFLINE, ClassDocumentType.HEAD_TEACHER_LOG, ClassDocumentType.PLAN_EXECUTION_FORM,
        ClassDocumentType.EVALUATION_REPORT, ClassDocumentType.ENTRUSTMENT_AGREEMENT, ClassDocumentType.ASSESSMENT_FORM);
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFindingsExactlyOf(TeacherUnsigned.ID, AttendanceNoTime.ID, AssessmentFormIncomplete.ID,
        HeadTeacherLogMissing.ID, PlanExecutionMissing.ID, EvaluationReportMissing.ID, EntrustmentAgreementMissing.ID);
    Assertions.assertThat(zhTexts(report)).contains(
        "2022年3月7日低压电工初训班档案教师未签到（6节课）",
        "2022年3月7日低压电工初训班档案学员签到表无培训时间（30人次）",
        "2022年3月7日低压电工初训班学员考核情况表（档案卡）未填写班主任鉴定或培训单位意见（5份）",
        "2022年3月7日低压电工初训班档案无班主任日志",
        "2022年3月7日低压电工初训班档案无教学计划执行表",
        "2022年3月7日低压电工初训班档案无综合评估报告",
        "2022年3月7日低压电工初训班档案无与示例市供电有限公司的委托协议");
  }

  @Test
  void item_1_4_low_voltage_and_gas_classes() {
    InstitutionReport report = tester.inspect(lowVoltageClassOf2021());
    assertThat(report).hasFindingsExactlyOf(AttendanceAbsenceWithoutLeave.ID, EvaluationReportUnsealed.ID, PlanExecutionUnsigned.ID,
        PlanExecutionHoursMismatch.ID, AssessmentFormIncomplete.ID, AssessmentFormUnsealed.ID, SurveyMissing.ID);
    Assertions.assertThat(zhTexts(report)).contains(
        "2022年2月21日井下电气作业复训班档案学员签到表中未签到学员无请假条（1人、1人次）",
        "2022年2月21日井下电气作业复训班综合评估报告未盖章未填写日期",
        "2022年2月21日井下电气作业复训班教学计划执行表个别老师未签字（1节课）",
        "2022年2月21日井下电气作业复训班教学计划执行表课时与课程不对应（1门课程）",
        "2022年2月21日井下电气作业复训班学员考核情况表（档案卡）未填写班主任鉴定或培训单位意见（1份）",
        "2022年2月21日井下电气作业复训班学员考核情况表（档案卡）未盖章（1份）",
        "2022年2月21日井下电气作业复训班档案无培训管理测评表和教师满意度测评表");
  }

  @Test
  void item_2_4_exam_archive_not_bound_and_practical_exam_not_filed() {
    Institution inst = change(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, b -> {
      b.archive.replaceAll(v -> v.kind() == VolumeKind.EXAM
          ? new ArchiveVolume(v.id(), v.kind(), false, v.contents().stream().filter(x -> !x.endsWith("-exam-practical")).toList())
          : v);
      return b;
    });
    inst = change(inst, Fixtures.CLASS_BLENDED, b -> {
      b.archive.replaceAll(v -> v.kind() == VolumeKind.ONLINE ? v : new ArchiveVolume(v.id(), v.kind(), false, v.contents()));
      return b;
    });
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFindingsExactlyOf(ArchiveNotBound.ID, ExamPracticalNotFiled.ID);
    Assertions.assertThat(zhTexts(report)).contains(
        "2022年3月7日低压电工初训班考核档案未装订",
        "2022年3月7日低压电工初训班实操考试档案未装入考核档案中",
        "2022年2月21日井下电气作业复训班档案未装订");
  }

  @Test
  void item_3_4_scores_without_sign_in_content_mismatch_and_no_online_archive() {
    Institution inst = change(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, b -> {
      b.attendance.removeIf(e -> e.traineeId().equals("tr-05"));
      return b;
    });
    inst = change(inst, Fixtures.CLASS_BLENDED, b -> {
      b.lessonRecords.replaceAll(r -> r.lessonId().equals("m4")
          ? new LessonRecord(r.lessonId(), r.date(), "班组长安全管理", r.teacherId(), true) : r);
      b.attendance.removeIf(e -> e.lessonId().equals("m1") || e.lessonId().equals("m2"));
      b.archive.removeIf(v -> v.kind() == VolumeKind.ONLINE);
      return b;
    });
    inst = without(inst, Fixtures.CLASS_BLENDED, ClassDocumentType.ONLINE_LEARNING_RECORD);
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFindingsExactlyOf(ExamScoreWithoutAttendance.ID, LessonContentMismatch.ID, OnlineNoArchive.ID);
  }

  @Test
  void item_4_4_no_head_teacher_log_assessment_form_or_plan_execution_form() {
    Institution inst = without(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, ClassDocumentType.HEAD_TEACHER_LOG,
        ClassDocumentType.ASSESSMENT_FORM, ClassDocumentType.ARCHIVE_CARD, ClassDocumentType.PLAN_EXECUTION_FORM);
    assertThat(tester.inspect(inst)).hasFindingsExactlyOf(HeadTeacherLogMissing.ID, AssessmentFormMissing.ID, PlanExecutionMissing.ID);
  }

  @Test
  void item_5_3_online_archive_incomplete_and_unbound_and_a_trainee_examined_short_after_leave() {
    Institution inst = change(Fixtures.cleanTrainingOnly(), Fixtures.CLASS_BLENDED, b -> {
      b.archive.replaceAll(v -> v.kind() == VolumeKind.ONLINE ? new ArchiveVolume(v.id(), v.kind(), false, v.contents()) : v);
      return b;
    });
    inst = without(inst, Fixtures.CLASS_BLENDED, ClassDocumentType.ONLINE_LEARNING_RECORD);
    inst = change(inst, Fixtures.CLASS_OFFLINE, b -> {
      withoutLine(b, "tr-02", "l5");
      withoutLine(b, "tr-02", "l6");
      b.leaveNotes.add(leave("tr-02", ArchiveScenarios.MARCH_9));
      return b;
    });
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFindingsExactlyOf(OnlineIncomplete.ID, OnlineNotBound.ID, ExamHoursShort.ID);
    Assertions.assertThat(zhTexts(report)).contains(
        "2022年2月21日井下电气作业复训班线上培训档案不健全",
        "2022年2月21日井下电气作业复训班线上培训档案未按规定整理装订",
        "2022年3月7日低压电工初训班档案1名学员未达培训学时（计划24学时）且组织参加考核");
  }

  @Test
  void item_6_5_content_differs_from_the_plan_and_no_trainee_evaluation_form() {
    Institution inst = change(Fixtures.cleanTrainingOnly(), Fixtures.CLASS_OFFLINE, b -> {
      b.lessonRecords.replaceAll(r -> r.lessonId().equals("l3")
          ? new LessonRecord(r.lessonId(), r.date(), "高压电气设备倒闸操作", r.teacherId(), true) : r);
      return b;
    });
    inst = without(inst, Fixtures.CLASS_BLENDED, ClassDocumentType.TRAINEE_EVALUATION_FORM);
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFindingsExactlyOf(LessonContentMismatch.ID, SurveyMissing.ID);
    Assertions.assertThat(zhTexts(report)).contains(
        "2022年3月7日低压电工初训班教师授课内容与课程安排不符（1节课）",
        "2022年2月21日井下电气作业复训班档案无学员评估表");
  }

  @Test
  void item_7_4_no_practical_training_record_on_a_practical_day() {
    Institution inst = change(Fixtures.cleanTrainingOnly(), Fixtures.CLASS_BLENDED, b -> {
      b.practicalRecords.clear();
      return b;
    });
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFindingsExactlyOf(PracticalRecordMissing.ID);
    Assertions.assertThat(zhTexts(report)).containsExactly("2022年2月21日井下电气作业复训班2022年2月22日无实训记录");
  }
}
