package org.ducha.examples.jincheng;

import static org.ducha.examples.jincheng.ClassDraft.practical;
import static org.ducha.examples.jincheng.ClassDraft.theory;
import static org.ducha.examples.jincheng.InstitutionDraft.codes;
import static org.ducha.examples.jincheng.InstitutionDraft.operationCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.teacherCertificate;
import static org.ducha.examples.jincheng.Operations.COAL_ELECTRICAL;
import static org.ducha.examples.jincheng.Operations.COAL_GAS_INSPECTION;
import static org.ducha.examples.jincheng.Operations.COAL_HOIST;
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
 * 8. 晋普山煤矿培训中心 — not an exam site; inspected 2022-04-21. The notice's items:
 * <ol>
 *   <li>no campaign implementation plan;
 *   <li>the training-management rules not issued as a formal document;
 *   <li>the teaching and practical-training facilities and equipment do not meet the training needs (here: a small
 *       classroom; no usable hoist equipment and no hoist site);
 *   <li>not an independent legal person: a department of the mine.
 * </ol>
 * From the notice's text (part 一(四)): the practical equipment is old and has not been replaced.
 */
final class JinpushanCentre {
  private JinpushanCentre() {}

  static final String ID = "jinpushan-coal-training-centre";
  static final String CLASS_2021_ELECTRICAL = "c-2021-05-jxdq";
  static final String CLASS_2021_HOIST = "c-2021-09-tsj";
  static final String CLASS_2022_TEAM_LEADERS = "c-2022-03-bzz";

  static Institution build() {
    // 8.4 机构非独立法人机构，为企业内设部门.
    InstitutionDraft d = new InstitutionDraft(ID, "晋普山煤矿培训中心", LegalForm.INTERNAL_DEPARTMENT, LocalDate.of(2022, 4, 21), 808);
    d.b.parentOrganisation("晋普山煤矿");
    d.trains(COAL_ELECTRICAL, COAL_HOIST, COAL_GAS_INSPECTION, COAL_TEAM_LEADER);
    d.b.headId("head");

    LocalDate cert = LocalDate.of(2017, 12, 1);
    d.person("head", Employment.LABOUR_CONTRACT, LocalDate.of(2008, 9, 1), 27, List.of());
    d.person("mgr-1", Employment.LABOUR_CONTRACT, LocalDate.of(2012, 9, 1), 14, List.of());
    d.person("mgr-2", Employment.LABOUR_CONTRACT, LocalDate.of(2014, 9, 1), 11, List.of());
    d.person("mgr-3", Employment.LABOUR_CONTRACT, LocalDate.of(2016, 9, 1), 9, List.of());
    d.person("tch-1", Employment.LABOUR_CONTRACT, LocalDate.of(2011, 3, 1), 23, codes(COAL_ELECTRICAL, COAL_HOIST),
        teacherCertificate("JPS-T-2017-001", cert));
    d.person("tch-2", Employment.LABOUR_CONTRACT, LocalDate.of(2013, 3, 1), 18, codes(COAL_GAS_INSPECTION, COAL_TEAM_LEADER),
        teacherCertificate("JPS-T-2017-002", cert));
    d.person("tch-3", Employment.LABOUR_CONTRACT, LocalDate.of(2015, 3, 1), 14, codes(COAL_TEAM_LEADER),
        teacherCertificate("JPS-T-2017-003", cert));
    d.person("ins-1", Employment.LABOUR_CONTRACT, LocalDate.of(2010, 5, 1), 24, codes(COAL_ELECTRICAL, COAL_HOIST),
        operationCertificate("MK140525-2201", COAL_ELECTRICAL, LocalDate.of(2018, 10, 8)),
        operationCertificate("MK140525-2202", COAL_HOIST, LocalDate.of(2018, 10, 8)));
    d.person("ins-2", Employment.LABOUR_CONTRACT, LocalDate.of(2014, 5, 1), 16, codes(COAL_GAS_INSPECTION),
        operationCertificate("MK140525-2338", COAL_GAS_INSPECTION, LocalDate.of(2019, 10, 14)));
    d.person("ext-1", Employment.ENGAGED, Optional.of("晋城市煤矿安全技术服务中心"), LocalDate.of(2020, 4, 1), 30, codes(COAL_TEAM_LEADER),
        teacherCertificate("JPS-T-2020-014", LocalDate.of(2020, 3, 2)));

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
    d.rostersUpdated(LocalDate.of(2022, 2, 8), null);

    // 8.2 未以正式文件印发安全培训管理制度.
    d.document("doc-rules-training", DocumentType.TRAINING_MANAGEMENT_RULES, "培训中心安全培训管理制度", null, LocalDate.of(2019, 11, 4), 9, false);
    d.document("doc-rules-archive", DocumentType.ARCHIVE_MANAGEMENT_RULES, "培训档案管理制度", "晋普矿培字〔2019〕7号",
        LocalDate.of(2019, 11, 4), 4, true);
    // 8.1 no CAMPAIGN_IMPLEMENTATION_PLAN.
    d.document("doc-campaign-problems", DocumentType.CAMPAIGN_PROBLEM_LIST, "“走过场”专项整治问题清单", null,
        LocalDate.of(2022, 1, 20), 2, true);
    d.document("doc-self-inspection", DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT, "专项整治自查报告", null,
        LocalDate.of(2022, 3, 18), 3, true);
    d.document("doc-emergency", DocumentType.EMERGENCY_PLAN, "培训过程突发事件应急预案", "晋普矿培字〔2020〕3号",
        LocalDate.of(2020, 3, 16), 8, true);
    d.document("doc-fees", DocumentType.FEE_SCHEDULE_NOTICE, "培训收费标准公示", null, LocalDate.of(2022, 1, 4), 1, true);
    d.document("doc-equipment-ledger", DocumentType.EQUIPMENT_LEDGER, "实操实训设备台账", null, LocalDate.of(2022, 1, 4), 6, true);
    d.b.selfInspections.add(new SelfInspection(LocalDate.of(2022, 3, 11), "培训档案、师资及实操设备自查"));
    d.agreement("ag-medical", AgreementType.MEDICAL_RESCUE, "晋普山煤矿职工医院", LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));
    d.agreement("ag-logistics", AgreementType.LOGISTICS, "晋普山煤矿后勤服务中心", LocalDate.of(2021, 1, 1), null);

    // 8.3 教学和实操实训设施设备不满足培训要求: one small classroom; hoist training without a site and on a broken rig.
    d.room("room-c1", "培训教室", RoomKind.THEORY_CLASSROOM, 60, 48, true, true, false)
        .room("site-electrical", "井下电气实训室", RoomKind.PRACTICAL_TRAINING_SITE, 100, 16, true, true, false, COAL_ELECTRICAL)
        .room("site-gas", "瓦斯检查实训室", RoomKind.PRACTICAL_TRAINING_SITE, 60, 16, true, false, false, COAL_GAS_INSPECTION);
    // Notice part 一(四): 实操实训设备陈旧至今未整改.
    d.trainingEquipment("eq-elec-set", "矿用电气设备实训装置", EquipmentKind.PHYSICAL, 2006, EquipmentCondition.WORN, 4, COAL_ELECTRICAL)
        .trainingEquipment("eq-gas-detector", "光学瓦斯检定器", EquipmentKind.PHYSICAL, 2008, EquipmentCondition.GOOD, 15, COAL_GAS_INSPECTION)
        .trainingEquipment("eq-hoist-rig", "提升机操作实训台", EquipmentKind.PHYSICAL, 2005, EquipmentCondition.DEFECTIVE, 1, COAL_HOIST)
        .trainingEquipment("eq-self-rescuer", "隔绝式压缩氧自救器训练器", EquipmentKind.PHYSICAL, 2018, EquipmentCondition.GOOD, 20);

    String[] teams = {"晋普山煤矿综采一队", "晋普山煤矿掘进二队", "晋普山煤矿机电队", "晋普山煤矿通风队", "晋普山煤矿运输队"};

    d.trainingClass(CLASS_2021_ELECTRICAL, "井下电气作业复训班", COAL_ELECTRICAL, TrainingKind.REFRESHER, DeliveryMode.OFFLINE,
            LocalDate.of(2021, 5, 10))
        .headTeacher("mgr-1")
        .schedule(
            theory("煤矿井下供电系统", "tch-1"), theory("煤矿电气事故案例分析", "tch-1"),
            practical("防爆电气设备失爆检查", "ins-1"), practical("漏电保护试验", "ins-1"))
        .trainees(24, teams)
        .practiceOn("eq-elec-set", "eq-self-rescuer")
        .exam(LocalDate.of(2021, 5, 12), List.of("mgr-2"))
        .archiveCards()
        .fill()
        .build();

    d.trainingClass(CLASS_2021_HOIST, "煤矿提升机操作作业初训班", COAL_HOIST, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2021, 9, 6))
        .headTeacher("mgr-1")
        .schedule(
            theory("煤矿安全生产法律法规", "tch-2"), theory("提升机构造与原理", "tch-1"),
            theory("提升机电控系统", "tch-1"), practical("提升机日常检查", "ins-1"),
            theory("提升机安全操作规程", "tch-1"), practical("提升机操作实操", "ins-1"),
            theory("提升机保护装置", "tch-1"), practical("提升机保护试验", "ins-1"),
            theory("提升运输事故案例分析", "tch-1"), practical("提升机操作实操", "ins-1"))
        .trainees(12, teams)
        .practiceOn("eq-hoist-rig")
        .exam(LocalDate.of(2021, 9, 11), List.of("mgr-2"))
        .archiveCards()
        .retake(6)
        .fill()
        .build();

    d.trainingClass(CLASS_2022_TEAM_LEADERS, "煤矿班组长培训班", COAL_TEAM_LEADER, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2022, 3, 7))
        .headTeacher("mgr-1")
        .schedule(
            theory("煤矿安全生产法律法规", "tch-3"), theory("煤矿班组长安全职责", "tch-3"),
            theory("煤矿班组安全管理", "tch-2"), theory("煤矿现场隐患排查", "ext-1"),
            theory("煤矿事故案例分析", "tch-2"), theory("班组应急处置与自救互救", "tch-3"))
        .trainees(30, teams)
        .exam(LocalDate.of(2022, 3, 10), List.of("mgr-3"))
        .fill()
        .build();
    return d.build();
  }
}
