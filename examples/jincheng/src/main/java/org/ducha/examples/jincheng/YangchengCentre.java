package org.ducha.examples.jincheng;

import static org.ducha.examples.jincheng.ClassDraft.online;
import static org.ducha.examples.jincheng.ClassDraft.practical;
import static org.ducha.examples.jincheng.ClassDraft.theory;
import static org.ducha.examples.jincheng.InstitutionDraft.codes;
import static org.ducha.examples.jincheng.InstitutionDraft.examinerCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.operationCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.teacherCertificate;
import static org.ducha.examples.jincheng.Operations.LOW_VOLTAGE;
import static org.ducha.examples.jincheng.Operations.PRINCIPALS_AND_MANAGERS;
import static org.ducha.examples.jincheng.Operations.TEAM_LEADER;
import static org.ducha.examples.jincheng.Operations.WELDING;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.model.AgreementType;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.DocumentType;
import org.ducha.model.Employment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentKind;
import org.ducha.model.ExamSite;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.model.LessonRecord;
import org.ducha.model.RoomKind;
import org.ducha.model.SelfInspection;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingKind;

/**
 * 3. 阳城县安全技术培训中心 — also an exam site; inspected 2022-04-19. The notice's items:
 * <ol>
 *   <li>no campaign implementation plan; a self-inspection held without a self-inspection report;
 *   <li>the practical instructor's specialty does not fit the special operations trained (here: welding, taught by
 *       an electrician);
 *   <li>no exam-staff roster, and training staff doubling as exam staff (two managers examine);
 *   <li>the 2019 first class: a trainee examined without having signed in or out; the 2020 first team-leader class:
 *       a lesson's content not the one planned; no records of the online training of 2019–2020.
 * </ol>
 */
final class YangchengCentre {
  private YangchengCentre() {}

  static final String ID = "yangcheng-training-centre";
  static final String CLASS_2019_LOW_VOLTAGE = "c-2019-01-lv";
  static final String CLASS_2020_ONLINE = "c-2020-04-online";
  static final String CLASS_2020_TEAM_LEADERS = "c-2020-01-bzz";
  static final String CLASS_2022_WELDING = "c-2022-01-weld";

  static Institution build() {
    InstitutionDraft d = new InstitutionDraft(ID, "阳城县安全技术培训中心", LegalForm.PUBLIC_INSTITUTION_LEGAL_PERSON,
        LocalDate.of(2022, 4, 19), 303);
    d.trains(LOW_VOLTAGE, WELDING, TEAM_LEADER, PRINCIPALS_AND_MANAGERS);
    d.b.headId("head");
    d.b.examSite(new ExamSite("阳城县安全生产考试点", Optional.of("exam-head"), Optional.of("考务办公室"),
        List.of("room-x1", "room-p1")));

    LocalDate cert = LocalDate.of(2017, 8, 1);
    d.person("head", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2010, 3, 1), 23, List.of());
    d.person("exam-head", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2012, 3, 1), 15, List.of());
    d.person("mgr-1", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2013, 5, 1), 12, List.of());
    // 3.3 two of the training managers are the exam site's examiners.
    d.person("mgr-2", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2011, 5, 1), 16, codes(LOW_VOLTAGE, WELDING),
        examinerCertificate("SXKP-2018-0631", LocalDate.of(2018, 6, 1)));
    d.person("mgr-3", Employment.LABOUR_CONTRACT, LocalDate.of(2015, 5, 1), 10, codes(LOW_VOLTAGE, TEAM_LEADER),
        examinerCertificate("SXKP-2018-0632", LocalDate.of(2018, 6, 1)));
    d.person("tch-1", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2012, 9, 1), 17, codes(LOW_VOLTAGE),
        teacherCertificate("YCPX-T-2017-006", cert));
    d.person("tch-2", Employment.LABOUR_CONTRACT, LocalDate.of(2016, 9, 1), 9, codes(WELDING, LOW_VOLTAGE),
        teacherCertificate("YCPX-T-2017-007", cert));
    d.person("tch-3", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2014, 9, 1), 13, codes(TEAM_LEADER, PRINCIPALS_AND_MANAGERS),
        teacherCertificate("YCPX-T-2017-008", cert));
    // 3.2 实操实训教师专业不满足开展相关特种作业培训要求: the only practical instructor is an electrician.
    d.person("ins-1", Employment.LABOUR_CONTRACT, LocalDate.of(2013, 4, 1), 15, codes(LOW_VOLTAGE),
        operationCertificate("T140522-0415", LOW_VOLTAGE, LocalDate.of(2018, 3, 12)));
    d.person("ext-1", Employment.ENGAGED, Optional.of("阳城县应急管理专家库"), LocalDate.of(2019, 1, 1), 21,
        codes(TEAM_LEADER, PRINCIPALS_AND_MANAGERS), teacherCertificate("YCPX-T-2018-031", LocalDate.of(2018, 9, 1)));

    d.onTrainingRoster("head", StaffRole.HEAD, true)
        .onTrainingRoster("mgr-1", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-1", StaffRole.HEAD_TEACHER, false)
        .onTrainingRoster("mgr-2", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-3", StaffRole.MANAGER, true)
        .onTrainingRoster("tch-1", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-2", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-3", StaffRole.TEACHER, true)
        .onTrainingRoster("ins-1", StaffRole.PRACTICAL_INSTRUCTOR, true)
        .onTrainingRoster("ext-1", StaffRole.TEACHER, false);
    // 3.3 未建立考务人员花名表: only the training-staff roster.
    d.rostersUpdated(LocalDate.of(2022, 2, 15), null);

    d.document("doc-rules-training", DocumentType.TRAINING_MANAGEMENT_RULES, "安全培训管理制度", "阳安培字〔2019〕3号",
        LocalDate.of(2019, 2, 25), 15, true);
    d.document("doc-rules-exam", DocumentType.EXAM_MANAGEMENT_RULES, "考试点管理制度", "阳安培字〔2019〕4号",
        LocalDate.of(2019, 2, 25), 8, true);
    d.document("doc-rules-archive", DocumentType.ARCHIVE_MANAGEMENT_RULES, "培训档案管理制度", "阳安培字〔2019〕5号",
        LocalDate.of(2019, 2, 25), 4, true);
    // 3.1 未制定机构安全培训“走过场”专项整治工作实施方案: no CAMPAIGN_IMPLEMENTATION_PLAN.
    d.document("doc-campaign-problems", DocumentType.CAMPAIGN_PROBLEM_LIST, "“走过场”专项整治问题清单", null,
        LocalDate.of(2022, 1, 5), 2, true);
    d.document("doc-emergency", DocumentType.EMERGENCY_PLAN, "培训过程突发事件应急预案", "阳安培字〔2020〕9号",
        LocalDate.of(2020, 8, 3), 9, true);
    d.document("doc-separation", DocumentType.EXAM_SEPARATION_SCHEME, "培训与考试分离实施办法", "阳安培字〔2019〕6号",
        LocalDate.of(2019, 2, 25), 3, true);
    d.document("doc-fees", DocumentType.FEE_SCHEDULE_NOTICE, "培训收费标准公示", null, LocalDate.of(2022, 1, 4), 1, true);
    d.document("doc-equipment-ledger", DocumentType.EQUIPMENT_LEDGER, "实操实训设备台账", null, LocalDate.of(2022, 1, 4), 6, true);
    // 3.1 组织开展自查无自查报告: a self-inspection held, no CAMPAIGN_SELF_INSPECTION_REPORT.
    d.b.selfInspections.add(new SelfInspection(LocalDate.of(2022, 1, 10), "培训档案及考务管理自查"));
    d.agreement("ag-medical", AgreementType.MEDICAL_RESCUE, "阳城县凤城卫生院", LocalDate.of(2021, 7, 1), LocalDate.of(2024, 6, 30));
    d.agreement("ag-logistics", AgreementType.LOGISTICS, "阳城县晋阳物业服务有限公司", LocalDate.of(2021, 7, 1), LocalDate.of(2024, 6, 30));

    d.room("room-c1", "理论教室", RoomKind.THEORY_CLASSROOM, 110, 70, true, true, false)
        .room("room-x1", "计算机考试机房", RoomKind.COMPUTER_EXAM_ROOM, 90, 40, true, true, true)
        .room("room-p1", "实操考试室", RoomKind.PRACTICAL_EXAM_ROOM, 160, 12, true, true, true, LOW_VOLTAGE, WELDING)
        .room("site-electrical", "电工实训室", RoomKind.PRACTICAL_TRAINING_SITE, 150, 24, true, true, false, LOW_VOLTAGE)
        .room("site-welding", "焊接实训车间", RoomKind.PRACTICAL_TRAINING_SITE, 200, 16, true, true, false, WELDING);
    d.sharedEquipment("eq-lv-bench", "低压电工实训考核台", EquipmentKind.PHYSICAL, 2017, EquipmentCondition.GOOD, 10, LOW_VOLTAGE)
        .examEquipment("eq-lv-smart", "低压电工智能仿真考核系统", EquipmentKind.SMART_SIMULATOR, 2019, EquipmentCondition.GOOD, 4, LOW_VOLTAGE)
        .sharedEquipment("eq-welder", "交直流焊机及气割设备", EquipmentKind.PHYSICAL, 2018, EquipmentCondition.GOOD, 10, WELDING)
        .examEquipment("eq-weld-smart", "焊接作业智能仿真考核系统", EquipmentKind.SMART_SIMULATOR, 2020, EquipmentCondition.GOOD, 4, WELDING)
        .trainingEquipment("eq-cpr", "心肺复苏模拟人", EquipmentKind.PHYSICAL, 2019, EquipmentCondition.GOOD, 4);

    String[] firms = {"阳城县润城镇建筑工程队", "阳城县鑫通电器安装有限公司", "阳城县北留镇农电服务站", "阳城县金辉陶瓷有限公司"};

    // 3.4 2019年1期档案学员培训未签到签退但有考试成绩: trainee 13 is on no sheet, yet on both score sheets.
    ClassDraft lv = d.trainingClass(CLASS_2019_LOW_VOLTAGE, "2019年第1期低压电工作业初训班", LOW_VOLTAGE, TrainingKind.INITIAL,
            DeliveryMode.OFFLINE, LocalDate.of(2019, 3, 11))
        .headTeacher("mgr-1")
        .schedule(
            theory("安全生产法律法规与电工作业安全", "tch-1"), theory("电工基础知识", "tch-1"),
            theory("电工仪表及测量", "tch-2"), practical("电工安全用具与仪表使用", "ins-1"),
            theory("低压电气设备", "tch-1"), practical("低压配电线路安装与检修", "ins-1"),
            theory("低压配电线路与照明", "tch-2"), practical("电动机控制线路接线", "ins-1"),
            theory("电气防火防爆与防雷", "tch-2"), theory("触电事故与现场急救", "tch-1"),
            practical("触电急救（心肺复苏）实操", "ins-1"), theory("电动机及其控制", "tch-1"))
        .trainees(20, firms)
        .practiceOn("eq-lv-bench", "eq-cpr")
        .exam(LocalDate.of(2019, 3, 17), List.of("mgr-2", "mgr-3"), "eq-lv-bench", "eq-lv-smart")
        .fill();
    lv.withoutAnyAttendance(lv.trainee(13)).build();

    // 3.4 2020年1期班组长档案授课内容和实际授课内容不符.
    d.trainingClass(CLASS_2020_TEAM_LEADERS, "2020年第1期班组长培训班", TEAM_LEADER, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2020, 6, 15))
        .headTeacher("mgr-1")
        .schedule(
            theory("安全生产法律法规", "tch-3"), theory("班组长安全职责", "tch-3"),
            theory("班组安全管理", "ext-1"), theory("现场安全管理与隐患排查", "tch-3"),
            theory("事故应急处置", "tch-3"), theory("班组安全文化建设", "ext-1"))
        .trainees(30, firms)
        .exam(LocalDate.of(2020, 6, 18), List.of("mgr-2", "mgr-3"))
        .fill()
        .mapLessonRecord("l04", r -> new LessonRecord(r.lessonId(), r.date(), "职业病危害因素识别与防护", r.teacherId(), r.teacherSigned()))
        .build();

    // 3.4 未能提供2019-2020年开展线上培训记录及档案: the online refresher kept its paper forms, but neither the
    // platform's sign-in records nor any online-learning record or volume.
    ClassDraft web = d.trainingClass(CLASS_2020_ONLINE, "2020年主要负责人和安全生产管理人员线上再培训班", PRINCIPALS_AND_MANAGERS,
            TrainingKind.REFRESHER, DeliveryMode.ONLINE, LocalDate.of(2020, 4, 13))
        .headTeacher("mgr-1")
        .schedule(
            online("安全生产法律法规", "tch-3"), online("风险分级管控与隐患排查治理", "ext-1"),
            online("应急管理与应急预案", "tch-3"), online("事故调查与案例分析", "ext-1"))
        .trainees(30, firms)
        .fill()
        .withoutDocuments(ClassDocumentType.ONLINE_LEARNING_RECORD);
    web.b.attendance.clear();
    web.build();

    // 3.2 the welding class's practical lessons are instructed by the electrician; 3.3 the managers examine it.
    d.trainingClass(CLASS_2022_WELDING, "2022年第1期熔化焊接与热切割作业初训班", WELDING, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2022, 3, 7))
        .headTeacher("mgr-1")
        .schedule(
            theory("安全生产法律法规与焊接作业安全", "tch-2"), theory("焊接与切割基础知识", "tch-2"),
            theory("焊接设备与工具", "tch-2"), practical("手工电弧焊实操", "ins-1"),
            theory("焊接防火防爆", "tch-2"), practical("气割实操", "ins-1"),
            theory("焊接职业危害与个体防护", "tch-2"), practical("焊接作业安全检查", "ins-1"),
            theory("特殊环境焊接安全", "tch-2"), practical("手工电弧焊实操", "ins-1"))
        .trainees(16, firms)
        .practiceOn("eq-welder")
        .exam(LocalDate.of(2022, 3, 13), List.of("mgr-2", "mgr-3"), "eq-welder", "eq-weld-smart")
        .fill()
        .build();
    return d.build();
  }
}
