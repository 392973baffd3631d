package org.ducha.examples.jincheng;

import static org.ducha.examples.jincheng.ClassDraft.practical;
import static org.ducha.examples.jincheng.ClassDraft.theory;
import static org.ducha.examples.jincheng.InstitutionDraft.codes;
import static org.ducha.examples.jincheng.InstitutionDraft.operationCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.teacherCertificate;
import static org.ducha.examples.jincheng.Operations.COAL_GAS_INSPECTION;
import static org.ducha.examples.jincheng.Operations.COAL_SAFETY_INSPECTION;
import static org.ducha.examples.jincheng.Operations.COAL_TEAM_LEADER;
import static org.ducha.examples.jincheng.Operations.COAL_WATER_DRAINAGE;
import static org.ducha.examples.jincheng.Operations.HIGH_VOLTAGE;

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
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.model.LessonRecord;
import org.ducha.model.PriorFinding;
import org.ducha.model.RoomKind;
import org.ducha.model.SelfInspection;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingKind;

/**
 * 6. 兰花集团职工培训中心 (职业培训中心 in the notice's text) — not an exam site; inspected 2022-04-21. The notice's items:
 * <ol>
 *   <li>no campaign implementation plan, no campaign problem list;
 *   <li>the emergency plan for incidents during training not revised in time;
 *   <li>the managers' roster not kept up to date, and full-time teachers not formal employees of the centre;
 *   <li>full-time managers doubling as full-time teachers;
 *   <li>the 2021-06-15 high-voltage class: a lesson's content not the one scheduled; the 2019-06-16 coal safety
 *       inspection class: no trainee evaluation form;
 *   <li>part of the practical equipment and sites do not meet the training needs.
 * </ol>
 * From the notice's text (part 一(四)): the problems the provincial department found in November 2021 are still not
 * rectified.
 */
final class LanhuaCentre {
  private LanhuaCentre() {}

  static final String ID = "lanhua-training-centre";
  static final String CLASS_2019_SAFETY_INSPECTION = "c-2019-06-aqjc";
  static final String CLASS_2021_HIGH_VOLTAGE = "c-2021-06-hv";
  static final String CLASS_2022_GAS_INSPECTION = "c-2022-03-wsjc";
  /** The provincial finding of November 2021 still open. */
  static final String PRIOR_FINDING_OPEN = "pf-2021-11-1";

  static Institution build() {
    InstitutionDraft d = new InstitutionDraft(ID, "兰花集团职工培训中心", LegalForm.ENTERPRISE_LEGAL_PERSON,
        LocalDate.of(2022, 4, 21), 606);
    d.trains(HIGH_VOLTAGE, COAL_SAFETY_INSPECTION, COAL_GAS_INSPECTION, COAL_WATER_DRAINAGE, COAL_TEAM_LEADER);
    d.b.headId("head");

    LocalDate cert = LocalDate.of(2017, 6, 1);
    Optional<String> group = Optional.of("兰花集团所属矿井");
    d.person("head", Employment.LABOUR_CONTRACT, LocalDate.of(2009, 5, 1), 25, List.of());
    // 6.4 机构专职管理人员和专职教师相互重合.
    d.person("mgr-1", Employment.LABOUR_CONTRACT, LocalDate.of(2011, 5, 1), 18, codes(COAL_TEAM_LEADER, COAL_SAFETY_INSPECTION),
        teacherCertificate("LHPX-T-2017-003", cert));
    d.person("mgr-2", Employment.LABOUR_CONTRACT, LocalDate.of(2013, 5, 1), 12, List.of());
    d.person("mgr-3", Employment.LABOUR_CONTRACT, LocalDate.of(2015, 5, 1), 10, List.of());
    // 6.3 机构专职管理人员更新不及时: mgr-4 left at the end of 2021 and is still on the roster.
    d.person("mgr-4", Employment.LABOUR_CONTRACT, LocalDate.of(2016, 5, 1), 9, List.of());
    d.left("mgr-4", LocalDate.of(2021, 12, 31));
    // 6.3 专职培训教师非本机构正式员工: two full-time teachers are seconded from the group's mines.
    d.person("tch-1", Employment.SECONDED, group, LocalDate.of(2018, 3, 1), 17, codes(COAL_SAFETY_INSPECTION, COAL_GAS_INSPECTION),
        teacherCertificate("LHPX-T-2017-011", cert));
    d.person("tch-2", Employment.SECONDED, group, LocalDate.of(2019, 3, 1), 14, codes(COAL_GAS_INSPECTION, COAL_TEAM_LEADER),
        teacherCertificate("LHPX-T-2018-012", LocalDate.of(2018, 6, 1)));
    d.person("tch-3", Employment.LABOUR_CONTRACT, LocalDate.of(2014, 3, 1), 16, codes(HIGH_VOLTAGE),
        teacherCertificate("LHPX-T-2017-013", cert));
    d.person("ins-1", Employment.LABOUR_CONTRACT, LocalDate.of(2012, 8, 1), 19, codes(HIGH_VOLTAGE, COAL_SAFETY_INSPECTION),
        operationCertificate("T140521-0335", HIGH_VOLTAGE, LocalDate.of(2018, 4, 16)),
        operationCertificate("MK140521-0336", COAL_SAFETY_INSPECTION, LocalDate.of(2018, 4, 16)));
    d.person("ins-2", Employment.LABOUR_CONTRACT, LocalDate.of(2013, 8, 1), 18, codes(COAL_GAS_INSPECTION, COAL_WATER_DRAINAGE),
        operationCertificate("MK140521-0512", COAL_GAS_INSPECTION, LocalDate.of(2019, 4, 8)),
        operationCertificate("MK140521-0513", COAL_WATER_DRAINAGE, LocalDate.of(2019, 4, 8)));
    d.person("ext-1", Employment.ENGAGED, Optional.of("晋城市煤炭行业协会"), LocalDate.of(2019, 5, 1), 28, codes(COAL_SAFETY_INSPECTION),
        teacherCertificate("LHPX-T-2019-031", LocalDate.of(2019, 4, 1)));

    d.onTrainingRoster("head", StaffRole.HEAD, true)
        .onTrainingRoster("mgr-1", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-1", StaffRole.TEACHER, true)
        .onTrainingRoster("mgr-2", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-2", StaffRole.HEAD_TEACHER, false)
        .onTrainingRoster("mgr-3", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-4", StaffRole.MANAGER, true)
        .onTrainingRoster("tch-1", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-2", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-3", StaffRole.TEACHER, true)
        .onTrainingRoster("ins-1", StaffRole.PRACTICAL_INSTRUCTOR, true)
        .onTrainingRoster("ins-2", StaffRole.PRACTICAL_INSTRUCTOR, true)
        .onTrainingRoster("ext-1", StaffRole.TEACHER, false);
    d.rostersUpdated(LocalDate.of(2021, 9, 1), null);

    d.document("doc-rules-training", DocumentType.TRAINING_MANAGEMENT_RULES, "职工安全培训管理制度", "兰培字〔2019〕2号",
        LocalDate.of(2019, 1, 14), 16, true);
    d.document("doc-rules-archive", DocumentType.ARCHIVE_MANAGEMENT_RULES, "培训档案管理制度", "兰培字〔2019〕3号",
        LocalDate.of(2019, 1, 14), 5, true);
    // 6.1 no CAMPAIGN_IMPLEMENTATION_PLAN, no CAMPAIGN_PROBLEM_LIST.
    d.document("doc-self-inspection", DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT, "专项整治自查报告", null,
        LocalDate.of(2022, 3, 10), 3, true);
    // 6.2 培训过程突发事件应急预案未及时修订: issued 2017, never revised.
    d.document("doc-emergency", DocumentType.EMERGENCY_PLAN, "培训过程突发事件应急预案", "兰培字〔2017〕6号",
        LocalDate.of(2017, 5, 10), 7, true);
    d.document("doc-fees", DocumentType.FEE_SCHEDULE_NOTICE, "培训收费标准公示", null, LocalDate.of(2022, 1, 4), 1, true);
    d.document("doc-equipment-ledger", DocumentType.EQUIPMENT_LEDGER, "实操实训设备台账", null, LocalDate.of(2022, 1, 4), 6, true);
    d.b.selfInspections.add(new SelfInspection(LocalDate.of(2022, 3, 2), "培训档案及实操实训条件自查"));
    d.agreement("ag-medical", AgreementType.MEDICAL_RESCUE, "晋城市兰花职工医院", LocalDate.of(2020, 7, 1), LocalDate.of(2023, 6, 30));
    d.agreement("ag-logistics", AgreementType.LOGISTICS, "晋城市兰苑后勤服务有限公司", LocalDate.of(2020, 7, 1), LocalDate.of(2023, 6, 30));
    // Notice part 一(四): 自去年11月份省厅执法检查提出问题，至今未完成整改.
    d.b.priorFindings.add(new PriorFinding(PRIOR_FINDING_OPEN, "山西省应急管理厅", LocalDate.of(2021, 11, 18),
        "探放水作业无实操实训场地，实训设备停用，不能满足实操实训教学需要", LocalDate.of(2022, 2, 28), Optional.empty()));
    d.b.priorFindings.add(new PriorFinding("pf-2021-11-2", "山西省应急管理厅", LocalDate.of(2021, 11, 18),
        "教师资格证书复印件未集中归档", LocalDate.of(2021, 12, 31), Optional.of(LocalDate.of(2021, 12, 22))));

    d.room("room-c1", "理论教室", RoomKind.THEORY_CLASSROOM, 140, 90, true, true, false)
        .room("site-high-voltage", "高压电工实训室", RoomKind.PRACTICAL_TRAINING_SITE, 160, 24, true, true, false, HIGH_VOLTAGE)
        .room("site-coal", "煤矿安全检查与瓦斯检查实训室", RoomKind.PRACTICAL_TRAINING_SITE, 180, 30, true, true, false,
            COAL_SAFETY_INSPECTION, COAL_GAS_INSPECTION);
    // 6.6 部分实操实训设备及场地不满足培训教学需求: water drainage has no site, and its only rig is out of service.
    d.trainingEquipment("eq-hv-cabinet", "高压电工实训装置", EquipmentKind.PHYSICAL, 2017, EquipmentCondition.GOOD, 4, HIGH_VOLTAGE)
        .trainingEquipment("eq-inspection-kit", "煤矿安全检查便携式仪器仪表", EquipmentKind.PHYSICAL, 2019, EquipmentCondition.GOOD, 20,
            COAL_SAFETY_INSPECTION)
        .trainingEquipment("eq-gas-detector", "光学瓦斯检定器", EquipmentKind.PHYSICAL, 2018, EquipmentCondition.GOOD, 24, COAL_GAS_INSPECTION)
        .trainingEquipment("eq-drainage-rig", "探放水钻机实训装置", EquipmentKind.PHYSICAL, 2013, EquipmentCondition.OUT_OF_SERVICE, 1,
            COAL_WATER_DRAINAGE)
        .trainingEquipment("eq-self-rescuer", "隔绝式压缩氧自救器训练器", EquipmentKind.PHYSICAL, 2019, EquipmentCondition.GOOD, 30);

    String[] mines = {"兰花集团青松煤矿", "兰花集团石门煤业", "兰花集团南岭煤矿", "兰花集团河东煤业"};

    // 6.5 2019年6月16日煤矿安全检查作业培训班无学员评估表.
    d.trainingClass(CLASS_2019_SAFETY_INSPECTION, "煤矿安全检查作业培训班", COAL_SAFETY_INSPECTION, TrainingKind.INITIAL,
            DeliveryMode.OFFLINE, LocalDate.of(2019, 6, 16))
        .headTeacher("mgr-2")
        .schedule(
            theory("煤矿安全生产法律法规", "mgr-1"), theory("煤矿开采与通风基础", "tch-1"),
            theory("瓦斯与煤尘防治", "tch-1"), practical("便携式检测仪器使用", "ins-1"),
            theory("矿井防灭火", "ext-1"), practical("井下安全隐患排查实操", "ins-1"),
            theory("矿井防治水", "tch-1"), theory("煤矿安全检查方法", "mgr-1"),
            practical("自救器佩戴", "ins-1"), practical("井下安全隐患排查实操", "ins-1"))
        .trainees(24, mines)
        .practiceOn("eq-inspection-kit", "eq-self-rescuer")
        .exam(LocalDate.of(2019, 6, 21), List.of("mgr-3"))
        .archiveCards()
        .fill()
        .withoutDocuments(ClassDocumentType.TRAINEE_EVALUATION_FORM)
        .build();

    // 6.5 2021年6月15日高压电工初训班教师授课内容与课程安排不符.
    d.trainingClass(CLASS_2021_HIGH_VOLTAGE, "高压电工初训班", HIGH_VOLTAGE, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2021, 6, 15))
        .headTeacher("mgr-2")
        .schedule(
            theory("安全生产法律法规与高压电工作业安全", "tch-3"), theory("电力系统基础知识", "tch-3"),
            theory("高压电气设备", "tch-3"), practical("高压电气设备巡视检查", "ins-1"),
            theory("继电保护与二次回路", "tch-3"), practical("高压倒闸操作实操", "ins-1"),
            theory("变配电所运行管理", "tch-3"), practical("验电与装设接地线", "ins-1"),
            theory("倒闸操作规程", "tch-3"), theory("电气安全技术措施", "tch-3"),
            practical("触电急救（心肺复苏）实操", "ins-1"), theory("高压触电事故与现场急救", "tch-3"))
        .trainees(20, mines)
        .practiceOn("eq-hv-cabinet")
        .exam(LocalDate.of(2021, 6, 21), List.of("mgr-3"))
        .fill()
        .mapLessonRecord("l05", r -> new LessonRecord(r.lessonId(), r.date(), "电力电缆运行与维护", r.teacherId(), r.teacherSigned()))
        .build();

    d.trainingClass(CLASS_2022_GAS_INSPECTION, "煤矿瓦斯检查作业复训班", COAL_GAS_INSPECTION, TrainingKind.REFRESHER, DeliveryMode.OFFLINE,
            LocalDate.of(2022, 3, 14))
        .headTeacher("mgr-2")
        .schedule(
            theory("瓦斯检查制度与规程", "tch-2"), theory("瓦斯事故案例分析", "tch-1"),
            practical("光学瓦斯检定器操作", "ins-2"), practical("自救器佩戴", "ins-2"))
        .trainees(18, mines)
        .practiceOn("eq-gas-detector", "eq-self-rescuer")
        .exam(LocalDate.of(2022, 3, 16), List.of("mgr-3"))
        .archiveCards()
        .fill()
        .build();
    return d.build();
  }
}
