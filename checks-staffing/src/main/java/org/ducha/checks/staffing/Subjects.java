package org.ducha.checks.staffing;

import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.ExamSite;
import org.ducha.model.OperationType;
import org.ducha.model.Roster;
import org.ducha.model.RosterType;

/** Subjects of staffing findings that {@link Subject} has no factory for. */
final class Subjects {
  private Subjects() {}

  /** The id of the exam site subject: an institution operates at most one exam site (考试点). */
  static final String EXAM_SITE_ID = "exam-site";

  /** The exam site (考试点) the institution operates. */
  static Subject examSite(ExamSite site) {
    return Subject.of(SubjectKind.EXAM_SITE, EXAM_SITE_ID, site.name());
  }

  /** A roster (花名表), labelled with its kind. */
  static Subject roster(Roster roster) {
    String label = roster.type() == RosterType.EXAM_STAFF ? "考务人员花名表" : "培训机构工作人员花名表";
    return Subject.of(SubjectKind.ROSTER, roster.id(), label);
  }

  /** An operation type (作业类别) the institution trains for. */
  static Subject operationType(OperationType type) {
    return Subject.of(SubjectKind.OPERATION_TYPE, type.code(), type.name());
  }
}
