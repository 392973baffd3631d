package org.ducha.finding;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.ducha.model.Agreement;
import org.ducha.model.ClassDocument;
import org.ducha.model.Document;
import org.ducha.model.Equipment;
import org.ducha.model.ExamSession;
import org.ducha.model.ExamSite;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.OperationType;
import org.ducha.model.PriorFinding;
import org.ducha.model.Room;
import org.ducha.model.Roster;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;

/**
 * What exactly a finding is about: the institution, a class, a trainee in a class, a document, a person, a
 * room, a piece of equipment. A subject may sit inside a parent (a trainee inside a class).
 *
 * <p>The {@linkplain #key() key} is made of kinds and ids only, so it survives renaming; the label is for
 * people.
 *
 * @param kind what kind of thing
 * @param id its id in the records
 * @param label how reports name it
 * @param parent the subject it sits in, if any
 */
public record Subject(SubjectKind kind, String id, String label, Optional<Subject> parent) {

  public Subject {
    checkNotNull(kind, "kind");
    checkArgument(id != null && !id.isBlank(), "subject id must not be blank: %s", id);
    checkNotNull(label, "label");
    parent = parent == null ? Optional.empty() : parent;
  }

  /** The id of the exam-site subject: an institution operates at most one exam site. */
  public static final String EXAM_SITE_ID = "exam-site";

  /** A subject with no parent. */
  public static Subject of(SubjectKind kind, String id, String label) {
    return new Subject(kind, id, label, Optional.empty());
  }

  /** A subject inside this one. */
  public Subject child(SubjectKind childKind, String childId, String childLabel) {
    return new Subject(childKind, childId, childLabel, Optional.of(this));
  }

  /** The institution as a whole. */
  public static Subject institution(Institution institution) {
    return of(SubjectKind.INSTITUTION, institution.id(), institution.name());
  }

  /** A training class, labelled with its first day and name, e.g. {@code 2021-05-06 低压电工初训班}. */
  public static Subject trainingClass(TrainingClass c) {
    return of(SubjectKind.CLASS, c.id(), c.start() + " " + c.name());
  }

  /** A trainee within a class. */
  public static Subject trainee(TrainingClass c, Trainee t) {
    return trainingClass(c).child(SubjectKind.TRAINEE, t.id(), t.name());
  }

  /** A planned lesson within a class. */
  public static Subject lesson(TrainingClass c, Lesson l) {
    return trainingClass(c).child(SubjectKind.LESSON, l.id(), l.date() + " " + l.course());
  }

  /** A document of a class archive, e.g. its evaluation report. */
  public static Subject classDocument(TrainingClass c, ClassDocument d) {
    return trainingClass(c).child(SubjectKind.CLASS_DOCUMENT, d.id(), d.type() + " " + d.id());
  }

  /** An exam session of a class, labelled with its date and kind. */
  public static Subject examSession(TrainingClass c, ExamSession s) {
    return trainingClass(c).child(SubjectKind.EXAM_SESSION, s.id(), s.date() + " " + s.kind());
  }

  /** A staff member. */
  public static Subject staff(StaffMember s) {
    return of(SubjectKind.STAFF, s.id(), s.name());
  }

  /** A governance document. */
  public static Subject document(Document d) {
    return of(SubjectKind.DOCUMENT, d.id(), d.title());
  }

  /** An agreement. */
  public static Subject agreement(Agreement a) {
    return of(SubjectKind.AGREEMENT, a.id(), a.counterparty());
  }

  /** A room or site. */
  public static Subject room(Room r) {
    return of(SubjectKind.ROOM, r.id(), r.name());
  }

  /** A piece of equipment. */
  public static Subject equipment(Equipment e) {
    return of(SubjectKind.EQUIPMENT, e.id(), e.name());
  }

  /** The exam site (考试点) the institution operates; its id is {@link #EXAM_SITE_ID}. */
  public static Subject examSite(ExamSite site) {
    return of(SubjectKind.EXAM_SITE, EXAM_SITE_ID, site.name());
  }

  /** An operation type (作业类别) the institution trains for, by its code. */
  public static Subject operationType(OperationType type) {
    return of(SubjectKind.OPERATION_TYPE, type.code(), type.name());
  }

  /** A roster (花名表), labelled with its kind. */
  public static Subject roster(Roster roster) {
    return of(SubjectKind.ROSTER, roster.id(), roster.type() == RosterType.EXAM_STAFF ? "考务人员花名表" : "培训机构工作人员花名表");
  }

  /** An earlier finding. */
  public static Subject priorFinding(PriorFinding f) {
    return of(SubjectKind.PRIOR_FINDING, f.id(), f.description());
  }

  /**
   * The stable key: kinds and ids from the outermost parent in, e.g. {@code class:c1/trainee:t7}. Never
   * depends on labels.
   */
  public String key() {
    String own = kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    return parent.map(p -> p.key() + "/" + own).orElse(own);
  }

  /** The label with those of its parents, outermost first, e.g. {@code 2021-05-06 低压电工初训班 / 张三}. */
  public String fullLabel() {
    return parent.map(p -> p.fullLabel() + " / " + label).orElse(label);
  }
}
