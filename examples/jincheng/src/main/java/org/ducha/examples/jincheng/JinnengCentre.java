package org.ducha.examples.jincheng;

import static org.ducha.examples.jincheng.ClassDraft.practical;
import static org.ducha.examples.jincheng.ClassDraft.theory;
import static org.ducha.examples.jincheng.InstitutionDraft.codes;
import static org.ducha.examples.jincheng.InstitutionDraft.examinerCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.operationCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.teacherCertificate;
import static org.ducha.examples.jincheng.Operations.COAL_ELECTRICAL;
import static org.ducha.examples.jincheng.Operations.COAL_GAS_INSPECTION;
import static org.ducha.examples.jincheng.Operations.COAL_TEAM_LEADER;
import static org.ducha.examples.jincheng.Operations.PRINCIPALS_AND_MANAGERS;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.model.AgreementType;
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
 * 2. 晋能装备制造集团员工素质提升中心 — also an exam site; inspected 2022-04-24. The notice's items:
 * <ol>
 *   <li>rules not issued as formal documents, no campaign problem list;
 *   <li>the medical-rescue and logistics service agreements expired in January 2022;
 *   <li>training staff doubling as exam staff;
 *   <li>the 2021 "three posts" exam archive not bound, its practical exam records not filed in it; the team-leader
 *       class's training and exam archives not bound.
 * </ol>
 * From the notice's text (part 一(一)): its campaign plan is a token one, half a page.
 */
final class JinnengCentre {
  private JinnengCentre() {}

  static final String ID = "jinneng-equipment-centre";
  static final String CLASS_THREE_POSTS = "c-2021-10-sxgw";
  static final String CLASS_TEAM_LEADERS = "c-2021-12-bzz";
  static final String CLASS_GAS_INSPECTION = "c-2022-03-wsjc";

  static Institution build() {
    InstitutionDraft d = new InstitutionDraft(ID, "晋能装备制造集团员工素质提升中心", LegalForm.ENTERPRISE_LEGAL_PERSON,
        LocalDate.of(2022, 4, 24), 202);
    d.trains(COAL_ELECTRICAL, COAL_GAS_INSPECTION, COAL_TEAM_LEADER, PRINCIPALS_AND_MANAGERS);
    d.b.headId("head");
    d.b.examSite(new ExamSite("晋能装备制造集团安全生产考试点", Optional.of("exa-1"), Optional.of("考试管理科"),
        List.of("room-x1", "room-p1")));

    LocalDate cert = LocalDate.of(2017, 10, 1);
    d.person("head", Employment.LABOUR_CONTRACT, LocalDate.of(2008, 6, 1), 26, List.of());
    d.person("mgr-1", Employment.LABOUR_CONTRACT, LocalDate.of(2011, 3, 1), 16, List.of());
    d.person("mgr-2", Employment.LABOUR_CONTRACT, LocalDate.of(2013, 7, 1), 12, List.of());
    d.person("mgr-3", Employment.LABOUR_CONTRACT, LocalDate.of(2015, 7, 1), 9, List.of());
    d.person("tch-1", Employment.LABOUR_CONTRACT, LocalDate.of(2010, 9, 1), 22, codes(COAL_ELECTRICAL),
        teacherCertificate("JNPX-T-2017-021", cert));
    d.person("tch-2", Employment.LABOUR_CONTRACT, LocalDate.of(2012, 9, 1), 18, codes(COAL_GAS_INSPECTION, COAL_TEAM_LEADER),
        teacherCertificate("JNPX-T-2017-022", cert));
    d.person("tch-3", Employment.LABOUR_CONTRACT, LocalDate.of(2014, 9, 1), 15, codes(COAL_TEAM_LEADER, PRINCIPALS_AND_MANAGERS),
        teacherCertificate("JNPX-T-2017-023", cert));
    d.person("tch-4", Employment.LABOUR_CONTRACT, LocalDate.of(2016, 9, 1), 11, codes(COAL_ELECTRICAL, COAL_GAS_INSPECTION),
        teacherCertificate("JNPX-T-2017-024", cert));
    d.person("ins-1", Employment.LABOUR_CONTRACT, LocalDate.of(2012, 4, 1), 20, codes(COAL_ELECTRICAL),
        operationCertificate("MK140525-0316", COAL_ELECTRICAL, LocalDate.of(2018, 5, 20)));
    d.person("ins-2", Employment.LABOUR_CONTRACT, LocalDate.of(2014, 4, 1), 17, codes(COAL_GAS_INSPECTION),
        operationCertificate("MK140525-0588", COAL_GAS_INSPECTION, LocalDate.of(2019, 5, 20)));
    d.person("ext-1", Employment.ENGAGED, Optional.of("晋城市煤矿安全技术服务中心"), LocalDate.of(2019, 3, 1), 25,
        codes(COAL_ELECTRICAL, COAL_TEAM_LEADER), teacherCertificate("JNPX-T-2019-051", LocalDate.of(2019, 2, 1)));
    d.person("exa-1", Employment.LABOUR_CONTRACT, LocalDate.of(2012, 2, 1), 14, List.of());
    LocalDate exam = LocalDate.of(2018, 6, 1);
    d.person("xmr-1", Employment.LABOUR_CONTRACT, LocalDate.of(2011, 2, 1), 19, codes(COAL_ELECTRICAL),
        examinerCertificate("SXKP-2018-0521", exam));
    d.person("xmr-2", Employment.LABOUR_CONTRACT, LocalDate.of(2013, 2, 1), 16, codes(COAL_GAS_INSPECTION, COAL_TEAM_LEADER),
        examinerCertificate("SXKP-2018-0522", exam));
    d.person("xmr-3", Employment.LABOUR_CONTRACT, LocalDate.of(2015, 2, 1), 12, codes(COAL_ELECTRICAL, COAL_GAS_INSPECTION),
        examinerCertificate("SXKP-2018-0523", exam));

    d.onTrainingRoster("head", StaffRole.HEAD, true)
        .onTrainingRoster("mgr-1", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-1", StaffRole.HEAD_TEACHER, false)
        .onTrainingRoster("mgr-2", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-3", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-3", StaffRole.HEAD_TEACHER, false)
        .onTrainingRoster("tch-1", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-2", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-3", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-4", StaffRole.TEACHER, true)
        .onTrainingRoster("ins-1", StaffRole.PRACTICAL_INSTRUCTOR, true)
        .onTrainingRoster("ins-2", StaffRole.PRACTICAL_INSTRUCTOR, true)
        .onTrainingRoster("ext-1", StaffRole.TEACHER, false);
    d.onExamRoster("exa-1", StaffRole.EXAM_ADMINISTRATOR, true)
        // 2.3 培训机构部分工作人员与考试点考务人员重复: a training manager invigilates.
        .onExamRoster("mgr-2", StaffRole.INVIGILATOR, false)
        .onExamRoster("xmr-1", StaffRole.EXAMINER, true)
        .onExamRoster("xmr-2", StaffRole.EXAMINER, true)
        .onExamRoster("xmr-3", StaffRole.EXAMINER, true);
    d.rostersUpdated(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 10));

    // 2.1 未以正式文件印发安全培训及考试管理制度.
    d.document("doc-rules-training", DocumentType.TRAINING_MANAGEMENT_RULES, "员工安全培训管理制度", null, LocalDate.of(2021, 1, 5), 14, false);
    d.document("doc-rules-exam", DocumentType.EXAM_MANAGEMENT_RULES, "考试点考试管理制度", null, LocalDate.of(2021, 1, 5), 9, false);
    d.document("doc-rules-archive", DocumentType.ARCHIVE_MANAGEMENT_RULES, "培训考核档案管理办法", "晋能装培字〔2020〕8号",
        LocalDate.of(2020, 5, 12), 6, true);
    // Notice part 一(一): a plan of half a page (recorded as its one page).
    d.document("doc-campaign-plan", DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN, "安全培训“走过场”专项整治工作实施方案",
        "晋能装培字〔2021〕27号", LocalDate.of(2021, 12, 13), 1, true);
    // 2.1 未建立“走过场”专项整治问题清单.
    d.document("doc-self-inspection", DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT, "专项整治自查报告", null,
        LocalDate.of(2022, 3, 4), 4, true);
    d.document("doc-emergency", DocumentType.EMERGENCY_PLAN, "培训过程突发事件应急预案", "晋能装培字〔2020〕11号",
        LocalDate.of(2020, 6, 18), 11, true);
    d.document("doc-separation", DocumentType.EXAM_SEPARATION_SCHEME, "培训与考试分离管理办法", "晋能装培字〔2020〕12号",
        LocalDate.of(2020, 6, 18), 4, true);
    d.document("doc-fees", DocumentType.FEE_SCHEDULE_NOTICE, "培训收费标准公示", null, LocalDate.of(2022, 1, 10), 1, true);
    d.document("doc-equipment-ledger", DocumentType.EQUIPMENT_LEDGER, "实操实训设备台账", null, LocalDate.of(2022, 1, 4), 6, true);
    d.b.selfInspections.add(new SelfInspection(LocalDate.of(2022, 2, 28), "培训考核档案及考务管理自查"));
    // 2.2 医疗救援服务协议和后勤保障服务协议于2022年1月到期, not renewed.
    d.agreement("ag-medical", AgreementType.MEDICAL_RESCUE, "晋城市泽康医院", LocalDate.of(2020, 2, 1), LocalDate.of(2022, 1, 31));
    d.agreement("ag-logistics", AgreementType.LOGISTICS, "晋城市鑫源后勤服务有限公司", LocalDate.of(2020, 2, 1), LocalDate.of(2022, 1, 31));
    d.agreement("ag-site", AgreementType.PRACTICAL_SITE_LEASE, "晋城市矿山机电设备维修有限公司", LocalDate.of(2019, 1, 1), null);

    d.room("room-c1", "多功能理论教室", RoomKind.THEORY_CLASSROOM, 150, 96, true, true, false)
        .room("room-x1", "计算机考试机房", RoomKind.COMPUTER_EXAM_ROOM, 130, 72, true, true, true)
        .room("room-p1", "实操考试室", RoomKind.PRACTICAL_EXAM_ROOM, 220, 16, true, true, true, COAL_ELECTRICAL, COAL_GAS_INSPECTION)
        .room("site-electrical", "井下电气实训基地", RoomKind.PRACTICAL_TRAINING_SITE, 260, 30, true, true, false, COAL_ELECTRICAL)
        .room("site-gas", "瓦斯检查实训室", RoomKind.PRACTICAL_TRAINING_SITE, 140, 30, true, true, false, COAL_GAS_INSPECTION);
    d.sharedEquipment("eq-elec-set", "矿用防爆电气设备实训装置", EquipmentKind.PHYSICAL, 2018, EquipmentCondition.GOOD, 8, COAL_ELECTRICAL)
        .examEquipment("eq-elec-smart", "井下电气作业智能仿真考核系统", EquipmentKind.SMART_SIMULATOR, 2020, EquipmentCondition.GOOD, 6, COAL_ELECTRICAL)
        .sharedEquipment("eq-gas-detector", "光学瓦斯检定器", EquipmentKind.PHYSICAL, 2019, EquipmentCondition.GOOD, 30, COAL_GAS_INSPECTION)
        .examEquipment("eq-gas-smart", "瓦斯检查作业智能仿真考核系统", EquipmentKind.SMART_SIMULATOR, 2020, EquipmentCondition.GOOD, 6, COAL_GAS_INSPECTION)
        .trainingEquipment("eq-self-rescuer", "隔绝式压缩氧自救器训练器", EquipmentKind.PHYSICAL, 2019, EquipmentCondition.GOOD, 40);

    String[] mines = {"晋城市北岭煤业有限公司", "晋城市东沟煤业有限公司", "晋城市南庄煤业有限公司", "晋城市西山矿业有限公司"};

    // 2.4 2021年度“三项岗位人员”考试考核档案未装订，实操考试档案未装入考核档案中.
    ClassDraft threePosts = d.trainingClass(CLASS_THREE_POSTS, "2021年度“三项岗位人员”井下电气作业培训班", COAL_ELECTRICAL,
            TrainingKind.INITIAL, DeliveryMode.OFFLINE, LocalDate.of(2021, 10, 11))
        .headTeacher("mgr-1")
        .schedule(
            theory("煤矿安全生产法律法规", "tch-1"), theory("煤矿井下供电系统", "tch-1"),
            theory("矿用防爆电气设备", "tch-4"), practical("防爆电气设备失爆检查", "ins-1"),
            theory("井下电气保护装置", "tch-1"), practical("井下电缆连接与检修", "ins-1"),
            theory("井下电缆敷设与维护", "tch-4"), practical("漏电保护试验", "ins-1"),
            theory("煤矿电气事故案例分析", "ext-1"), practical("井下供电系统停送电操作", "ins-1"),
            theory("矿井灾害与自救互救", "tch-2"), theory("井下照明与信号", "tch-4"))
        .trainees(28, mines)
        .practiceOn("eq-elec-set", "eq-self-rescuer")
        .leave(8, LocalDate.of(2021, 10, 13), LocalDate.of(2021, 10, 13), "矿井临时抽调，请假一天")
        .exam(LocalDate.of(2021, 10, 17), List.of("xmr-1", "xmr-3"), "eq-elec-set", "eq-elec-smart")
        .archiveCards()
        .retake(19)
        .fill();
    threePosts.file(ClassDraft.Filing.BOUND.examUnbound().leaving(threePosts.practicalExamId())).build();

    // 2.4 班组长培训档案及考核档案未装订.
    d.trainingClass(CLASS_TEAM_LEADERS, "煤矿班组长培训班", COAL_TEAM_LEADER, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2021, 12, 6))
        .headTeacher("mgr-3")
        .schedule(
            theory("煤矿安全生产法律法规", "tch-3"), theory("煤矿班组长安全职责", "tch-3"),
            theory("煤矿班组安全管理", "tch-2"), theory("煤矿现场隐患排查", "tch-2"),
            theory("煤矿事故案例分析", "ext-1"), theory("班组应急处置与自救互救", "tch-2"),
            theory("煤矿安全生产标准化", "tch-3"), theory("班前会与手指口述", "tch-3"))
        .trainees(30, mines)
        .exam(LocalDate.of(2021, 12, 10), List.of("xmr-2", "xmr-3"))
        .fill()
        .file(ClassDraft.Filing.BOUND.trainingUnbound().examUnbound())
        .build();

    d.trainingClass(CLASS_GAS_INSPECTION, "煤矿瓦斯检查作业复训班", COAL_GAS_INSPECTION, TrainingKind.REFRESHER, DeliveryMode.OFFLINE,
            LocalDate.of(2022, 3, 21))
        .headTeacher("mgr-1")
        .schedule(
            theory("瓦斯检查制度与规程", "tch-2"), theory("瓦斯事故案例分析", "tch-4"),
            practical("光学瓦斯检定器操作", "ins-2"), practical("瓦斯检查牌板与记录填写", "ins-2"))
        .trainees(20, mines)
        .practiceOn("eq-gas-detector")
        .exam(LocalDate.of(2022, 3, 23), List.of("xmr-2", "xmr-3"), "eq-gas-detector", "eq-gas-smart")
        .archiveCards()
        .fill()
        .build();
    return d.build();
  }
}
