package org.ducha.examples.jincheng;

import java.util.List;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;

/** The operation types (作业类别) the Jincheng institutions train for, with the courses of their teaching plans. */
final class Operations {
  private Operations() {}

  static final OperationType LOW_VOLTAGE =
      new OperationType("electrician-low-voltage", "低压电工作业", OperationCategory.SPECIAL_OPERATION);
  static final OperationType HIGH_VOLTAGE =
      new OperationType("electrician-high-voltage", "高压电工作业", OperationCategory.SPECIAL_OPERATION);
  static final OperationType GAS_WORK =
      new OperationType("gas-work", "煤气作业", OperationCategory.SPECIAL_OPERATION);
  static final OperationType WELDING =
      new OperationType("welding-thermal-cutting", "熔化焊接与热切割作业", OperationCategory.SPECIAL_OPERATION);
  static final OperationType COAL_ELECTRICAL =
      new OperationType("coal-underground-electrical", "井下电气作业", OperationCategory.COAL_SPECIAL_OPERATION);
  static final OperationType COAL_SAFETY_INSPECTION =
      new OperationType("coal-safety-inspection", "煤矿安全检查作业", OperationCategory.COAL_SPECIAL_OPERATION);
  static final OperationType COAL_GAS_INSPECTION =
      new OperationType("coal-gas-inspection", "煤矿瓦斯检查作业", OperationCategory.COAL_SPECIAL_OPERATION);
  static final OperationType COAL_WATER_DRAINAGE =
      new OperationType("coal-water-drainage", "煤矿探放水作业", OperationCategory.COAL_SPECIAL_OPERATION);
  static final OperationType COAL_HOIST =
      new OperationType("coal-hoist", "煤矿提升机操作作业", OperationCategory.COAL_SPECIAL_OPERATION);
  static final OperationType TEAM_LEADER =
      new OperationType("team-leader", "班组长", OperationCategory.TEAM_LEADER);
  static final OperationType COAL_TEAM_LEADER =
      new OperationType("coal-team-leader", "煤矿班组长", OperationCategory.TEAM_LEADER);
  static final OperationType PRINCIPALS_AND_MANAGERS =
      new OperationType("principal-safety-manager", "主要负责人和安全生产管理人员", OperationCategory.PRINCIPAL_AND_SAFETY_MANAGER);
  static final OperationType ALL_STAFF =
      new OperationType("all-staff", "从业人员全员安全培训", OperationCategory.OTHER_WORKER);

  /** Theory courses (理论课程) of {@code op}, in teaching order. */
  static List<String> theory(OperationType op) {
    return switch (op.code()) {
      case "electrician-low-voltage" -> List.of("安全生产法律法规与电工作业安全", "电工基础知识", "电工仪表及测量", "低压电气设备",
          "低压配电线路与照明", "电动机及其控制", "电气防火防爆与防雷", "触电事故与现场急救");
      case "electrician-high-voltage" -> List.of("安全生产法律法规与高压电工作业安全", "电力系统基础知识", "高压电气设备", "继电保护与二次回路",
          "变配电所运行管理", "倒闸操作规程", "电气安全技术措施", "高压触电事故与现场急救");
      case "gas-work" -> List.of("安全生产法律法规与煤气作业安全", "煤气性质与危害", "煤气设施与生产工艺", "煤气防火防爆",
          "煤气中毒与现场急救", "带煤气作业安全规程");
      case "welding-thermal-cutting" -> List.of("安全生产法律法规与焊接作业安全", "焊接与切割基础知识", "焊接设备与工具", "焊接防火防爆",
          "焊接职业危害与个体防护", "特殊环境焊接安全");
      case "coal-underground-electrical" -> List.of("煤矿安全生产法律法规", "煤矿井下供电系统", "矿用防爆电气设备", "井下电气保护装置",
          "井下电缆敷设与维护", "煤矿电气事故案例分析", "矿井灾害与自救互救", "井下照明与信号");
      case "coal-safety-inspection" -> List.of("煤矿安全生产法律法规", "煤矿开采与通风基础", "瓦斯与煤尘防治", "矿井防灭火",
          "矿井防治水", "煤矿安全检查方法");
      case "coal-gas-inspection" -> List.of("煤矿安全生产法律法规", "矿井通风基础", "瓦斯性质与防治", "光学瓦斯检定器原理",
          "瓦斯检查制度与规程", "瓦斯事故案例分析");
      case "coal-hoist" -> List.of("煤矿安全生产法律法规", "提升机构造与原理", "提升机电控系统", "提升机安全操作规程",
          "提升机保护装置", "提升运输事故案例分析");
      case "team-leader" -> List.of("安全生产法律法规", "班组长安全职责", "班组安全管理", "现场安全管理与隐患排查",
          "事故应急处置", "班组安全文化建设");
      case "coal-team-leader" -> List.of("煤矿安全生产法律法规", "煤矿班组长安全职责", "煤矿班组安全管理", "煤矿现场隐患排查",
          "煤矿事故案例分析", "班组应急处置与自救互救", "煤矿安全生产标准化", "班前会与手指口述");
      case "principal-safety-manager" -> List.of("安全生产法律法规", "安全生产管理", "风险分级管控与隐患排查治理",
          "应急管理与应急预案", "事故调查与案例分析", "安全生产标准化建设");
      default -> List.of("安全生产法律法规", "岗位安全操作规程", "事故案例警示教育", "应急处置与自救互救");
    };
  }

  /** Practical courses (实操实训课程) of {@code op}, in teaching order; empty for management training. */
  static List<String> practical(OperationType op) {
    return switch (op.code()) {
      case "electrician-low-voltage" -> List.of("电工安全用具与仪表使用", "低压配电线路安装与检修", "电动机控制线路接线", "触电急救（心肺复苏）实操");
      case "electrician-high-voltage" -> List.of("高压倒闸操作实操", "高压电气设备巡视检查", "验电与装设接地线", "触电急救（心肺复苏）实操");
      case "gas-work" -> List.of("煤气检测仪器使用", "空气呼吸器佩戴", "煤气泄漏处置模拟");
      case "welding-thermal-cutting" -> List.of("手工电弧焊实操", "气割实操", "焊接作业安全检查");
      case "coal-underground-electrical" -> List.of("防爆电气设备失爆检查", "井下电缆连接与检修", "漏电保护试验", "井下供电系统停送电操作");
      case "coal-safety-inspection" -> List.of("便携式检测仪器使用", "井下安全隐患排查实操", "自救器佩戴");
      case "coal-gas-inspection" -> List.of("光学瓦斯检定器操作", "瓦斯检查牌板与记录填写", "自救器佩戴");
      case "coal-hoist" -> List.of("提升机操作实操", "提升机保护试验", "提升机日常检查");
      default -> List.of();
    };
  }
}
