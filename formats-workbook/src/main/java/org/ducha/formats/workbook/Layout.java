package org.ducha.formats.workbook;

import java.util.ArrayList;
import java.util.List;
import org.ducha.model.AgreementType;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.CertificateType;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.DocumentType;
import org.ducha.model.Employment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentKind;
import org.ducha.model.EquipmentUse;
import org.ducha.model.ExamKind;
import org.ducha.model.Hazard;
import org.ducha.model.LegalForm;
import org.ducha.model.LessonKind;
import org.ducha.model.OperationCategory;
import org.ducha.model.RoomKind;
import org.ducha.model.RosterType;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingKind;
import org.ducha.model.VolumeKind;

/**
 * The layout of an institution's workbook: its sheets, their Chinese column headers, and the field of the institution
 * document (formats/README.md) each column fills. One table drives reading, templates and writing, so they cannot
 * disagree; formats-workbook/README.md shows it.
 */
final class Layout {
  private Layout() {}

  /** What a column holds, and so how a cell is read and written. */
  enum Kind {
    TEXT, DATE, TIME, DECIMAL, WHOLE, BOOLEAN, ENUM,
    /** Several texts in one cell, separated by 、 , ， ; or ；. */
    TEXTS,
    /** Several dates in one cell. */
    DATES,
    /** Several enumerated values in one cell. */
    ENUMS
  }

  /**
   * A column: its header, the field it fills ({@code examSite.name} for a nested object), what it holds, and for
   * enumerated values their type.
   */
  record Column(String header, String field, Kind kind, Class<? extends Enum<?>> type, boolean required) {}

  /**
   * A sheet: its name, the list field of its parent that its rows fill (null for the institution's own sheet), the
   * headers of the columns that name its parent row (the parent's own keys and id, in the parent's order), its own id
   * column (null when its rows have none), its columns, and, for a sheet of named values, the map it fills.
   */
  record Sheet(String name, String field, Sheet parent, List<String> parentKeys, String idHeader, List<Column> columns,
      boolean map) {
    /** The headers that identify one of its rows to child sheets: the parent keys and its id. */
    List<String> identity() {
      List<String> out = new ArrayList<>(parentKeys);
      if (idHeader != null) {
        out.add(idHeader);
      }
      return out;
    }

    /** All headers, the parent keys first. */
    List<String> headers() {
      List<String> out = new ArrayList<>(parentKeys);
      columns.forEach(c -> out.add(c.header()));
      return out;
    }
  }

  private static Column req(String header, String field, Kind kind) {
    return new Column(header, field, kind, null, true);
  }

  private static Column opt(String header, String field, Kind kind) {
    return new Column(header, field, kind, null, false);
  }

  private static Column req(String header, String field, Class<? extends Enum<?>> type) {
    return new Column(header, field, Kind.ENUM, type, true);
  }

  private static Column enums(String header, String field, Class<? extends Enum<?>> type) {
    return new Column(header, field, Kind.ENUMS, type, false);
  }

  private static final List<Sheet> SHEETS = new ArrayList<>();

  private static Sheet sheet(String name, String field, Sheet parent, String idHeader, Column... columns) {
    List<String> keys = parent == null || parent.field() == null ? List.of() : parent.identity();
    Sheet s = new Sheet(name, field, parent, keys, idHeader, List.of(columns), false);
    SHEETS.add(s);
    return s;
  }

  static final String CLASS_ID = "班级编号";

  /** The institution's own sheet: exactly one row. */
  static final Sheet INSTITUTION = sheet("机构信息", null, null, null,
      req("机构编号", "id", Kind.TEXT), req("机构名称", "name", Kind.TEXT), req("法人形式", "legalForm", LegalForm.class),
      opt("上级单位", "parentOrganisation", Kind.TEXT), req("检查日期", "inspectedOn", Kind.DATE),
      opt("机构负责人编号", "headId", Kind.TEXT), opt("考点名称", "examSite.name", Kind.TEXT),
      opt("考点负责人编号", "examSite.headId", Kind.TEXT), opt("考点主管部门", "examSite.managingDepartment", Kind.TEXT),
      opt("考场编号", "examSite.roomIds", Kind.TEXTS));

  static {
    sheet("作业类别", "operationTypes", INSTITUTION, "代码", req("代码", "code", Kind.TEXT), req("名称", "name", Kind.TEXT),
        req("类别", "category", OperationCategory.class));
    sheet("制度文件", "documents", INSTITUTION, "文件编号", req("文件编号", "id", Kind.TEXT),
        req("类型", "type", DocumentType.class), req("标题", "title", Kind.TEXT), opt("文号", "number", Kind.TEXT),
        opt("印发日期", "issuedOn", Kind.DATE), req("页数", "pages", Kind.WHOLE), req("盖章", "sealed", Kind.BOOLEAN),
        opt("修订日期", "revisedOn", Kind.DATES), enums("应对的突发事件", "hazards", Hazard.class),
        opt("依据标准", "standards", Kind.TEXTS));
    sheet("自查记录", "selfInspections", INSTITUTION, null, req("自查日期", "heldOn", Kind.DATE),
        req("自查范围", "scope", Kind.TEXT));
    sheet("协议", "agreements", INSTITUTION, "协议编号", req("协议编号", "id", Kind.TEXT),
        req("类型", "type", AgreementType.class), req("对方单位", "counterparty", Kind.TEXT),
        req("起始日期", "start", Kind.DATE), opt("终止日期", "end", Kind.DATE));
  }

  static final Sheet STAFF = sheet("花名册", "staff", INSTITUTION, "人员编号", req("人员编号", "id", Kind.TEXT),
      req("姓名", "name", Kind.TEXT), req("用工形式", "employment", Employment.class), opt("用人单位", "employer", Kind.TEXT),
      opt("专业（作业类别代码）", "specialties", Kind.TEXTS), req("入职日期", "hiredOn", Kind.DATE),
      opt("离职日期", "leftOn", Kind.DATE), opt("从业年限", "practiceYears", Kind.WHOLE));

  static {
    sheet("证书", "certificates", STAFF, null, req("证书类型", "type", CertificateType.class),
        req("证书编号", "number", Kind.TEXT), opt("作业类别代码", "operationType", Kind.TEXT),
        req("发证日期", "issuedOn", Kind.DATE), opt("有效期至", "validUntil", Kind.DATE));
  }

  static final Sheet ROSTERS = sheet("花名表", "rosters", INSTITUTION, "花名表编号", req("花名表编号", "id", Kind.TEXT),
      req("类型", "type", RosterType.class), req("更新日期", "updatedOn", Kind.DATE));

  static {
    sheet("花名表人员", "entries", ROSTERS, null, req("人员编号", "staffId", Kind.TEXT),
        req("岗位", "role", StaffRole.class), req("专职", "fullTime", Kind.BOOLEAN));
  }

  static final Sheet CLASSES = sheet("培训班", "classes", INSTITUTION, CLASS_ID, req(CLASS_ID, "id", Kind.TEXT),
      req("班级名称", "name", Kind.TEXT), req("作业类别代码", "operationType", Kind.TEXT),
      req("培训类型", "kind", TrainingKind.class), req("培训方式", "mode", DeliveryMode.class),
      opt("委托单位", "commissionedBy", Kind.TEXT), req("开班日期", "start", Kind.DATE), req("结业日期", "end", Kind.DATE),
      opt("班主任编号", "headTeacherId", Kind.TEXT));

  /** The sign-in sheet (学员签到表), the largest by far. */
  static final Sheet ATTENDANCE;
  static final Sheet TRAINEES;

  static {
    sheet("教学计划执行表", "lessons", CLASSES, "课次编号", req("课次编号", "id", Kind.TEXT), req("日期", "date", Kind.DATE),
        req("开始时间", "start", Kind.TIME), req("结束时间", "end", Kind.TIME), req("课程", "course", Kind.TEXT),
        req("教师编号", "teacherId", Kind.TEXT), req("学时", "hours", Kind.DECIMAL), req("类型", "kind", LessonKind.class),
        req("方式", "mode", DeliveryMode.class));
    sheet("授课记录", "lessonRecords", CLASSES, null, req("课次编号", "lessonId", Kind.TEXT), req("日期", "date", Kind.DATE),
        req("授课内容", "topic", Kind.TEXT), req("教师编号", "teacherId", Kind.TEXT),
        req("教师签字", "teacherSigned", Kind.BOOLEAN), opt("开始时间", "start", Kind.TIME), opt("结束时间", "end", Kind.TIME));
    TRAINEES = sheet("学员名单", "trainees", CLASSES, null, req("学员编号", "id", Kind.TEXT), req("姓名", "name", Kind.TEXT),
        opt("工作单位", "employer", Kind.TEXT));
    ATTENDANCE = sheet("学员签到表", "attendance", CLASSES, null, req("学员编号", "traineeId", Kind.TEXT),
        req("课次编号", "lessonId", Kind.TEXT), req("已签到", "signedIn", Kind.BOOLEAN),
        opt("签到时间", "signInTime", Kind.TIME), req("已签退", "signedOut", Kind.BOOLEAN),
        opt("签退时间", "signOutTime", Kind.TIME), req("签到方式", "method", AttendanceMethod.class));
    sheet("请假条", "leaveNotes", CLASSES, null, req("学员编号", "traineeId", Kind.TEXT), req("请假起", "from", Kind.DATE),
        req("请假止", "to", Kind.DATE), req("事由", "reason", Kind.TEXT), opt("批准人", "approvedBy", Kind.TEXT));
    sheet("实操实训记录", "practicalRecords", CLASSES, null, req("记录编号", "id", Kind.TEXT), req("日期", "date", Kind.DATE),
        opt("课次编号", "lessonId", Kind.TEXT), req("教师编号", "instructorId", Kind.TEXT),
        opt("设备编号", "equipmentIds", Kind.TEXTS), opt("学员编号", "traineeIds", Kind.TEXTS));
  }

  static final Sheet CLASS_DOCUMENTS = sheet("班级资料", "documents", CLASSES, "资料编号", req("资料编号", "id", Kind.TEXT),
      req("类型", "type", ClassDocumentType.class), opt("学员编号", "traineeId", Kind.TEXT), opt("日期", "dated", Kind.DATE),
      req("盖章", "sealed", Kind.BOOLEAN));

  static {
    Sheet fields = new Sheet("班级资料填写项", "fields", CLASS_DOCUMENTS, CLASS_DOCUMENTS.identity(), null,
        List.of(req("填写项", "name", Kind.TEXT), opt("内容", "value", Kind.TEXT)), true);
    SHEETS.add(fields);
    sheet("班级资料表格行", "rows", CLASS_DOCUMENTS, null, opt("课次编号", "lessonId", Kind.TEXT),
        req("课程", "course", Kind.TEXT), opt("学时", "hours", Kind.DECIMAL), opt("教师编号", "teacherId", Kind.TEXT),
        req("签字", "signed", Kind.BOOLEAN));
  }

  static final Sheet EXAMS = sheet("考试场次", "exams", CLASSES, "场次编号", req("场次编号", "id", Kind.TEXT),
      req("考试类型", "kind", ExamKind.class), req("考试日期", "date", Kind.DATE), opt("考评员编号", "examinerIds", Kind.TEXTS),
      opt("成绩单签字人编号", "scoreSheetSignedBy", Kind.TEXTS), opt("设备编号", "equipmentIds", Kind.TEXTS));

  static {
    sheet("考试成绩", "scores", EXAMS, null, req("学员编号", "traineeId", Kind.TEXT), req("成绩", "score", Kind.DECIMAL),
        req("考试次数", "attempt", Kind.WHOLE));
    sheet("实操考试记录", "practicalExams", EXAMS, null, req("学员编号", "traineeId", Kind.TEXT),
        req("工位", "station", Kind.TEXT), opt("开始时间", "start", Kind.TIME), opt("结束时间", "end", Kind.TIME),
        req("考评员编号", "examinerId", Kind.TEXT));
    sheet("档案", "archive", CLASSES, null, req("卷编号", "id", Kind.TEXT), req("档案类型", "kind", VolumeKind.class),
        req("已装订", "bound", Kind.BOOLEAN), opt("内容", "contents", Kind.TEXTS));
    sheet("场所", "rooms", INSTITUTION, null, req("场所编号", "id", Kind.TEXT), req("名称", "name", Kind.TEXT),
        req("类型", "kind", RoomKind.class), req("面积（平方米）", "areaSquareMetres", Kind.DECIMAL),
        req("座位数", "seats", Kind.WHOLE), req("固定场所", "fixed", Kind.BOOLEAN),
        req("视频监控", "videoSurveillance", Kind.BOOLEAN), req("身份核验", "identityVerification", Kind.BOOLEAN),
        opt("作业类别代码", "operationTypes", Kind.TEXTS));
    sheet("设备台账", "equipment", INSTITUTION, null, req("设备编号", "id", Kind.TEXT), req("名称", "name", Kind.TEXT),
        opt("作业类别代码", "operationTypes", Kind.TEXTS), req("类型", "kind", EquipmentKind.class),
        enums("用途", "uses", EquipmentUse.class), req("投用年份", "commissionedYear", Kind.WHOLE),
        req("状况", "condition", EquipmentCondition.class), req("数量", "units", Kind.WHOLE));
    sheet("以往检查问题", "priorFindings", INSTITUTION, null, req("问题编号", "id", Kind.TEXT),
        req("检查机关", "authority", Kind.TEXT), req("发现日期", "foundOn", Kind.DATE), req("问题描述", "description", Kind.TEXT),
        req("整改期限", "deadline", Kind.DATE), opt("整改完成日期", "rectifiedOn", Kind.DATE));
  }

  /** Every sheet, parents before their children, in the workbook's order. */
  static List<Sheet> sheets() {
    return List.copyOf(SHEETS);
  }
}
