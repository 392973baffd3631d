package org.ducha.examples.jincheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.formats.InspectionFiles;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.formats.MarkdownWriter;
import org.ducha.formats.ReportContext;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.model.LessonRecord;
import org.ducha.model.PracticalRecord;
import org.ducha.model.PriorFinding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden test: inspecting the data files of {@code examples/jincheng-2022} with every first-party pack gives,
 * for each of the eight institutions, exactly the problems the notice 晋市应急教发〔2022〕89号 lists for it — no
 * more, no fewer. The expected check ids below are written from the notice, item by item (the annex numbers them
 * per institution: "1.4" is the fourth problem of the first institution); where the notice's text (part 一)
 * names a further problem of an institution, it is marked "正文". The findings themselves come from the records
 * only: {@link #removingOneRecordRemovesExactlyItsFinding} puts single records right and sees single findings go.
 */
class JinchengInspectionTest {

  /** The data, relative to this module. */
  private static final Path DATA = Path.of("../jincheng-2022");

  /** 1. 晋城市应急管理资格考试中心（兼考试点，2022.4.24）. */
  static final Set<String> EXAM_CENTRE = Set.of(
      "governance.rules.not-formally-issued",      // 1.1 未以正式文件印发安全培训及考试管理制度
      "governance.training-exam.not-separated",    // 1.1 培训机构与考试点相互重合
      "governance.problem-list.missing",           // 1.1 未建立“走过场”专项整治问题清单
      "staffing.manager-teacher.overlap",          // 1.2 专职管理人员和专职教师……相互重合
      "staffing.training-exam-staff.overlap",      // 1.2 考务人员和专职教师人员相互重合
      "archive.exam.score-sheet-unsigned",         // 1.3 考试档案成绩表无考评员签字
      "archive.teacher.unsigned",                  // 1.4 2021.9.1 晋焦高速全员培训：教师未签到
      "archive.attendance.no-time",                // 1.4 2021.9.1 学员签到表无培训时间
      "archive.assessment-form.incomplete",        // 1.4 2021.9.1 考核档案卡未填写鉴定评语和培训单位意见；
                                                   //     2021.5.6 学员考核情况表中班主任鉴定和机构未填写未盖章
      "archive.head-teacher-log.missing",          // 1.4 2021.9.1 无班主任日志
      "archive.plan-execution.missing",            // 1.4 2021.9.1 无教学计划执行表
      "archive.evaluation-report.missing",         // 1.4 2021.9.1 无综合评估报告
      "archive.entrustment-agreement.missing",     // 1.4 2021.9.1 无委托协议
      "archive.attendance.absence-without-leave",  // 1.4 2021.5.6 低压电工初训班：未签到学员无请假条
      "archive.evaluation-report.unsealed",        // 1.4 2021.5.6 综合考评报告未盖章未填写日期
      "archive.assessment-form.unsealed",          // 1.4 2021.5.6 学员考核情况表…未盖章 (split from assessment-form.incomplete)
      "archive.plan-execution.unsigned",           // 1.4 2021.5.6 教学计划执行表个别老师未签字
      "archive.plan-execution.hours-mismatch",     // 1.4 2021.5.6 教学计划执行表课时与课程不对应
      "archive.survey.missing");                   // 1.4 2020.9.2 煤气工初训班：无培训管理测评表和教师满意度测评表

  /** 2. 晋能装备制造集团员工素质提升中心（兼考试点，2022.4.24）. */
  static final Set<String> JINNENG = Set.of(
      "governance.rules.not-formally-issued",      // 2.1 未以正式文件印发安全培训及考试管理制度
      "governance.problem-list.missing",           // 2.1 未建立“走过场”专项整治问题清单
      "governance.service-agreement.expired",      // 2.2 医疗救援服务协议……于2022年1月到期
      "governance.logistics-agreement.expired",    // 2.2 ……和后勤保障服务协议于2022年1月到期
      "staffing.training-exam-staff.overlap",      // 2.3 培训机构部分工作人员与考试点考务人员重复
      "archive.not-bound",                         // 2.4 “三项岗位人员”考试考核档案未装订；班组长培训档案及考核档案未装订
      "archive.exam.practical-not-filed",          // 2.4 实操考试档案未装入考核档案中
      "governance.rectification-plan.perfunctory"); // 正文 一(一) 虽然制定了实施方案，但仅仅一半页纸

  /** 3. 阳城县安全技术培训中心（兼考试点，2022.4.19）. */
  static final Set<String> YANGCHENG = Set.of(
      "governance.rectification-plan.missing",     // 3.1 未制定“走过场”专项整治工作实施方案
      "governance.self-inspection-report.missing", // 3.1 组织开展自查无自查报告
      "staffing.instructor.specialty-mismatch",    // 3.2 实操实训教师专业不满足开展相关特殊工种安全培训要求
      "staffing.practical-training.unqualified-instructor", // 3.2 (the same item: practice given by teachers without the specialty)
      "staffing.exam-staff-roster.missing",        // 3.3 未建立考务人员花名表
      "staffing.training-exam-staff.overlap",      // 3.3 培训机构部分工作人员与考试点考务人员重复
      "archive.exam.score-without-attendance",     // 3.4 2019年1期：学员培训未签到签退但有考试成绩
      "archive.lesson.content-mismatch",           // 3.4 2020年1期班组长：授课内容和实际授课内容不符
      "archive.online.no-archive");                // 3.4 未能提供2019-2020年开展线上培训记录及档案

  /** 4. 晋城市花港电力科技有限公司（兼考试点，2022.4.22）. */
  static final Set<String> HUAGANG = Set.of(
      "governance.rectification-plan.missing",     // 4.1 专项整治工作无方案、无部署
      "staffing.training-exam-staff.overlap",      // 4.2 培训机构工作人员与考试点考务人员重复
      "governance.legal-entity.not-independent",   // 4.3 非独立法人机构，现为公司内设部门
      "archive.head-teacher-log.missing",          // 4.4 学员档案中无班主任日志
      "archive.assessment-form.missing",           // 4.4 无学员考核情况表
      "archive.plan-execution.missing",            // 4.4 无教学计划执行表
      "facilities.classroom.inadequate",           // 4.5 理论教学……不符合培训考试要求（正文：培训教室不满足培训教学要求）
      "facilities.classroom.area-per-seat",        // 4.5 (the same item: the classroom is too crowded)
      "facilities.exam-room.inadequate",           // 4.5 考试机房不符合培训考试要求
      "facilities.exam-room.no-identity-check",    // 4.5 (the same item: no identity check at the exam room)
      "facilities.practical-exam.not-smart");      // 正文 一(四) 考试实操设备未实现“智能+实物”

  /** 5. 泽州县安全生产技术培训中心（2022.4.22）. */
  static final Set<String> ZEZHOU = Set.of(
      "governance.rectification-plan.missing",     // 5.1 未制定“走过场”专项整治工作实施方案
      "staffing.roster.stale",                     // 5.2 专职管理人员更新不及时，离职人员仍在花名表中
      "staffing.manager-teacher.overlap",          // 5.2 专职管理人员和专职教师相互重合
      "archive.online.incomplete",                 // 5.3 线上培训档案不健全
      "archive.online.not-bound",                  // 5.3 …且未按规定整理装订 (split from online.incomplete)
      "archive.exam.hours-short");                 // 5.3 2019.7.15 煤矿班组长：请假后未达培训学时且组织该学员参加考核

  /** 6. 兰花集团职工培训中心（2022.4.21）. */
  static final Set<String> LANHUA = Set.of(
      "governance.rectification-plan.missing",     // 6.1 未制定“走过场”专项整治工作实施方案
      "governance.problem-list.missing",           // 6.1 未建立“走过场”专项整治工作问题清单
      "governance.emergency-plan.outdated",        // 6.2 培训过程突发事件应急预案未及时修订
      "staffing.roster.stale",                     // 6.3 机构专职管理人员更新不及时
      "staffing.teacher.not-employee",             // 6.3 专职培训教师非本机构正式员工
      "staffing.manager-teacher.overlap",          // 6.4 机构专职管理人员和专职教师相互重合
      "archive.lesson.content-mismatch",           // 6.5 2021.6.15 高压电工初训班：教师授课内容与课程安排不符
      "archive.survey.missing",                    // 6.5 2019.6.16 煤矿安全检查作业培训班：无学员评估表
      "facilities.equipment.insufficient",         // 6.6 部分实操实训设备……不满足培训教学需求
      "facilities.training-site.missing",          // 6.6 ……及场地不满足培训教学需求
      "governance.prior-findings.unrectified");    // 正文 一(四) 去年11月份省厅执法检查提出问题，至今未完成整改

  /** 7. 沁水县煤矿安全保障中心（2022.4.20）. */
  static final Set<String> QINSHUI = Set.of(
      "governance.rectification-plan.missing",     // 7.1 未制定“走过场”专项整治工作实施方案
      "governance.problem-list.missing",           // 7.1 未建立“走过场”专项整治工作问题清单
      "governance.rules.not-formally-issued",      // 7.2 未以正式文件印发安全培训管理制度
      "staffing.instructor.specialty-mismatch",    // 7.3 实操实训教师专业不满足开展相关特种作业培训要求
      "staffing.practical-training.unqualified-instructor", // 7.3 (the same item: practice given by teachers without the specialty)
      "archive.practical-record.missing",          // 7.4 2021.4.12 井下电气作业初训班4月20日无实训记录
      "facilities.training-site.missing",          // 7.5 部分实操实训设备及场地不满足培训教学需求 (its equipment is usable: the site is missing)
      "facilities.equipment.outdated");            // 正文 一(四) 部分实操实训设备陈旧至今未整改

  /** 8. 晋普山煤矿培训中心（2022.4.21）. */
  static final Set<String> JINPUSHAN = Set.of(
      "governance.rectification-plan.missing",     // 8.1 未制定“走过场”专项整治工作实施方案
      "governance.rules.not-formally-issued",      // 8.2 未以正式文件印发安全培训管理制度
      "facilities.equipment.insufficient",         // 8.3 ……实操实训设施设备不满足培训要求
      "facilities.training-site.missing",          // 8.3 (the same item: no practical-training site)
      "facilities.classroom.inadequate",           // 8.3 教学……设施不满足培训要求（理论教室）
      "facilities.classroom.area-per-seat",        // 8.3 (the same item: the classroom is too crowded)
      "governance.legal-entity.not-independent",   // 8.4 机构非独立法人机构，为企业内设部门
      "facilities.equipment.outdated",             // 正文 一(四) 实操实训设备陈旧至今未整改
      "facilities.equipment.faulty");              // 正文 一(四) (the same: a line of old equipment recorded as faulty)

  /** Every institution's expected check ids, in the annex's order. */
  static final Map<String, Set<String>> EXPECTED = expected();

  /** The problems that only the notice's text (part 一), not its annex, attributes to an institution. */
  static final Map<String, Set<String>> BODY_TEXT_EXTRAS = Map.of(
      JinnengCentre.ID, Set.of("governance.rectification-plan.perfunctory"),
      HuagangPower.ID, Set.of("facilities.practical-exam.not-smart"),
      LanhuaCentre.ID, Set.of("governance.prior-findings.unrectified"),
      QinshuiCentre.ID, Set.of("facilities.equipment.outdated"),
      JinpushanCentre.ID, Set.of("facilities.equipment.outdated"));

  /**
   * The classes whose archives the notice faults, by institution and archive check: the findings of the archive pack
   * must be about these classes and no others (the dates are the classes' first days, as the notice gives them).
   */
  static final Map<String, Map<String, Set<String>>> ARCHIVE_CLASSES = Map.of(
      ExamCentre.ID, Map.ofEntries(
          Map.entry("archive.exam.score-sheet-unsigned", Set.of(ExamCentre.CLASS_HIGH_VOLTAGE)),
          Map.entry("archive.teacher.unsigned", Set.of(ExamCentre.CLASS_JINJIAO)),
          Map.entry("archive.attendance.no-time", Set.of(ExamCentre.CLASS_JINJIAO)),
          Map.entry("archive.assessment-form.incomplete", Set.of(ExamCentre.CLASS_JINJIAO, ExamCentre.CLASS_LOW_VOLTAGE)),
          Map.entry("archive.head-teacher-log.missing", Set.of(ExamCentre.CLASS_JINJIAO)),
          Map.entry("archive.plan-execution.missing", Set.of(ExamCentre.CLASS_JINJIAO)),
          Map.entry("archive.evaluation-report.missing", Set.of(ExamCentre.CLASS_JINJIAO)),
          Map.entry("archive.entrustment-agreement.missing", Set.of(ExamCentre.CLASS_JINJIAO)),
          Map.entry("archive.attendance.absence-without-leave", Set.of(ExamCentre.CLASS_LOW_VOLTAGE)),
          Map.entry("archive.evaluation-report.unsealed", Set.of(ExamCentre.CLASS_LOW_VOLTAGE)),
          Map.entry("archive.assessment-form.unsealed", Set.of(ExamCentre.CLASS_LOW_VOLTAGE)),
          Map.entry("archive.plan-execution.unsigned", Set.of(ExamCentre.CLASS_LOW_VOLTAGE)),
          Map.entry("archive.plan-execution.hours-mismatch", Set.of(ExamCentre.CLASS_LOW_VOLTAGE)),
          Map.entry("archive.survey.missing", Set.of(ExamCentre.CLASS_GAS))),
      JinnengCentre.ID, Map.of(
          "archive.not-bound", Set.of(JinnengCentre.CLASS_THREE_POSTS, JinnengCentre.CLASS_TEAM_LEADERS),
          "archive.exam.practical-not-filed", Set.of(JinnengCentre.CLASS_THREE_POSTS)),
      YangchengCentre.ID, Map.of(
          "archive.exam.score-without-attendance", Set.of(YangchengCentre.CLASS_2019_LOW_VOLTAGE),
          "archive.lesson.content-mismatch", Set.of(YangchengCentre.CLASS_2020_TEAM_LEADERS),
          "archive.online.no-archive", Set.of(YangchengCentre.CLASS_2020_ONLINE)),
      HuagangPower.ID, Map.of(
          "archive.head-teacher-log.missing", HuagangPower.CLASSES,
          "archive.assessment-form.missing", HuagangPower.CLASSES,
          "archive.plan-execution.missing", HuagangPower.CLASSES),
      ZezhouCentre.ID, Map.of(
          "archive.online.incomplete", Set.of(ZezhouCentre.CLASS_2021_ONLINE),
          "archive.online.not-bound", Set.of(ZezhouCentre.CLASS_2021_ONLINE),
          "archive.exam.hours-short", Set.of(ZezhouCentre.CLASS_2019_TEAM_LEADERS)),
      LanhuaCentre.ID, Map.of(
          "archive.lesson.content-mismatch", Set.of(LanhuaCentre.CLASS_2021_HIGH_VOLTAGE),
          "archive.survey.missing", Set.of(LanhuaCentre.CLASS_2019_SAFETY_INSPECTION)),
      QinshuiCentre.ID, Map.of(
          "archive.practical-record.missing", Set.of(QinshuiCentre.CLASS_2021_ELECTRICAL)),
      JinpushanCentre.ID, Map.of());

  private static Map<String, Set<String>> expected() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    m.put(ExamCentre.ID, EXAM_CENTRE);
    m.put(JinnengCentre.ID, JINNENG);
    m.put(YangchengCentre.ID, YANGCHENG);
    m.put(HuagangPower.ID, HUAGANG);
    m.put(ZezhouCentre.ID, ZEZHOU);
    m.put(LanhuaCentre.ID, LANHUA);
    m.put(QinshuiCentre.ID, QINSHUI);
    m.put(JinpushanCentre.ID, JINPUSHAN);
    return m;
  }

  private static Inspection inspection;
  private static Map<String, Institution> institutions;
  private static Inspector inspector;
  private static InspectionReport report;

  @BeforeAll
  static void inspectTheData() {
    // The library's path from files to report, as the ducha command and hosts take it: it turns on the campaign
    // inspection.yaml names and orders the institutions as it lists them.
    InspectionFiles.Result result = InspectionFiles.of(List.of(DATA)).inspect(Inspector.builder().build());
    assertThat(result.inspectionProblems()).as("problems with inspection.yaml").isEmpty();
    assertThat(result.unreadable()).as("unreadable files").isFalse();
    inspection = result.inspection().orElseThrow();
    inspector = result.inspector();
    report = result.report();
    // The records themselves, for the tests that correct them.
    institutions = new LinkedHashMap<>();
    try (Stream<InstitutionInput> inputs = InspectionReader.of(List.of(DATA)).institutions()) {
      inputs.forEach(in -> institutions.put(in.id(), in.institution().orElseThrow(() -> new AssertionError(in.problems()))));
    }
  }

  private static Set<String> checksWithFindings(InstitutionReport r) {
    return r.findings().stream().map(Finding::checkId).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theInspectionIsTheNotices() {
    assertThat(inspection.id()).isEqualTo("jincheng-2022");
    assertThat(inspection.authority()).isEqualTo("晋城市应急管理局");
    assertThat(inspection.documentNumber()).contains("晋市应急教发〔2022〕89号");
    assertThat(inspection.campaigns()).containsExactly(JinchengArchive.CAMPAIGN);
    assertThat(inspection.institutionIds()).containsExactlyElementsOf(EXPECTED.keySet());
  }

  @Test
  void allEightAreInspectedInTheAnnexOrder() {
    assertThat(report.institutions()).extracting(InstitutionReport::institutionId)
        .containsExactlyElementsOf(EXPECTED.keySet());
    assertThat(report.institutions()).allSatisfy(r -> {
      assertThat(r.status()).as("%s: %s", r.institutionId(), r.problems()).isEqualTo(InspectionStatus.INSPECTED);
      assertThat(r.outcomes()).as("checks that failed to run on %s", r.institutionId())
          .filteredOn(o -> o.status() == OutcomeStatus.ERROR).extracting(CheckOutcome::checkId).isEmpty();
    });
    assertThat(report.notInspected()).isEmpty();
    assertThat(report.institutions()).extracting(InstitutionReport::institutionName).containsExactly(
        "晋城市应急管理资格考试中心", "晋能装备制造集团员工素质提升中心", "阳城县安全技术培训中心", "晋城市花港电力科技有限公司",
        "泽州县安全生产技术培训中心", "兰花集团职工培训中心", "沁水县煤矿安全保障中心", "晋普山煤矿培训中心");
    assertThat(report.institutions()).extracting(InstitutionReport::examSite)
        .containsExactly(true, true, true, true, false, false, false, false);
  }

  static Stream<String> institutionIds() {
    return EXPECTED.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("institutionIds")
  void findsExactlyTheNoticesProblems(String institutionId) {
    InstitutionReport r = report.institutions().stream().filter(i -> i.institutionId().equals(institutionId)).findFirst().orElseThrow();
    assertThat(checksWithFindings(r)).as(institutionId).containsExactlyInAnyOrderElementsOf(EXPECTED.get(institutionId));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("institutionIds")
  void archiveFindingsAreAboutTheClassesTheNoticeNames(String institutionId) {
    InstitutionReport r = report.institutions().stream().filter(i -> i.institutionId().equals(institutionId)).findFirst().orElseThrow();
    Map<String, Set<String>> classes = new TreeMap<>();
    for (Finding f : r.findings()) {
      if (f.checkId().startsWith("archive.")) {
        classes.computeIfAbsent(f.checkId(), k -> new TreeSet<>()).add(classOf(f.subject()));
      }
    }
    assertThat(classes).as(institutionId).isEqualTo(new TreeMap<>(ARCHIVE_CLASSES.get(institutionId)));
    assertThat(EXPECTED.get(institutionId)).filteredOn(id -> id.startsWith("archive."))
        .containsExactlyInAnyOrderElementsOf(ARCHIVE_CLASSES.get(institutionId).keySet());
  }

  /** The id of the class a subject is, or sits in. */
  private static String classOf(Subject subject) {
    Subject s = subject;
    while (s.kind() != SubjectKind.CLASS) {
      s = s.parent().orElseThrow(() -> new AssertionError("not about a class: " + subject.key()));
    }
    return s.id();
  }

  @Test
  void theBodyTextExtrasAreAmongTheExpected() {
    BODY_TEXT_EXTRAS.forEach((id, extras) -> assertThat(EXPECTED.get(id)).as(id).containsAll(extras));
  }

  /** One record put right, and the one finding it caused is gone; nothing else changes. */
  static Stream<Arguments> corrections() {
    return Stream.of(
        Arguments.of(ExamCentre.ID, "archive.teacher.unsigned", "the 晋焦高速 teacher signs in",
            (UnaryOperator<Institution>) i -> i.with(b -> b.mapClass(ExamCentre.CLASS_JINJIAO, c -> c.with(cb -> {
              cb.lessonRecords.replaceAll(r -> r.lessonId().equals(ExamCentre.JINJIAO_UNSIGNED_LESSON)
                  ? new LessonRecord(r.lessonId(), r.date(), r.topic(), r.teacherId(), true) : r);
              return cb;
            })))),
        Arguments.of(QinshuiCentre.ID, "archive.practical-record.missing", "the practical record of 20 April is found",
            (UnaryOperator<Institution>) i -> i.with(b -> b.mapClass(QinshuiCentre.CLASS_2021_ELECTRICAL, c -> c.with(cb -> {
              PracticalRecord day19 = cb.practicalRecords.stream()
                  .filter(r -> r.date().equals(QinshuiCentre.DAY_WITHOUT_PRACTICAL_RECORD.minusDays(1))).findFirst().orElseThrow();
              cb.practicalRecords.add(new PracticalRecord("pr-found", QinshuiCentre.DAY_WITHOUT_PRACTICAL_RECORD, Optional.empty(),
                  day19.instructorId(), day19.equipmentIds(), day19.traineeIds()));
              return cb;
            })))),
        Arguments.of(LanhuaCentre.ID, "governance.prior-findings.unrectified", "the provincial finding is rectified",
            (UnaryOperator<Institution>) i -> i.with(b -> {
              b.priorFindings.replaceAll(f -> f.id().equals(LanhuaCentre.PRIOR_FINDING_OPEN)
                  ? new PriorFinding(f.id(), f.authority(), f.foundOn(), f.description(), f.deadline(), Optional.of(f.deadline()))
                  : f);
              return b;
            })),
        Arguments.of(HuagangPower.ID, "governance.legal-entity.not-independent", "the centre is registered as a company of its own",
            (UnaryOperator<Institution>) i -> i.with(b -> b.legalForm(LegalForm.ENTERPRISE_LEGAL_PERSON)
                .parentOrganisation(null))));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("corrections")
  void removingOneRecordRemovesExactlyItsFinding(String institutionId, String checkId, String what, UnaryOperator<Institution> correction) {
    Institution original = institutions.get(institutionId);
    Set<String> before = checksWithFindings(inspector.inspect(original));
    assertThat(before).contains(checkId);

    InstitutionReport after = inspector.inspect(correction.apply(original));

    assertThat(after.status()).isEqualTo(InspectionStatus.INSPECTED);
    Set<String> expected = new TreeSet<>(before);
    expected.remove(checkId);
    assertThat(checksWithFindings(after)).as(what).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theMarkdownReportRendersEveryMessageInBothLocales() throws IOException {
    for (Locale locale : MessageCatalog.SUPPORTED) {
      StringWriter out = new StringWriter();
      new MarkdownWriter().write(report, ReportContext.of(inspector).withLocale(locale), out);
      String markdown = out.toString();
      assertThat(markdown).as("%s report", locale).doesNotContain("⟦");
      for (String name : List.of("晋城市应急管理资格考试中心", "晋普山煤矿培训中心")) {
        assertThat(markdown).as("%s report", locale).contains(name);
      }
    }
  }
}
