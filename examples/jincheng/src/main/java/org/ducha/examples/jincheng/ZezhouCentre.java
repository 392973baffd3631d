package org.ducha.examples.jincheng;

import static org.ducha.examples.jincheng.ClassDraft.online;
import static org.ducha.examples.jincheng.ClassDraft.practical;
import static org.ducha.examples.jincheng.ClassDraft.theory;
import static org.ducha.examples.jincheng.InstitutionDraft.codes;
import static org.ducha.examples.jincheng.InstitutionDraft.operationCertificate;
import static org.ducha.examples.jincheng.InstitutionDraft.teacherCertificate;
import static org.ducha.examples.jincheng.Operations.COAL_TEAM_LEADER;
import static org.ducha.examples.jincheng.Operations.LOW_VOLTAGE;
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
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.model.RoomKind;
import org.ducha.model.SelfInspection;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingKind;

/**
 * 5. 泽州县安全生产技术培训中心 — not an exam site; inspected 2022-04-22. The notice's items:
 * <ol>
 *   <li>no campaign implementation plan;
 *   <li>the managers' roster not kept up to date, someone who left still on it; full-time managers doubling as
 *       full-time teachers;
 *   <li>the online training archive incomplete and not organised and bound; in the coal team-leader class of
 *       2019-07-15, a trainee short of the hours after a leave was examined all the same.
 * </ol>
 */
final class ZezhouCentre {
  private ZezhouCentre() {}

  static final String ID = "zezhou-training-centre";
  static final String CLASS_2019_TEAM_LEADERS = "c-2019-07-bzz";
  static final String CLASS_2021_ONLINE = "c-2021-10-online";
  static final String CLASS_2021_LOW_VOLTAGE = "c-2021-11-lv";

  static Institution build() {
    InstitutionDraft d = new InstitutionDraft(ID, "泽州县安全生产技术培训中心", LegalForm.PUBLIC_INSTITUTION_LEGAL_PERSON,
        LocalDate.of(2022, 4, 22), 505);
    d.trains(LOW_VOLTAGE, COAL_TEAM_LEADER, PRINCIPALS_AND_MANAGERS);
    d.b.headId("head");

    LocalDate cert = LocalDate.of(2017, 7, 1);
    d.person("head", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2011, 2, 1), 22, List.of());
    d.person("mgr-1", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2012, 2, 1), 14, List.of());
    // 5.2 专职管理人员和专职教师相互重合: mgr-2 is listed in both full-time posts, and teaches.
    d.person("mgr-2", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2013, 2, 1), 16, codes(COAL_TEAM_LEADER, PRINCIPALS_AND_MANAGERS),
        teacherCertificate("ZZPX-T-2017-014", cert));
    d.person("mgr-3", Employment.LABOUR_CONTRACT, LocalDate.of(2016, 2, 1), 9, List.of());
    // 5.2 离职人员仍在花名表中: mgr-4 left in August 2021, the roster of March 2021 still lists him.
    d.person("mgr-4", Employment.LABOUR_CONTRACT, LocalDate.of(2017, 2, 1), 8, List.of());
    d.left("mgr-4", LocalDate.of(2021, 8, 31));
    d.person("tch-1", Employment.PUBLIC_INSTITUTION_CONTRACT, LocalDate.of(2012, 9, 1), 19, codes(LOW_VOLTAGE),
        teacherCertificate("ZZPX-T-2017-011", cert));
    d.person("tch-2", Employment.LABOUR_CONTRACT, LocalDate.of(2015, 9, 1), 12, codes(COAL_TEAM_LEADER, PRINCIPALS_AND_MANAGERS),
        teacherCertificate("ZZPX-T-2017-012", cert));
    d.person("ins-1", Employment.LABOUR_CONTRACT, LocalDate.of(2014, 3, 1), 14, codes(LOW_VOLTAGE),
        operationCertificate("T140525-0719", LOW_VOLTAGE, LocalDate.of(2018, 9, 3)));
    d.person("ext-1", Employment.ENGAGED, Optional.of("泽州县应急管理专家库"), LocalDate.of(2019, 6, 1), 24,
        codes(COAL_TEAM_LEADER, PRINCIPALS_AND_MANAGERS), teacherCertificate("ZZPX-T-2019-040", LocalDate.of(2019, 5, 6)));

    d.onTrainingRoster("head", StaffRole.HEAD, true)
        .onTrainingRoster("mgr-1", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-1", StaffRole.HEAD_TEACHER, false)
        .onTrainingRoster("mgr-2", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-2", StaffRole.TEACHER, true)
        .onTrainingRoster("mgr-3", StaffRole.MANAGER, true)
        .onTrainingRoster("mgr-4", StaffRole.MANAGER, true)
        .onTrainingRoster("tch-1", StaffRole.TEACHER, true)
        .onTrainingRoster("tch-2", StaffRole.TEACHER, true)
        .onTrainingRoster("ins-1", StaffRole.PRACTICAL_INSTRUCTOR, true)
        .onTrainingRoster("ext-1", StaffRole.TEACHER, false);
    d.rostersUpdated(LocalDate.of(2021, 3, 1), null);

    d.document("doc-rules-training", DocumentType.TRAINING_MANAGEMENT_RULES, "安全培训管理制度", "泽安培字〔2020〕1号",
        LocalDate.of(2020, 3, 2), 13, true);
    d.document("doc-rules-archive", DocumentType.ARCHIVE_MANAGEMENT_RULES, "培训档案管理制度", "泽安培字〔2020〕2号",
        LocalDate.of(2020, 3, 2), 5, true);
    // 5.1 未制定机构安全培训“走过场”专项整治工作实施方案: no CAMPAIGN_IMPLEMENTATION_PLAN.
    d.document("doc-campaign-problems", DocumentType.CAMPAIGN_PROBLEM_LIST, "“走过场”专项整治问题清单", null,
        LocalDate.of(2022, 1, 12), 2, true);
    d.document("doc-self-inspection", DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT, "专项整治自查报告", null,
        LocalDate.of(2022, 2, 25), 3, true);
    d.document("doc-emergency", DocumentType.EMERGENCY_PLAN, "培训过程突发事件应急预案", "泽安培字〔2020〕7号",
        LocalDate.of(2020, 9, 1), 8, true);
    d.document("doc-fees", DocumentType.FEE_SCHEDULE_NOTICE, "培训收费标准公示", null, LocalDate.of(2022, 1, 4), 1, true);
    d.document("doc-equipment-ledger", DocumentType.EQUIPMENT_LEDGER, "实操实训设备台账", null, LocalDate.of(2022, 1, 4), 6, true);
    d.b.selfInspections.add(new SelfInspection(LocalDate.of(2022, 2, 18), "培训档案自查"));
    d.agreement("ag-medical", AgreementType.MEDICAL_RESCUE, "泽州县南村镇卫生院", LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));
    d.agreement("ag-logistics", AgreementType.LOGISTICS, "泽州县晋东物业服务有限公司", LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));

    d.room("room-c1", "理论教室", RoomKind.THEORY_CLASSROOM, 130, 80, true, true, false)
        .room("site-electrical", "电工实训室", RoomKind.PRACTICAL_TRAINING_SITE, 140, 24, true, true, false, LOW_VOLTAGE);
    d.trainingEquipment("eq-lv-bench", "低压电工实训台", EquipmentKind.PHYSICAL, 2018, EquipmentCondition.GOOD, 8, LOW_VOLTAGE)
        .trainingEquipment("eq-cpr", "心肺复苏模拟人", EquipmentKind.PHYSICAL, 2018, EquipmentCondition.GOOD, 4);

    String[] mines = {"泽州县东庄煤业有限公司", "泽州县北寨煤业有限公司", "泽州县天河矿业有限公司"};
    // 5.3 2019年7月15日煤矿班组长培训档案个别学员请假后未达培训学时且组织该学员参加考核.
    d.trainingClass(CLASS_2019_TEAM_LEADERS, "煤矿班组长培训班", COAL_TEAM_LEADER, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2019, 7, 15))
        .headTeacher("mgr-1")
        .schedule(
            theory("煤矿安全生产法律法规", "tch-2"), theory("煤矿班组长安全职责", "mgr-2"),
            theory("煤矿班组安全管理", "tch-2"), theory("煤矿现场隐患排查", "ext-1"),
            theory("煤矿事故案例分析", "tch-2"), theory("班组应急处置与自救互救", "mgr-2"),
            theory("煤矿安全生产标准化", "tch-2"), theory("班前会与手指口述", "mgr-2"))
        .trainees(26, mines)
        .leaveYetExamined(9, LocalDate.of(2019, 7, 17), LocalDate.of(2019, 7, 17), "家中有事请假一天")
        .exam(LocalDate.of(2019, 7, 19), List.of("mgr-3"))
        .fill()
        .build();

    // 5.3 线上培训档案不健全且未按规定整理装订: an online lesson without the platform's records, the online volume unbound.
    ClassDraft web = d.trainingClass(CLASS_2021_ONLINE, "2021年主要负责人和安全生产管理人员再培训班（线上）", PRINCIPALS_AND_MANAGERS,
            TrainingKind.REFRESHER, DeliveryMode.ONLINE, LocalDate.of(2021, 10, 18))
        .headTeacher("mgr-1")
        .schedule(
            online("安全生产法律法规", "mgr-2"), online("风险分级管控与隐患排查治理", "ext-1"),
            online("应急管理与应急预案", "tch-2"), online("事故调查与案例分析", "ext-1"))
        .trainees(30, "泽州县东庄煤业有限公司", "泽州县鑫磊建材有限公司", "泽州县巴公镇化工园区管理服务中心", "泽州县顺达运输有限公司")
        .fill();
    web.b.attendance.removeIf(e -> e.lessonId().equals("l03"));
    web.file(ClassDraft.Filing.BOUND.onlineUnbound()).build();

    d.trainingClass(CLASS_2021_LOW_VOLTAGE, "低压电工作业初训班", LOW_VOLTAGE, TrainingKind.INITIAL, DeliveryMode.OFFLINE,
            LocalDate.of(2021, 11, 8))
        .headTeacher("mgr-1")
        .schedule(
            theory("安全生产法律法规与电工作业安全", "tch-1"), theory("电工基础知识", "tch-1"),
            theory("电工仪表及测量", "tch-1"), practical("电工安全用具与仪表使用", "ins-1"),
            theory("低压电气设备", "tch-1"), practical("低压配电线路安装与检修", "ins-1"),
            theory("低压配电线路与照明", "tch-1"), practical("电动机控制线路接线", "ins-1"),
            theory("电气防火防爆与防雷", "tch-1"), theory("触电事故与现场急救", "tch-1"),
            practical("触电急救（心肺复苏）实操", "ins-1"), theory("电动机及其控制", "tch-1"))
        .trainees(22, "泽州县金鼎建筑安装有限公司", "泽州县高都镇农电服务站", "泽州县顺达运输有限公司")
        .practiceOn("eq-lv-bench", "eq-cpr")
        .leave(15, LocalDate.of(2021, 11, 10), LocalDate.of(2021, 11, 10), "病假")
        .exam(LocalDate.of(2021, 11, 14), List.of("mgr-3"))
        .retake(4)
        .fill()
        .build();
    return d.build();
  }
}
