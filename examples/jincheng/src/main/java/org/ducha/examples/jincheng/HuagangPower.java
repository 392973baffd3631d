package org.ducha.examples.jincheng;

import static org.ducha.examples.jincheng.ClassDraft.practical;
import static org.ducha.examples.jincheng.ClassDraft.theory;
import static org.ducha.examples.jincheng.InstitutionDraft.codes;
import static org.ducha.examples.jincheng.InstitutionDraft.examinerCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.operationCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.teacherCertificate;
import static org.ducha.examples.jincheng.Operations.HIGH_VOLTAGE;
import static org.ducha.examples.jincheng.Operations.LOW_VOLTAGE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.ducha.model.RoomKind;
import org.ducha.model.SelfInspection;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingKind;

/**
 * 4. 晋城市花港电力科技有限公司 (华港 in the notice's text) — also an exam site; inspected 2022-04-22. The notice's
 * items:
 * <ol>
 *   <li>no campaign plan, no deployment;
 *   <li>training staff doubling as exam staff;
 *   <li>not an independent legal person: a department of the company;
 *   <li>the trainees' archives hold no head-teacher log, no assessment form, no execution form;
 *   <li>the theory classroom and the computer exam room do not meet the requirements (a new exam site is being
 *       built).
 * </ol>
 * From the notice's text (part 一(四)): the practical exam equipment is not "smart + physical".
 */
final class HuagangPower {
  private HuagangPower() {}

  static final String ID = "huagang-power";
  static final String CLASS_LOW_VOLTAGE = "c-2021-06-lv";
  static final String CLASS_HIGH_VOLTAGE = "c-2021-10-hv";
  static final String CLASS_LOW_VOLTAGE_REFRESHER = "c-2022-03-lvr";
  /** Every class on file: the notice faults the archives of all of them. */
  static final Set<String> CLASSES = Set.of(CLASS_LOW_VOLTAGE, CLASS_HIGH_VOLTAGE, CLASS_LOW_VOLTAGE_REFRESHER);

  static Institution build() {
    // 4.3 培训机构（考试点）非独立法人机构，现为公司内设部门.
    InstitutionDraft d = new InstitutionDraft(ID, "晋城市花港电力科技有限公司", LegalForm.INTERNAL_DEPARTMENT,
        LocalDate.of(2022, 4, 22), 404);
    d.b.parentOrganisation("晋城市花港电力科技有限公司");
    d.trains(LOW_VOLTAGE, HIGH_VOLTAGE);
    d.b.headId("head");
    d.b.examSite(new ExamSite("晋城市花港电力科技有限公司考试点", Optional.of("exa-1"), Optional.of("考务部"),
        List.of("room-x1", "room-p1")));

    LocalDate cert = LocalDate.of(2017, 11, 1);
    d.person("head", Employment.LABOUR_CONTRACT, LocalDate.of(2012, 4, 1), 19, List.of());
    d.person("mgr-1", Employment.LABOUR_CONTRACT, LocalDate.of(2014, 4, 1), 11, List.of());
    d.person("mgr-2", Employment.LABOUR_CONTRACT, LocalDate.of(2015, 4, 1), 9, List.of());
    d.person("mgr-3", Employment.LABOUR_CONTRACT, LocalDate.of(2017, 4, 1), 8, List.of());
    d.person("tch-1", Employment.LABOUR_CONTRACT, LocalDate.of(2012, 6, 1), 21, codes(LOW_VOLTAGE, HIGH_VOLTAGE),
        teacherCertificate("HGDL-T-2017-001", cert));
    d.person("tch-2", Employment.LABOUR_CONTRACT, LocalDate.of(2014, 6, 1), 15, codes(LOW_VOLTAGE, HIGH_VOLTAGE),
        teacherCertificate("HGDL-T-2017-002", cert));
    d.person("tch-3", Employment.LABOUR_CONTRACT, LocalDate.of(2016, 6, 1), 10, codes(LOW_VOLTAGE),
        teacherCertificate("HGDL-T-2017-003", cert));
    d.person("ins-1", Employment.LABOUR_CONTRACT, LocalDate.of(2013, 6, 1), 18, codes(LOW_VOLTAGE, HIGH_VOLTAGE),
        operationCertificate("T140502-2093", LOW_VOLTAGE, LocalDate.of(2018, 7, 2)),
        operationCertificate("T140502-2094", HIGH_VOLTAGE, LocalDate.of(2018, 7, 2)));
    d.person("ext-1", Employment.ENGAGED, Optional.of("晋城市电力行业协会"), LocalDate.of(2020, 3, 1), 27, codes(HIGH_VOLTAGE),
        teacherCertificate("HGDL-T-2020-011", LocalDate.of(2020, 1, 6)));
    d.person("exa-1", Employment.LABOUR_CONTRACT, LocalDate.of(2013, 3, 1), 12, List.of());
    LocalDate exam = LocalDate.of(2018, 6, 1);
    d.person("xmr-1", Employment.LABOUR_CONTRACT, LocalDate.of(2012, 3, 1), 20, codes(LOW_VOLTAGE, HIGH_VOLTAGE),
        examinerCertificate("SXKP-2018-0741", exam));
    d.person("xmr-2", Employment.LABOUR_CONTRACT, LocalDate.of(2014, 3, 1), 14, codes(LOW_VOLTAGE, HIGH_VOLTAGE),
        examinerCertificate("SXKP-2018-0742", exam));

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
    d.onExamRoster("exa-1", StaffRole.EXAM_ADMINISTRATOR, true)
        // 4.2 培训机构工作人员与考试点考务人员重复.
        .onExamRoster("tch-3", StaffRole.INVIGILATOR, false)
        .onExamRoster("mgr-3", StaffRole.EXAM_ADMINISTRATOR, false)
        .onExamRoster("xmr-1", StaffRole.EXAMINER, true)
        .onExamRoster("xmr-2", StaffRole.EXAMINER, true);
    d.rostersUpdated(LocalDate.of(2021, 12, 20), LocalDate.of(2021, 12, 20));

    d.document("doc-rules-training", DocumentType.TRAINING_MANAGEMENT_RULES, "安全培训管理制度", "花港电培〔2020〕2号",
        LocalDate.of(2020, 4, 8), 12, true);
    d.document("doc-rules-exam", DocumentType.EXAM_MANAGEMENT_RULES, "考试点管理制度", "花港电培〔2020〕3号",
        LocalDate.of(2020, 4, 8), 7, true);
    d.document("doc-rules-archive", DocumentType.ARCHIVE_MANAGEMENT_RULES, "培训档案管理制度", "花港电培〔2020〕4号",
        LocalDate.of(2020, 4, 8), 4, true);
    // 4.1 安全培训“走过场”专项整治工作无方案、无部署: no CAMPAIGN_IMPLEMENTATION_PLAN.
    d.document("doc-campaign-problems", DocumentType.CAMPAIGN_PROBLEM_LIST, "“走过场”专项整治问题清单", null,
        LocalDate.of(2022, 2, 14), 2, true);
    d.document("doc-self-inspection", DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT, "专项整治自查报告", null,
        LocalDate.of(2022, 3, 1), 3, true);
    d.document("doc-emergency", DocumentType.EMERGENCY_PLAN, "培训过程突发事件应急预案", "花港电培〔2020〕6号",
        LocalDate.of(2020, 5, 6), 8, true);
    d.document("doc-separation", DocumentType.EXAM_SEPARATION_SCHEME, "考试点与培训部门分离管理规定", "花港电培〔2020〕5号",
        LocalDate.of(2020, 4, 8), 3, true);
    d.document("doc-fees", DocumentType.FEE_SCHEDULE_NOTICE, "培训收费标准公示", null, LocalDate.of(2022, 1, 6), 1, true);
    d.document("doc-equipment-ledger", DocumentType.EQUIPMENT_LEDGER, "实操实训设备台账", null, LocalDate.of(2022, 1, 4), 6, true);
    d.b.selfInspections.add(new SelfInspection(LocalDate.of(2022, 2, 21), "培训档案及考试点设施自查"));
    d.agreement("ag-medical", AgreementType.MEDICAL_RESCUE, "晋城市康泰医院", LocalDate.of(2021, 5, 1), LocalDate.of(2023, 4, 30));
    d.agreement("ag-logistics", AgreementType.LOGISTICS, "晋城市花港电力科技有限公司综合办公室", LocalDate.of(2021, 5, 1), null);

    // 4.5 理论教学、考试机房不符合培训考试要求: a small classroom, a small exam room without identity verification.
    d.room("room-c1", "培训教室", RoomKind.THEORY_CLASSROOM, 56, 40, true, true, false)
        .room("room-x1", "计算机考试机房", RoomKind.COMPUTER_EXAM_ROOM, 45, 20, true, true, false)
        .room("room-p1", "实操考试室", RoomKind.PRACTICAL_EXAM_ROOM, 80, 8, true, true, true, LOW_VOLTAGE, HIGH_VOLTAGE)
        .room("site-electrical", "电工实训室", RoomKind.PRACTICAL_TRAINING_SITE, 120, 20, true, true, false, LOW_VOLTAGE, HIGH_VOLTAGE);
    // Notice part 一(四): practical exams on physical equipment only, no smart simulator.
    d.sharedEquipment("eq-lv-bench", "低压电工实训考核台", EquipmentKind.PHYSICAL, 2019, EquipmentCondition.GOOD, 8, LOW_VOLTAGE)
        .sharedEquipment("eq-hv-cabinet", "高压开关柜实训装置", EquipmentKind.PHYSICAL, 2019, EquipmentCondition.GOOD, 2, HIGH_VOLTAGE)
        .trainingEquipment("eq-cpr", "心肺复苏模拟人", EquipmentKind.PHYSICAL, 2020, EquipmentCondition.GOOD, 3);

    String[] firms = {"晋城市花港电力科技有限公司", "晋城市光明电气安装有限公司", "泽州县金村镇农电服务站", "晋城市城区建筑安装有限公司"};
    // 4.4 学员档案中无班主任日志、无学员考核情况表、无教学计划执行表: in every class of the period.
    ClassDocumentType[] missing = {ClassDocumentType.HEAD_TEACHER_LOG, ClassDocumentType.ASSESSMENT_FORM,
        ClassDocumentType.PLAN_EXECUTION_FORM};

    d.trainingClass(CLASS_LOW_VOLTAGE, "低压电工作业初训班", LOW_VOLTAGE, TrainingKind.INITIAL, DeliveryMode.OFFLINE, LocalDate.of(2021, 6, 7))
        .headTeacher("mgr-1")
        .schedule(
            theory("安全生产法律法规与电工作业安全", "tch-1"), theory("电工基础知识", "tch-2"),
            theory("电工仪表及测量", "tch-3"), practical("电工安全用具与仪表使用", "ins-1"),
            theory("低压电气设备", "tch-1"), practical("低压配电线路安装与检修", "ins-1"),
            theory("低压配电线路与照明", "tch-3"), practical("电动机控制线路接线", "ins-1"),
            theory("电气防火防爆与防雷", "tch-2"), theory("触电事故与现场急救", "tch-1"),
            practical("触电急救（心肺复苏）实操", "ins-1"), theory("电动机及其控制", "tch-3"))
        .trainees(28, firms)
        .practiceOn("eq-lv-bench", "eq-cpr")
        .exam(LocalDate.of(2021, 6, 13), List.of("xmr-1", "xmr-2"), "eq-lv-bench")
        .retake(21)
        .fill()
        .withoutDocuments(missing)
        .build();

    d.trainingClass(CLASS_HIGH_VOLTAGE, "高压电工作业初训班", HIGH_VOLTAGE, TrainingKind.INITIAL, DeliveryMode.OFFLINE, LocalDate.of(2021, 10, 18))
        .headTeacher("mgr-1")
        .schedule(
            theory("安全生产法律法规与高压电工作业安全", "tch-1"), theory("电力系统基础知识", "tch-2"),
            theory("高压电气设备", "tch-1"), practical("高压电气设备巡视检查", "ins-1"),
            theory("继电保护与二次回路", "ext-1"), practical("高压倒闸操作实操", "ins-1"),
            theory("变配电所运行管理", "tch-2"), practical("验电与装设接地线", "ins-1"),
            theory("倒闸操作规程", "tch-1"), theory("电气安全技术措施", "tch-2"),
            practical("触电急救（心肺复苏）实操", "ins-1"), theory("高压触电事故与现场急救", "tch-1"))
        .trainees(20, firms)
        .practiceOn("eq-hv-cabinet", "eq-cpr")
        .exam(LocalDate.of(2021, 10, 24), List.of("xmr-1", "xmr-2"), "eq-hv-cabinet")
        .fill()
        .withoutDocuments(missing)
        .build();

    d.trainingClass(CLASS_LOW_VOLTAGE_REFRESHER, "低压电工作业复训班", LOW_VOLTAGE, TrainingKind.REFRESHER, DeliveryMode.OFFLINE,
            LocalDate.of(2022, 3, 28))
        .headTeacher("mgr-1")
        .schedule(
            theory("安全生产法律法规与电工作业安全", "tch-2"), theory("低压电气设备", "tch-3"),
            practical("低压配电线路安装与检修", "ins-1"), practical("触电急救（心肺复苏）实操", "ins-1"))
        .trainees(16, firms)
        .practiceOn("eq-lv-bench", "eq-cpr")
        .exam(LocalDate.of(2022, 3, 30), List.of("xmr-1", "xmr-2"), "eq-lv-bench")
        .fill()
        .withoutDocuments(missing)
        .build();
    return d.build();
  }
}
