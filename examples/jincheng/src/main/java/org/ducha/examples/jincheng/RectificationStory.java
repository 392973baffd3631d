package org.ducha.examples.jincheng;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ducha.model.Institution;
import org.ducha.model.StaffMember;

/**
 * The rectification plans the eight institutions filed after the notice (整改方案：逐条逐项梳理，明确责任人，倒排工期), and
 * the waiver the bureau granted, as the files {@code tracking/plan.yaml} and {@code tracking/waivers.yaml} of the
 * follow-up.
 *
 * <p>One plan item per problem of the notice and check: every finding of that check at that institution (the form
 * {@code check} + {@code institution} without a subject), with the person responsible — the head for governance and
 * premises, the first manager for staff and archives — and a deadline: 30 June for governance and staff, 31 July for
 * archives, 31 August for premises and equipment, later where the work takes longer (a separate exam site, an
 * independent legal person, a new instructor, new equipment).
 */
final class RectificationStory {
  private RectificationStory() {}

  /** One item: a check at an institution, its measures, and a deadline other than its group's, if any. */
  private record Item(String checkId, String measures, LocalDate deadline) {
    Item(String checkId, String measures) {
      this(checkId, measures, null);
    }
  }

  private static final LocalDate GOVERNANCE = LocalDate.of(2022, 6, 30);
  private static final LocalDate STAFFING = LocalDate.of(2022, 6, 30);
  private static final LocalDate ARCHIVE = LocalDate.of(2022, 7, 31);
  private static final LocalDate FACILITIES = LocalDate.of(2022, 8, 31);
  private static final LocalDate YEAR_END = LocalDate.of(2022, 12, 31);
  private static final LocalDate LEGAL_PERSON = LocalDate.of(2023, 6, 30);

  private static final String ARCHIVES = "逐班清查培训考核档案，该补的补、该完善的完善，重新整理装订";

  /** The plans, by institution in the annex's order. */
  static final Map<String, List<Item>> PLANS = plans();

  private static Map<String, List<Item>> plans() {
    Map<String, List<Item>> m = new LinkedHashMap<>();
    m.put(ExamCentre.ID, List.of(
        new Item("governance.rules.not-formally-issued", "安全培训管理制度和考试点考务管理制度以正式文件重新印发"),
        new Item("governance.training-exam.not-separated", "制定考教分离方案报市局批准，考试点单设考务部门、另定负责人", YEAR_END),
        new Item("governance.problem-list.missing", "建立“走过场”专项整治问题清单和整改台账"),
        new Item("staffing.manager-teacher.overlap", "专职管理人员不再兼任专职教师，调整花名表"),
        new Item("staffing.training-exam-staff.overlap", "培训机构人员退出考务工作，调整考务人员花名表"),
        new Item("archive.exam.score-sheet-unsigned", ARCHIVES),
        new Item("archive.teacher.unsigned", ARCHIVES),
        new Item("archive.attendance.no-time", ARCHIVES),
        new Item("archive.assessment-form.incomplete", ARCHIVES),
        new Item("archive.assessment-form.unsealed", ARCHIVES),
        new Item("archive.head-teacher-log.missing", ARCHIVES),
        new Item("archive.plan-execution.missing", ARCHIVES),
        new Item("archive.evaluation-report.missing", ARCHIVES),
        new Item("archive.entrustment-agreement.missing", "补签与委托单位的培训委托协议并归档"),
        new Item("archive.attendance.absence-without-leave", ARCHIVES),
        new Item("archive.evaluation-report.unsealed", ARCHIVES),
        new Item("archive.plan-execution.unsigned", ARCHIVES),
        new Item("archive.plan-execution.hours-mismatch", ARCHIVES),
        new Item("archive.survey.missing", ARCHIVES)));
    m.put(JinnengCentre.ID, List.of(
        new Item("governance.rules.not-formally-issued", "员工安全培训管理制度和考试点考试管理制度以正式文件重新印发"),
        new Item("governance.problem-list.missing", "建立“走过场”专项整治问题清单"),
        new Item("governance.service-agreement.expired", "续签医疗救援服务协议"),
        new Item("governance.logistics-agreement.expired", "续签后勤保障服务协议"),
        new Item("staffing.training-exam-staff.overlap", "培训机构人员退出考务工作，调整考务人员花名表"),
        new Item("archive.not-bound", ARCHIVES),
        new Item("archive.exam.practical-not-filed", ARCHIVES),
        new Item("governance.rectification-plan.perfunctory", "重新修订专项整治工作实施方案，细化任务和措施")));
    m.put(YangchengCentre.ID, List.of(
        new Item("governance.rectification-plan.missing", "制定专项整治工作实施方案并以正式文件印发"),
        new Item("governance.self-inspection-report.missing", "补写自查报告"),
        new Item("staffing.instructor.specialty-mismatch", "招聘熔化焊接与热切割作业专业的专职实操实训教师", YEAR_END),
        new Item("staffing.practical-training.unqualified-instructor", "焊接实操实训改由专业对口的教师授课", YEAR_END),
        new Item("staffing.exam-staff-roster.missing", "配备专职考务人员，建立考务人员花名表"),
        new Item("staffing.training-exam-staff.overlap", "兼任考评员的两名专职管理人员调入考试点，培训机构另配专职管理人员"),
        new Item("archive.exam.score-without-attendance", "该学员成绩作废，补训后重新考核"),
        new Item("archive.lesson.content-mismatch", "补登调课记录，规范调课审批"),
        new Item("archive.online.no-archive", "从网络学习平台导出学习记录，补建线上培训档案")));
    m.put(HuagangPower.ID, List.of(
        new Item("governance.rectification-plan.missing", "制定专项整治工作实施方案，召开部署会"),
        new Item("staffing.training-exam-staff.overlap", "培训机构人员退出考务工作，调整考务人员花名表"),
        new Item("governance.legal-entity.not-independent", "办理培训中心独立法人登记", LEGAL_PERSON),
        new Item("archive.head-teacher-log.missing", ARCHIVES),
        new Item("archive.assessment-form.missing", ARCHIVES),
        new Item("archive.plan-execution.missing", ARCHIVES),
        new Item("facilities.classroom.inadequate", "理论教学改在公司培训大厅"),
        new Item("facilities.classroom.area-per-seat", "理论教学改在公司培训大厅"),
        new Item("facilities.exam-room.inadequate", "新考试点建成后迁入", YEAR_END),
        new Item("facilities.exam-room.no-identity-check", "新考试点建成后迁入；此前入口人工核验身份", YEAR_END),
        new Item("facilities.practical-exam.not-smart", "购置低压、高压电工作业智能考核设备")));
    m.put(ZezhouCentre.ID, List.of(
        new Item("governance.rectification-plan.missing", "制定专项整治工作实施方案并以正式文件印发"),
        new Item("staffing.roster.stale", "更新培训机构工作人员花名表"),
        new Item("staffing.manager-teacher.overlap", "专职管理人员不再兼任专职教师，调整花名表"),
        new Item("archive.online.incomplete", "从网络学习平台导出学习记录，补齐线上培训档案"),
        new Item("archive.online.not-bound", "整理装订线上培训档案"),
        new Item("archive.exam.hours-short", "该学员成绩作废，补足学时后重新考核")));
    m.put(LanhuaCentre.ID, List.of(
        new Item("governance.rectification-plan.missing", "制定专项整治工作实施方案并以正式文件印发"),
        new Item("governance.problem-list.missing", "建立“走过场”专项整治问题清单"),
        new Item("governance.emergency-plan.outdated", "修订培训过程突发事件应急预案"),
        new Item("staffing.roster.stale", "更新培训机构工作人员花名表"),
        new Item("staffing.teacher.not-employee", "借调教师办理正式调入手续"),
        new Item("staffing.manager-teacher.overlap", "专职管理人员不再兼任专职教师，调整花名表"),
        new Item("archive.lesson.content-mismatch", "补登调课记录，规范调课审批"),
        new Item("archive.survey.missing", ARCHIVES),
        new Item("facilities.equipment.insufficient", "修复探放水钻机实训装置"),
        new Item("facilities.training-site.missing", "建设探放水实训场"),
        new Item("governance.prior-findings.unrectified", "完成省厅2021年11月检查提出问题的整改并申请验收")));
    m.put(QinshuiCentre.ID, List.of(
        new Item("governance.rectification-plan.missing", "制定专项整治工作实施方案并以正式文件印发"),
        new Item("governance.problem-list.missing", "建立“走过场”专项整治问题清单"),
        new Item("governance.rules.not-formally-issued", "煤矿安全培训管理制度以正式文件重新印发"),
        new Item("staffing.instructor.specialty-mismatch", "配备煤矿瓦斯检查作业专业的专职实操实训教师，对2021年瓦斯检查作业初训班学员补训实操",
            YEAR_END),
        new Item("staffing.practical-training.unqualified-instructor", "瓦斯检查作业实操实训改由专业对口的教师授课，对2021年初训班学员补训实操",
            YEAR_END),
        new Item("archive.practical-record.missing", ARCHIVES),
        new Item("facilities.training-site.missing", "建设煤矿安全检查作业实训室"),
        new Item("facilities.equipment.outdated", "更新矿用电气设备实训装置和光学瓦斯检定器（已订购）", YEAR_END)));
    m.put(JinpushanCentre.ID, List.of(
        new Item("governance.rectification-plan.missing", "制定专项整治工作实施方案并以正式文件印发"),
        new Item("governance.rules.not-formally-issued", "安全培训管理制度以正式文件重新印发"),
        new Item("facilities.equipment.insufficient", "更换提升机操作实训台"),
        new Item("facilities.training-site.missing", "建设提升机操作实训室"),
        new Item("facilities.equipment.faulty", "更换提升机操作实训台"),
        new Item("facilities.classroom.inadequate", "扩建培训教室"),
        new Item("facilities.classroom.area-per-seat", "扩建培训教室"),
        new Item("governance.legal-entity.not-independent", "办理培训中心独立法人登记", LEGAL_PERSON),
        new Item("facilities.equipment.outdated", "更新实操实训设备")));
    return m;
  }

  /** The waiver: Huagang's computer exam room stands until the new exam site opens. */
  static String waiversYaml() {
    return """
        # Waivers (豁免) granted by the bureau for problems of the first inspection (晋市应急教发〔2022〕89号): each names
        # the findings it covers (check and institution: all of that check's findings there), why, who approved it and
        # until when. A waived finding stays in the report, marked as waived; after the expiry day it counts again.
        waivers:
          # 4 晋城市花港电力科技有限公司: 理论教学、考试机房不符合培训考试要求。新考试点正在建设中。
          - institution: huagang-power
            check: facilities.exam-room.inadequate
            justification: "新考试点正在建设中，建成前继续使用现有计算机考试机房；考试时增派监考人员，入口人工核验身份并全程录像"
            approvedBy: "晋城市应急管理局教育训练科"
            approvedOn: 2022-05-27
            expires: 2022-12-31
          - institution: huagang-power
            check: facilities.exam-room.no-identity-check
            justification: "新考试点正在建设中，建成前继续使用现有计算机考试机房；考试时入口人工核验身份并全程录像"
            approvedBy: "晋城市应急管理局教育训练科"
            approvedOn: 2022-05-27
            expires: 2022-12-31
        """;
  }

  /** The plan file, naming each responsible person as the first inspection's records name the staff member. */
  static String planYaml(List<Institution> first) {
    StringBuilder sb = new StringBuilder();
    sb.append("""
        # The rectification plans (整改方案) the eight institutions filed with the bureau on 2022-05-20 for the problems of
        # the notice 晋市应急教发〔2022〕89号, item by item, each with the person responsible (责任人) and the deadline
        # (整改期限). An item names a check and an institution: every finding of that check there. A finding still found
        # at the follow-up after its deadline is overdue, and its severity is raised by overdueSeverityStep levels.
        inspection: jincheng-2022
        overdueSeverityStep: 1
        items:
        """);
    int n = 0;
    for (Institution inst : first) {
      List<Item> items = PLANS.get(inst.id());
      if (items == null) {
        throw new IllegalStateException("no plan for " + inst.id());
      }
      sb.append("  # ").append(++n).append(' ').append(inst.name()).append('\n');
      for (Item i : items) {
        String group = i.checkId().substring(0, i.checkId().indexOf('.'));
        String responsible = name(inst, group.equals("governance") || group.equals("facilities") ? "head" : "mgr-1");
        LocalDate deadline = i.deadline() != null ? i.deadline() : switch (group) {
          case "governance" -> GOVERNANCE;
          case "staffing" -> STAFFING;
          case "archive" -> ARCHIVE;
          default -> FACILITIES;
        };
        sb.append("  - institution: ").append(inst.id()).append('\n')
            .append("    check: ").append(i.checkId()).append('\n')
            .append("    responsible: ").append(quoted(responsible)).append('\n')
            .append("    deadline: ").append(deadline).append('\n')
            .append("    measures: ").append(quoted(i.measures())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String name(Institution inst, String staffId) {
    return inst.staff().stream().filter(s -> s.id().equals(staffId)).findFirst().map(StaffMember::name)
        .orElseThrow(() -> new IllegalStateException(inst.id() + " has no staff member " + staffId));
  }

  private static String quoted(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
