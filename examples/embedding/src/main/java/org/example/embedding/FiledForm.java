package org.example.embedding;

import java.time.LocalDate;

/**
 * A form filed in a course's archive.
 *
 * @param kind which form
 * @param date the date written on it
 * @param sealed whether it bears the centre's seal
 */
public record FiledForm(Kind kind, LocalDate date, boolean sealed) {

  /** The forms the system files for a course. */
  public enum Kind {
    /** 班主任日志. */
    COORDINATOR_LOG,
    /** 教学计划执行表 (its rows are printed from the timetable). */
    TIMETABLE_REPORT,
    /** 学员考核情况表, with the coordinator's appraisal and the centre's opinion. */
    ASSESSMENT,
    /** 综合评估报告. */
    EVALUATION_REPORT,
    /** 培训管理测评表. */
    MANAGEMENT_SURVEY,
    /** 教师满意度测评表. */
    TEACHER_SURVEY,
    /** 学员评估表. */
    STUDENT_SURVEY
  }
}
