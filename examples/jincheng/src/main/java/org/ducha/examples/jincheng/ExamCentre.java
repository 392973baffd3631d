package org.ducha.examples.jincheng;

import static org.ducha.examples.jincheng.ClassDraft.practical;
import static org.ducha.examples.jincheng.ClassDraft.theory;
import static org.ducha.examples.jincheng.InstitutionDraft.codes;
import static org.ducha.examples.jincheng.InstitutionDraft.examinerCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.operationCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.teacherCertificate;
import static org.ducha.examples.jincheng.Operations.ALL_STAFF;
import static org.ducha.examples.jincheng.Operations.GAS_WORK;
import static org.ducha.examples.jincheng.Operations.HIGH_VOLTAGE;
import static org.ducha.examples.jincheng.Operations.LOW_VOLTAGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ducha.model.AgreementType;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.DocumentType;
import org.ducha.model.Employment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentKind;
import org.ducha.model.ExamSession;
import org.ducha.model.ExamSite;
import org.ducha.model.FormFields;
import org.ducha.model.FormRow;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.model.LessonRecord;
import org.ducha.model.PriorFinding;
import org.ducha.model.RoomKind;
import org.ducha.model.SelfInspection;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingKind;

/**
 * 1. 晋城市应急管理资格考试中心 — also an exam site; inspected 2022-04-24. The notice's items:
 * <ol>
 *   <li>rules not issued as formal documents, training institution and exam site not separated, no campaign problem
 *       list;
 *   <li>full-time managers doubling as full-time teachers, exam staff doubling as full-time teachers;
 *   <li>an exam score sheet without examiners' signatures (here: the 2022-03 high-voltage refresher's theory exam);
 *   <li>the archives of the 2021-09-01 晋焦高速 all-staff class, the 2021-05-06 low-voltage class and the 2020-09-02
 *       gas-work class, each short of what the notice lists.
 * </ol>
 */
final class ExamCentre {
  private ExamCentre() {}

  static final String ID = "jincheng-exam-centre";
  static final String CLASS_GAS = "c-2020-09-gas";
  static final String CLASS_LOW_VOLTAGE = "c-2021-05-lv";
  static final String CLASS_JINJIAO = "c-2021-09-jinjiao";
  static final String CLASS_HIGH_VOLTAGE = "c-2022-03-hv";
  /** The lesson of the 晋焦高速 class whose teacher did not sign in. */
  static final String JINJIAO_UNSIGNED_LESSON = "l03";

  static Institution build() {
    InstitutionDraft d = new InstitutionDraft(ID, "晋城市应急管理资格考试中心", LegalForm.PUBLIC_INSTITUTION_LEGAL_PERSON,
        LocalDate.of(2022, 4, 24), 101);
    d.trains(LOW_VOLTAGE, HIGH_VOLTAGE, GAS_WORK, ALL_STAFF);
    d.b.headId("head");
    // 1.1 培训机构与考试点相互重合: the centre's head heads the exam site, which the centre itself runs; no separation scheme.
    d.b.examSite(new ExamSite("晋城市应急管理资格考试中心考试点", Optional.of("head"), Optional.of("晋城市应急管理资格考试中心"),
        List.of("room-x1", "room-p1")));

    LocalDate cert = LocalDate.of(2017, 9, 1);
    d.person("head", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2009, 3, 1), 24, List.of());
    d.person("mgr-1", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2012, 7, 1), 15, List.of());
    d.person("mgr-2", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2014, 8, 1), 10, List.of());
    d.person("mgr-3", Employment.LABOUR_CONTRACT, LocalDate.of(2016, 3, 1), 12, codes(ALL_STAFF),
        teacherCertificate("JCPX-T-2017-031", cert));
    d.person("tch-1", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2011, 9, 1), 18, codes(LOW_VOLTAGE, HIGH_VOLTAGE),
        teacherCertificate("JCPX-T-2017-011", cert));
    d.person("tch-2", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2013, 9, 1), 14, codes(LOW_VOLTAGE, HIGH_VOLTAGE, GAS_WORK),
        teacherCertificate("JCPX-T-2017-012", cert));
    d.person("tch-3", Employment.LABOUR_CONTRACT, LocalDate.of(2015, 4, 1), 11, codes(GAS_WORK, ALL_STAFF),
        teacherCertificate("JCPX-T-2017-013", cert));
    d.person("ins-1", Employment.LABOUR_CONTRACT, LocalDate.of(2014, 5, 1), 16, codes(LOW_VOLTAGE, HIGH_VOLTAGE),
        operationCertificate("T140502-0831", LOW_VOLTAGE, LocalDate.of(2018, 4, 10)),
        operationCertificate("T140502-0832", HIGH_VOLTAGE, LocalDate.of(2018, 4, 10)));
    d.person("ins-2", Employment.LABOUR_CONTRACT, LocalDate.of(2016, 6, 1), 13, codes(GAS_WORK),
        operationCertificate("T140502-1157", GAS_WORK, LocalDate.of(2019, 3, 5)));
    d.person("ext-1", Employment.ENGAGED, Optional.of("晋城市公路养护安全技术协会"), LocalDate.of(2021, 8, 20), 20, codes(ALL_STAFF),
        teacherCertificate("JCPX-T-2021-077", LocalDate.of(2021, 6, 1)));
    d.person("exa-1", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2013, 3, 1), 12, List.of());
    LocalDate exam = LocalDate.of(2018, 6, 1);
    d.person("xmr-1", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2012, 3, 1), 17, codes(LOW_VOLTAGE, HIGH_VOLTAGE),
        examinerCertificate("SXKP-2018-0411", exam));
    d.person("xmr-2", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2014, 3, 1), 13, codes(GAS_WORK, ALL_STAFF),
        examinerCertificate("SXKP-2018-0412", exam));
    d.person("xmr-3", Employment.LABOUR_CONTRACT, LocalDate.of(2015, 3, 1), 11, codes(LOW_VOLTAGE, HIGH_VOLTAGE, ALL_STAFF),
        examinerCertificate("SXKP-2018-0413", exam));

    d.onTrainingRoster("head", StaffRole.HEAD, true)
        .onTrainingRoster("mgr-1", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-1", StaffRole.HEAD_TEACHER, false)
        .onTrainingRoster("mgr-2", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-2", StaffRole.HEAD_TEACHER, false)
        // 1.2 专职管理人员和专职教师相互重合
        .onTrainingRoster("mgr-3", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-3", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-1", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-2", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-3", StaffRole.TEACHER, true)
        .onTrainingRoster("ins-1", StaffRole.PRACTICAL_INSTRUCTOR, true)
        .onTrainingRoster("ins-2", StaffRole.PRACTICAL_INSTRUCTOR, true)
        .onTrainingRoster("ext-1", StaffRole.TEACHER, false);
    d.onExamRoster("exa-1", StaffRole.EXAM_ADMINISTRATOR, true)
        // 1.2 考务人员和专职教师人员相互重合
        .onExamRoster("tch-2", StaffRole.EXAM_ADMINISTRATOR, false)
        .onExamRoster("xmr-1", StaffRole.EXAMINER, true)
        .onExamRoster("xmr-2", StaffRole.EXAMINER, true)
        .onExamRoster("xmr-3", StaffRole.EXAMINER, true);
    d.rostersUpdated(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 1));

    // 1.1 未以正式文件印发安全培训及考试管理制度: no document number, no seal.
    d.document("doc-rules-training", DocumentType.TRAINING_MANAGEMENT_RULES, "安全培训管理制度汇编", null, LocalDate.of(2020, 3, 16), 18, false);
    d.document("doc-rules-exam", DocumentType.EXAM_MANAGEMENT_RULES, "考试点考务管理制度", null, LocalDate.of(2020, 3, 16), 10, false);
    d.document("doc-rules-archive", DocumentType.ARCHIVE_MANAGEMENT_RULES, "培训考核档案管理制度", "晋应资考字〔2019〕12号",
        LocalDate.of(2019, 8, 20), 5, true);
    d.document("doc-campaign-plan", DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN, "安全生产培训“走过场”专项整治工作实施方案",
        "晋应资考字〔2021〕31号", LocalDate.of(2021, 12, 6), 7, true);
    // 1.1 未建立“走过场”专项整治问题清单: no CAMPAIGN_PROBLEM_LIST.
    d.document("doc-self-inspection", DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT, "“走过场”专项整治自查报告", null,
        LocalDate.of(2022, 2, 28), 5, true);
    d.document("doc-emergency", DocumentType.EMERGENCY_PLAN, "培训过程突发事件应急预案", "晋应资考字〔2019〕9号",
        LocalDate.of(2019, 6, 10), 12, true, LocalDate.of(2021, 7, 5));
    d.document("doc-fees", DocumentType.FEE_SCHEDULE_NOTICE, "培训考试收费标准公示", null, LocalDate.of(2022, 1, 4), 1, true);
    d.document("doc-equipment-ledger", DocumentType.EQUIPMENT_LEDGER, "实操实训设备台账", null, LocalDate.of(2022, 1, 4), 6, true);
    d.b.selfInspections.add(new SelfInspection(LocalDate.of(2022, 2, 21), "培训档案、师资、考务及实操设备全面自查"));
    d.agreement("ag-medical", AgreementType.MEDICAL_RESCUE, "晋城市仁和医院", LocalDate.of(2021, 3, 1), LocalDate.of(2023, 2, 28));
    d.agreement("ag-logistics", AgreementType.LOGISTICS, "晋城市恒信物业服务有限公司", LocalDate.of(2021, 3, 1), LocalDate.of(2023, 2, 28));
    d.b.priorFindings.add(new PriorFinding("pf-2021-11-1", "山西省应急管理厅", LocalDate.of(2021, 11, 16),
        "部分培训档案学员签到表签退栏填写不完整", LocalDate.of(2022, 1, 31), Optional.of(LocalDate.of(2022, 1, 25))));

    d.room("room-c1", "第一理论教室", RoomKind.THEORY_CLASSROOM, 126, 72, true, true, false)
        .room("room-c2", "第二理论教室", RoomKind.THEORY_CLASSROOM, 96, 60, true, true, false)
        .room("room-x1", "计算机考试机房", RoomKind.COMPUTER_EXAM_ROOM, 120, 60, true, true, true)
        .room("room-p1", "实操考试室", RoomKind.PRACTICAL_EXAM_ROOM, 240, 16, true, true, true, LOW_VOLTAGE, HIGH_VOLTAGE, GAS_WORK)
        .room("site-electrical", "电工实训室", RoomKind.PRACTICAL_TRAINING_SITE, 200, 30, true, true, false, LOW_VOLTAGE, HIGH_VOLTAGE)
        .room("site-gas", "煤气作业实训场", RoomKind.PRACTICAL_TRAINING_SITE, 180, 24, true, true, false, GAS_WORK);
    d.sharedEquipment("eq-lv-bench", "低压电工实训考核台", EquipmentKind.PHYSICAL, 2019, EquipmentCondition.GOOD, 12, LOW_VOLTAGE)
        .examEquipment("eq-lv-smart", "低压电工智能仿真考核系统", EquipmentKind.SMART_SIMULATOR, 2020, EquipmentCondition.GOOD, 6, LOW_VOLTAGE)
        .sharedEquipment("eq-hv-cabinet", "高压开关柜实训装置", EquipmentKind.PHYSICAL, 2018, EquipmentCondition.GOOD, 4, HIGH_VOLTAGE)
        .examEquipment("eq-hv-smart", "高压电工智能仿真考核系统", EquipmentKind.SMART_SIMULATOR, 2020, EquipmentCondition.GOOD, 4, HIGH_VOLTAGE)
        .sharedEquipment("eq-gas-kit", "便携式煤气检测仪及正压式空气呼吸器", EquipmentKind.PHYSICAL, 2019, EquipmentCondition.GOOD, 20, GAS_WORK)
        .examEquipment("eq-gas-smart", "煤气作业智能仿真考核系统", EquipmentKind.SMART_SIMULATOR, 2019, EquipmentCondition.GOOD, 4, GAS_WORK)
        .trainingEquipment("eq-cpr", "心肺复苏模拟人", EquipmentKind.PHYSICAL, 2020, EquipmentCondition.GOOD, 6);

    gasClass(d);
    lowVoltageClass(d);
    jinjiaoClass(d);
    highVoltageClass(d);
    return d.build();
  }

  /** 1.4 2020年9月2日煤气工初训班: no management survey and no teacher-satisfaction survey. */
  private static void gasClass(InstitutionDraft d) {
    d.trainingClass(CLASS_GAS, "煤气工初训班", GAS_WORK, TrainingKind.INITIAL, DeliveryMode.OFFLINE, LocalDate.of(2020, 9, 2))
        .headTeacher("mgr-1")
        .schedule(
            theory("安全生产法律法规与煤气作业安全", "tch-3"), theory("煤气性质与危害", "tch-3"),
            theory("煤气设施与生产工艺", "tch-2"), practical("煤气检测仪器使用", "ins-2"),
            theory("煤气防火防爆", "tch-2"), practical("空气呼吸器佩戴", "ins-2"),
            theory("煤气中毒与现场急救", "tch-3"), practical("煤气泄漏处置模拟", "ins-2"))
        .trainees(16, "晋城市宏达焦化有限公司", "晋城市兴晋钢铁有限公司", "泽州县恒通燃气有限公司")
        .practiceOn("eq-gas-kit")
        .exam(LocalDate.of(2020, 9, 6), List.of("xmr-2", "xmr-3"), "eq-gas-kit", "eq-gas-smart")
        .fill()
        .withoutDocuments(ClassDocumentType.MANAGEMENT_SURVEY, ClassDocumentType.TEACHER_SATISFACTION_SURVEY)
        .build();
  }

  /**
   * 1.4 2021年5月6日低压电工初训班: an absent trainee without a leave note; the evaluation report unsealed and undated;
   * a teacher's row of the execution form unsigned, and a row whose hours do not match the course; the assessment form
   * without head-teacher appraisal and institution opinion, unsealed.
   */
  private static void lowVoltageClass(InstitutionDraft d) {
    ClassDraft c = d.trainingClass(CLASS_LOW_VOLTAGE, "低压电工初训班", LOW_VOLTAGE, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2021, 5, 6))
        .headTeacher("mgr-2")
        .schedule(
            theory("安全生产法律法规与电工作业安全", "tch-1"), theory("电工基础知识", "tch-1"),
            theory("电工仪表及测量", "tch-2"), practical("电工安全用具与仪表使用", "ins-1"),
            theory("低压电气设备", "tch-1"), practical("低压配电线路安装与检修", "ins-1"),
            theory("低压配电线路与照明", "tch-2"), practical("电动机控制线路接线", "ins-1"),
            theory("电气防火防爆与防雷", "tch-2"), theory("触电事故与现场急救", "tch-1"),
            practical("触电急救（心肺复苏）实操", "ins-1"), theory("电动机及其控制", "tch-1"))
        .trainees(24, "晋城市鑫达机电安装有限公司", "高平市恒泰建筑工程有限公司", "晋城市开发区物业管理有限公司", "阳城县兴业电力工程有限公司")
        .practiceOn("eq-lv-bench", "eq-cpr")
        .exam(LocalDate.of(2021, 5, 12), List.of("xmr-1", "xmr-3"), "eq-lv-bench", "eq-lv-smart")
        .retake(11)
        .fill();
    // 未签到学员无请假条: trainee 7 is not on the sheet of the morning of 05-08, and files no leave note; short of hours,
    // he was not examined.
    c.withoutAttendance(c.trainee(7), "l05").withoutScores(c.trainee(7));
    // 教学计划执行表个别老师未签字; 课时与课程不对应.
    c.mapDocuments(ClassDocumentType.PLAN_EXECUTION_FORM, f -> {
      List<FormRow> rows = new ArrayList<>();
      for (FormRow r : f.rows()) {
        if (r.lessonId().equals(Optional.of("l07"))) {
          rows.add(new FormRow(r.lessonId(), r.course(), r.hours(), r.teacherId(), false));
        } else if (r.lessonId().equals(Optional.of("l03"))) {
          rows.add(new FormRow(r.lessonId(), r.course(), Optional.of(new BigDecimal("2")), r.teacherId(), r.signed()));
        } else {
          rows.add(r);
        }
      }
      return new ClassDocument(f.id(), f.type(), f.traineeId(), f.dated(), f.sealed(), f.fields(), rows);
    });
    // 综合考评报告未盖章未填写日期.
    c.mapDocuments(ClassDocumentType.EVALUATION_REPORT,
        r -> new ClassDocument(r.id(), r.type(), r.traineeId(), Optional.empty(), false, r.fields(), r.rows()));
    // 学员考核情况表中班主任鉴定和机构未填写未盖章.
    c.mapDocuments(ClassDocumentType.ASSESSMENT_FORM, a -> new ClassDocument(a.id(), a.type(), a.traineeId(), a.dated(), false,
        ClassDraft.fields(FormFields.HEAD_TEACHER_APPRAISAL, "", FormFields.INSTITUTION_OPINION, "",
            "trainees", a.fields().get("trainees")), a.rows()));
    c.build();
  }

  /**
   * 1.4 2021年9月1日晋焦高速全员培训: a teacher did not sign in; the sign-in sheet has no times; the archive cards lack
   * the appraisal and the institution's opinion; no head-teacher log, execution form, evaluation report, nor
   * entrustment agreement although the highway company commissioned the training.
   */
  private static void jinjiaoClass(InstitutionDraft d) {
    d.trainingClass(CLASS_JINJIAO, "晋焦高速全员培训班", ALL_STAFF, TrainingKind.INITIAL, DeliveryMode.OFFLINE, LocalDate.of(2021, 9, 1))
        .headTeacher("mgr-1")
        .commissionedBy("晋焦高速公路有限公司")
        .attendanceBy(AttendanceMethod.SIGNATURE)
        .schedule(
            theory("安全生产法律法规", "mgr-3"), theory("高速公路养护作业安全", "ext-1"),
            theory("岗位安全操作规程", "tch-3"), theory("事故案例警示教育与应急处置", "mgr-3"))
        .trainees(30, "晋焦高速公路有限公司")
        .exam(LocalDate.of(2021, 9, 3), List.of("xmr-2", "xmr-3"))
        .archiveCards()
        .fill()
        .mapLessonRecord(JINJIAO_UNSIGNED_LESSON, r -> new LessonRecord(r.lessonId(), r.date(), r.topic(), r.teacherId(), false))
        .mapAttendance(e -> new AttendanceEntry(e.traineeId(), e.lessonId(), e.signedIn(), Optional.empty(), e.signedOut(),
            Optional.empty(), AttendanceMethod.SIGNATURE))
        .mapDocuments(ClassDocumentType.ARCHIVE_CARD, card -> new ClassDocument(card.id(), card.type(), card.traineeId(), card.dated(),
            card.sealed(), ClassDraft.fields(FormFields.HEAD_TEACHER_APPRAISAL, "", FormFields.INSTITUTION_OPINION, ""), card.rows()))
        // The archive cards stand in for the assessment form; the other closing forms were never written.
        .withoutDocuments(ClassDocumentType.ASSESSMENT_FORM, ClassDocumentType.HEAD_TEACHER_LOG, ClassDocumentType.PLAN_EXECUTION_FORM,
            ClassDocumentType.EVALUATION_REPORT, ClassDocumentType.ENTRUSTMENT_AGREEMENT)
        .build();
  }

  /** 1.3 考试档案成绩表无考评员签字: the theory score sheet of the 2022-03 refresher bears no examiner's signature. */
  private static void highVoltageClass(InstitutionDraft d) {
    ClassDraft c = d.trainingClass(CLASS_HIGH_VOLTAGE, "高压电工作业复训班", HIGH_VOLTAGE, TrainingKind.REFRESHER, DeliveryMode.OFFLINE,
            LocalDate.of(2022, 3, 14))
        .headTeacher("mgr-2")
        .schedule(
            theory("安全生产法律法规与高压电工作业安全", "tch-1"), theory("倒闸操作规程", "tch-2"),
            practical("高压倒闸操作实操", "ins-1"), practical("验电与装设接地线", "ins-1"))
        .trainees(18, "晋城市供电服务有限公司", "沁水县鑫源电力工程有限公司", "晋城市经济技术开发区热力有限公司")
        .practiceOn("eq-hv-cabinet", "eq-cpr")
        .exam(LocalDate.of(2022, 3, 16), List.of("xmr-1", "xmr-3"), "eq-hv-cabinet", "eq-hv-smart")
        .fill();
    c.mapExam(c.theoryExamId(), s -> new ExamSession(s.id(), s.kind(), s.date(), s.examinerIds(), s.scores(), List.of(), s.equipmentIds()));
    c.build();
  }
}
