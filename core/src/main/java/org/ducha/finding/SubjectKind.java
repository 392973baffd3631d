package org.ducha.finding;

/** What kind of thing a finding is about. */
public enum SubjectKind {
  INSTITUTION,
  EXAM_SITE,
  OPERATION_TYPE,
  DOCUMENT,
  AGREEMENT,
  STAFF,
  ROSTER,
  CLASS,
  LESSON,
  TRAINEE,
  CLASS_DOCUMENT,
  EXAM_SESSION,
  ARCHIVE_VOLUME,
  ROOM,
  EQUIPMENT,
  PRIOR_FINDING
}
