package org.ducha.checks.facilities;

import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.ExamSite;

/** The subject for findings about an institution's exam site (考试点) as a whole. */
final class ExamSiteSubject {
  private ExamSiteSubject() {}

  /** The id of the exam site subject: an institution operates at most one exam site. */
  static final String ID = "exam-site";

  /** The exam site {@code site}. */
  static Subject of(ExamSite site) {
    return Subject.of(SubjectKind.EXAM_SITE, ID, site.name());
  }
}
