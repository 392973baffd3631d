package org.example.embedding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sample data of the example: a centre with two courses that ended in May and June 2025, whose records are in
 * order, and its self-check on {@link #SELF_CHECK_DAY}.
 */
public final class SampleCentre {
  private SampleCentre() {}

  /** The day of the self-check. */
  public static final LocalDate SELF_CHECK_DAY = LocalDate.of(2025, 6, 30);

  /** The low-voltage electrician course. */
  public static final String ELECTRICIANS = "LV-2025-05";
  /** The welding refresher course. */
  public static final String WELDERS = "WD-2025-06";

  static final String LOW_VOLTAGE = "electrician-low-voltage";
  static final String WELDING = "welding-cutting";

  /** The centre, its staff and its two courses. */
  public static Centre centre() {
    List<Manager> managers = List.of(
        new Manager("m-01", "高志远", LocalDate.of(2016, 3, 1)),
        new Manager("m-02", "邓丽君", LocalDate.of(2018, 9, 1)),
        new Manager("m-03", "彭海", LocalDate.of(2020, 2, 17)));
    List<Teacher> teachers = List.of(
        new Teacher("t-01", "许文", false, true, true, List.of(LOW_VOLTAGE, WELDING), LocalDate.of(2027, 12, 31), 12, LocalDate.of(2016, 3, 1)),
        new Teacher("t-02", "韩雪", false, true, true, List.of(LOW_VOLTAGE), LocalDate.of(2026, 12, 31), 8, LocalDate.of(2019, 7, 1)),
        new Teacher("t-03", "曹阳", true, true, true, List.of(LOW_VOLTAGE, WELDING), LocalDate.of(2027, 6, 30), 15, LocalDate.of(2017, 5, 2)),
        new Teacher("t-04", "魏东", false, false, false, List.of(WELDING), LocalDate.of(2026, 6, 30), 20, LocalDate.of(2022, 1, 1)));
    return new Centre("north-gate-centre", "北门安全技术培训有限公司", managers, teachers, List.of(electricians(), welders()));
  }

  private static Course electricians() {
    LocalDate d1 = LocalDate.of(2025, 5, 12);
    List<Session> sessions = List.of(
        morning("s1", d1, "安全生产法律法规与电工作业安全", "t-01", false),
        afternoon("s2", d1, "电工基础知识", "t-02", false),
        morning("s3", d1.plusDays(1), "低压电气设备与线路", "t-01", false),
        afternoon("s4", d1.plusDays(1), "电工仪表使用实操", "t-03", true),
        morning("s5", d1.plusDays(2), "低压配电线路安装实操", "t-03", true),
        afternoon("s6", d1.plusDays(2), "触电急救与电气防火", "t-02", false));
    List<String> students = List.of("张伟", "王芳", "李娜", "刘强", "陈静", "杨磊");
    return course(ELECTRICIANS, "低压电工作业初训班", LOW_VOLTAGE, "低压电工作业", false, d1, d1.plusDays(3), "m-02", sessions, students, "st-1");
  }

  private static Course welders() {
    LocalDate d1 = LocalDate.of(2025, 6, 9);
    List<Session> sessions = List.of(
        morning("w1", d1, "焊接与热切割安全技术", "t-04", false),
        afternoon("w2", d1, "焊接作业职业危害防护", "t-01", false),
        morning("w3", d1.plusDays(1), "手工电弧焊实操", "t-03", true),
        afternoon("w4", d1.plusDays(1), "事故案例分析", "t-01", false));
    List<String> students = List.of("赵敏", "周杰", "吴昊", "郑爽");
    return course(WELDERS, "熔化焊接与热切割作业复训班", WELDING, "熔化焊接与热切割作业", true, d1, d1.plusDays(2), "m-03", sessions, students,
        "st-2");
  }

  private static Session morning(String id, LocalDate day, String topic, String teacher, boolean practical) {
    return new Session(id, day, LocalTime.of(8, 30), LocalTime.of(11, 30), topic, teacher, 4, practical, true);
  }

  private static Session afternoon(String id, LocalDate day, String topic, String teacher, boolean practical) {
    return new Session(id, day, LocalTime.of(14, 0), LocalTime.of(17, 0), topic, teacher, 4, practical, true);
  }

  private static Course course(String code, String title, String operation, String operationName, boolean refresher, LocalDate first,
      LocalDate last, String coordinator, List<Session> sessions, List<String> names, String idPrefix) {
    List<Enrollment> enrollments = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      enrollments.add(attending(idPrefix + "-" + (i + 1), names.get(i), sessions, 82 + i, 85 + i));
    }
    List<FiledForm> forms = new ArrayList<>();
    for (FiledForm.Kind kind : FiledForm.Kind.values()) {
      forms.add(new FiledForm(kind, last, true));
    }
    return new Course(code, title, operation, operationName, refresher, first, last, coordinator, sessions, enrollments, forms, last, true);
  }

  /** A student who checked in and out of every session and passed both exams. */
  static Enrollment attending(String id, String name, List<Session> sessions, int theory, int practical) {
    Map<String, CheckIn> checkIns = new LinkedHashMap<>();
    for (Session s : sessions) {
      checkIns.put(s.id(), new CheckIn(s.from().minusMinutes(10), s.to().plusMinutes(5)));
    }
    return new Enrollment(id, name, Optional.of("北门电力工程有限公司"), checkIns, Optional.of(theory), Optional.of(practical));
  }

  /** A student with exam results who never checked in: the defect the certificate gate exists for. */
  public static Enrollment neverAttended(String id, String name) {
    return new Enrollment(id, name, Optional.empty(), Map.of(), Optional.of(90), Optional.of(92));
  }
}
