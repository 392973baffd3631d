package org.ducha.examples.jincheng;

import static org.ducha.examples.jincheng.ClassDraft.practical;
import static org.ducha.examples.jincheng.ClassDraft.theory;
import static org.ducha.examples.jincheng.InstitutionDraft.codes;
import static org.ducha.examples.jincheng.InstitutionDraft.operationCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.teacherCertificate;
import static org.ducha.examples.jincheng.Operations.COAL_ELECTRICAL;
import static org.ducha.examples.jincheng.Operations.COAL_GAS_INSPECTION;
import static org.ducha.examples.jincheng.Operations.COAL_SAFETY_INSPECTION;
import static org.ducha.examples.jincheng.Operations.COAL_TEAM_LEADER;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.model.AgreementType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.DocumentType;
import org.ducha.model.Employment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentKind;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.model.RoomKind;
import org.ducha.model.SelfInspection;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingKind;

/**
 * 7. 沁水县煤矿安全保障中心 — not an exam site; inspected 2022-04-20. The notice's items:
 * <ol>
 *   <li>no campaign implementation plan, no campaign problem list;
 *   <li>the training-management rules not issued as a formal document;
 *   <li>the practical instructors' specialties do not fit the special operations trained (here: gas inspection,
 *       instructed by an electrician);
 *   <li>the 2021-04-12 underground-electrical class has no practical-training record for 20 April;
 *   <li>part of the practical equipment and sites do not meet the training needs (here: no site for safety
 *       inspection).
 * </ol>
 * From the notice's text (part 一(四)): part of the practical equipment is old and has not been replaced.
 */
final class QinshuiCentre {
  private QinshuiCentre() {}

  static final String ID = "qinshui-coal-safety-centre";
  static final String CLASS_2021_ELECTRICAL = "c-2021-04-jxdq";
  static final String CLASS_2021_GAS_INSPECTION = "c-2021-09-wsjc";
  static final String CLASS_2022_TEAM_LEADERS = "c-2022-03-bzz";
  /** The day of the 2021-04-12 class without a practical-training record. */
  static final LocalDate DAY_WITHOUT_PRACTICAL_RECORD = LocalDate.of(2021, 4, 20);

  static Institution build() {
    InstitutionDraft d = new InstitutionDraft(ID, "沁水县煤矿安全保障中心", LegalForm.PUBLIC_INSTITUTION_LEGAL_PERSON,
        LocalDate.of(2022, 4, 20), 707);
    d.trains(COAL_ELECTRICAL, COAL_GAS_INSPECTION, COAL_SAFETY_INSPECTION, COAL_TEAM_LEADER);
    d.b.headId("head");

    LocalDate cert = LocalDate.of(2017, 9, 15);
    d.person("head", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2010, 7, 1), 24, List.of());
    d.person("mgr-1", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2012, 7, 1), 15, List.of());
    d.person("mgr-2", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2014, 7, 1), 12, List.of());
    d.person("mgr-3", Employment.LABOUR_CONTRACT, LocalDate.of(2016, 7, 1), 8, List.of());
    d.person("tch-1", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2011, 9, 1), 21, codes(COAL_ELECTRICAL),
        teacherCertificate("QSMK-T-2017-004", cert));
    d.person("tch-2", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2013, 9, 1), 17, codes(COAL_GAS_INSPECTION, COAL_SAFETY_INSPECTION),
        teacherCertificate("QSMK-T-2017-005", cert));
    d.person("tch-3", Employment.LABOUR_CONTRACT, LocalDate.of(2015, 9, 1), 13, codes(COAL_TEAM_LEADER, COAL_SAFETY_INSPECTION),
        teacherCertificate("QSMK-T-2017-006", cert));
    // 7.3 实操实训教师专业不满足开展相关特种作业培训要求: neither instructor is qualified in gas inspection.
    d.person("ins-1", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2012, 3, 1), 19, codes(COAL_ELECTRICAL, COAL_SAFETY_INSPECTION),
        operationCertificate("MK140521-1102", COAL_ELECTRICAL, LocalDate.of(2018, 8, 6)),
        operationCertificate("MK140521-1103", COAL_SAFETY_INSPECTION, LocalDate.of(2018, 8, 6)));
    d.person("ins-2", Employment.LABOUR_CONTRACT, LocalDate.of(2016, 3, 1), 11, codes(COAL_ELECTRICAL),
        operationCertificate("MK140521-1267", COAL_ELECTRICAL, LocalDate.of(2019, 8, 5)));
    d.person("ext-1", Employment.ENGAGED, Optional.of("沁水县煤炭工业协会"), LocalDate.of(2020, 3, 1), 26, codes(COAL_ELECTRICAL),
        teacherCertificate("QSMK-T-2020-021", LocalDate.of(2020, 2, 3)));

    d.onTrainingRoster("head", StaffRole.HEAD, true)
        .onTrainingRoster("mgr-1", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-1", StaffRole.HEAD_TEACHER, false)
        .onTrainingRoster("mgr-2", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-3", StaffRole.MANAGER, true)
        .onTrainingRoster("tch-1", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-2", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-3", StaffRole.TEACHER, true)
        .onTrainingRoster("ins-1", StaffRole.PRACTICAL_INSTRUCTOR, true)
        .onTrainingRoster("ins-2", StaffRole.PRACTICAL_INSTRUCTOR, true)
        .onTrainingRoster("ext-1", StaffRole.TEACHER, false);
    d.rostersUpdated(LocalDate.of(2022, 1, 4), null);

    // 7.2 未以正式文件印发安全培训管理制度.
    d.document("doc-rules-training", DocumentType.TRAINING_MANAGEMENT_RULES, "煤矿安全培训管理制度", null, LocalDate.of(2020, 2, 10), 11, false);
    d.document("doc-rules-archive", DocumentType.ARCHIVE_MANAGEMENT_RULES, "培训档案管理制度", "沁煤安字〔2020〕5号",
        LocalDate.of(2020, 2, 10), 4, true);
    // 7.1 no CAMPAIGN_IMPLEMENTATION_PLAN, no CAMPAIGN_PROBLEM_LIST.
    d.document("doc-self-inspection", DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT, "专项整治自查报告", null,
        LocalDate.of(2022, 3, 15), 3, true);
    d.document("doc-emergency", DocumentType.EMERGENCY_PLAN, "培训过程突发事件应急预案", "沁煤安字〔2020〕8号",
        LocalDate.of(2020, 4, 20), 9, true, LocalDate.of(2021, 10, 11));
    d.document("doc-fees", DocumentType.FEE_SCHEDULE_NOTICE, "培训收费标准公示", null, LocalDate.of(2022, 1, 4), 1, true);
    d.document("doc-equipment-ledger", DocumentType.EQUIPMENT_LEDGER, "实操实训设备台账", null, LocalDate.of(2022, 1, 4), 6, true);
    d.b.selfInspections.add(new SelfInspection(LocalDate.of(2022, 3, 8), "培训档案及实操实训条件自查"));
    d.agreement("ag-medical", AgreementType.MEDICAL_RESCUE, "沁水县龙港镇中心卫生院", LocalDate.of(2021, 4, 1), LocalDate.of(2024, 3, 31));
    d.agreement("ag-logistics", AgreementType.LOGISTICS, "沁水县沁园物业服务有限公司", LocalDate.of(2021, 4, 1), LocalDate.of(2024, 3, 31));

    // 7.5 部分实操实训设备及场地不满足培训教学需求: safety inspection has equipment but no site.
    d.room("room-c1", "理论教室", RoomKind.THEORY_CLASSROOM, 120, 72, true, true, false)
        .room("site-electrical", "井下电气实训室", RoomKind.PRACTICAL_TRAINING_SITE, 150, 20, true, true, false, COAL_ELECTRICAL)
        .room("site-gas", "瓦斯检查实训室", RoomKind.PRACTICAL_TRAINING_SITE, 90, 20, true, true, false, COAL_GAS_INSPECTION);
    // Notice part 一(四): 部分实操实训设备陈旧至今未整改.
    d.trainingEquipment("eq-elec-set", "矿用电气设备实训装置", EquipmentKind.PHYSICAL, 2009, EquipmentCondition.WORN, 6, COAL_ELECTRICAL)
        .trainingEquipment("eq-gas-detector", "光学瓦斯检定器", EquipmentKind.PHYSICAL, 2010, EquipmentCondition.GOOD, 20, COAL_GAS_INSPECTION)
        .trainingEquipment("eq-inspection-kit", "煤矿安全检查便携式仪器仪表", EquipmentKind.PHYSICAL, 2019, EquipmentCondition.GOOD, 16,
            COAL_SAFETY_INSPECTION)
        .trainingEquipment("eq-self-rescuer", "隔绝式压缩氧自救器训练器", EquipmentKind.PHYSICAL, 2019, EquipmentCondition.GOOD, 30);

    String[] mines = {"沁水县郑庄煤业有限公司", "沁水县端氏煤业有限公司", "沁水县嘉峰矿业有限公司", "沁水县土沃煤业有限公司"};

    // 7.4 2021年4月12日井下电气作业初训班4月20日无实训记录.
    d.trainingClass(CLASS_2021_ELECTRICAL, "井下电气作业初训班", COAL_ELECTRICAL, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2021, 4, 12))
        .headTeacher("mgr-1")
        .schedule(
            theory("煤矿安全生产法律法规", "tch-1"), theory("煤矿井下供电系统", "tch-1"),
            theory("矿用防爆电气设备", "tch-1"), theory("井下电气保护装置", "tch-1"),
            theory("井下电缆敷设与维护", "tch-1"), practical("防爆电气设备失爆检查", "ins-2"),
            theory("井下照明与信号", "ext-1"), practical("井下电缆连接与检修", "ins-2"),
            theory("煤矿电气事故案例分析", "tch-1"), practical("漏电保护试验", "ins-1"),
            theory("矿井灾害与自救互救", "tch-2"), practical("井下供电系统停送电操作", "ins-1"),
            theory("电气设备检修安全规程", "tch-1"), practical("防爆电气设备失爆检查", "ins-2"),
            theory("煤矿机电设备完好标准", "tch-1"), practical("井下电缆连接与检修", "ins-2"),
            practical("漏电保护试验", "ins-1"), practical("井下供电系统停送电操作", "ins-1"))
        .trainees(16, mines)
        .practiceOn("eq-elec-set", "eq-self-rescuer")
        .exam(LocalDate.of(2021, 4, 21), List.of("mgr-2"))
        .archiveCards()
        .fill()
        .withoutPracticalRecordsOn(DAY_WITHOUT_PRACTICAL_RECORD)
        .build();

    // 7.3 the gas-inspection practice is instructed by ins-1, an electrician and safety inspector.
    d.trainingClass(CLASS_2021_GAS_INSPECTION, "煤矿瓦斯检查作业初训班", COAL_GAS_INSPECTION, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2021, 9, 13))
        .headTeacher("mgr-1")
        .schedule(
            theory("煤矿安全生产法律法规", "tch-2"), theory("矿井通风基础", "tch-2"),
            theory("瓦斯性质与防治", "tch-2"), practical("光学瓦斯检定器操作", "ins-1"),
            theory("光学瓦斯检定器原理", "tch-2"), practical("瓦斯检查牌板与记录填写", "ins-1"),
            theory("瓦斯检查制度与规程", "tch-2"), practical("自救器佩戴", "ins-1"),
            theory("瓦斯事故案例分析", "tch-3"), practical("光学瓦斯检定器操作", "ins-1"))
        .trainees(14, mines)
        .practiceOn("eq-gas-detector", "eq-self-rescuer")
        .leave(5, LocalDate.of(2021, 9, 15), LocalDate.of(2021, 9, 16), "病假（附医院证明）")
        .exam(LocalDate.of(2021, 9, 18), List.of("mgr-2"))
        .archiveCards()
        .fill()
        .build();

    d.trainingClass(CLASS_2022_TEAM_LEADERS, "煤矿班组长培训班", COAL_TEAM_LEADER, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2022, 3, 14))
        .headTeacher("mgr-1")
        .schedule(
            theory("煤矿安全生产法律法规", "tch-3"), theory("煤矿班组长安全职责", "tch-3"),
            theory("煤矿班组安全管理", "tch-3"), theory("煤矿现场隐患排查", "tch-2"),
            theory("煤矿事故案例分析", "tch-2"), theory("班组应急处置与自救互救", "tch-3"))
        .trainees(28, mines)
        .exam(LocalDate.of(2022, 3, 17), List.of("mgr-3"))
        .fill()
        .build();
    return d.build();
  }
}
