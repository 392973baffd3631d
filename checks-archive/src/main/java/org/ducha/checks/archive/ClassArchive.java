package org.ducha.checks.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ducha.check.CheckContext;
import org.ducha.check.ClassIndex;
import org.ducha.check.FindingBuilder;
import org.ducha.finding.Subject;
import org.ducha.model.ClassDocument;
import org.ducha.model.DeliveryMode;
import org.ducha.model.ExamSession;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.StaffMember;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;

/**
 * One class's archive (一期一档) as an inspector reads it on the inspection date: the class, its shared
 * index, what should be in it by then, and how findings about it are named.
 *
 * <p>What is due depends on the inspection date: a lesson is due once its day has passed (the day of the
 * inspection itself is not, since a lesson may still be under way); the closing documents, volumes and
 * bindings are due once the class has ended before the inspection date.
 */
final class ClassArchive {
  private final TrainingClass trainingClass;
  private final CheckContext context;
  private final ClassIndex index;

  ClassArchive(TrainingClass trainingClass, CheckContext context) {
    this.trainingClass = trainingClass;
    this.context = context;
    this.index = context.index().of(trainingClass);
  }

  /** The archives of every class of the institution, in the order of the records. */
  static List<ClassArchive> all(CheckContext context) {
    List<TrainingClass> classes = context.index().institution().classes();
    List<ClassArchive> archives = new ArrayList<>(classes.size());
    for (TrainingClass c : classes) {
      archives.add(new ClassArchive(c, context));
    }
    return archives;
  }

  TrainingClass trainingClass() {
    return trainingClass;
  }

  ClassIndex index() {
    return index;
  }

  LocalDate inspectionDate() {
    return context.inspectionDate();
  }

  /** Whether the class ended before the inspection date, so that its archive should be complete. */
  boolean closed() {
    return trainingClass.end().isBefore(context.inspectionDate());
  }

  /** Whether the class started before the inspection date. */
  boolean started() {
    return trainingClass.start().isBefore(context.inspectionDate());
  }

  /** Whether the class is delivered online in whole or in part (线上或线上线下结合). */
  boolean online() {
    return trainingClass.mode() != DeliveryMode.OFFLINE;
  }

  /** Whether {@code lesson}'s day is before the inspection date. */
  boolean due(Lesson lesson) {
    return lesson.date().isBefore(context.inspectionDate());
  }

  /** The planned lessons whose day is before the inspection date, in plan order. */
  List<Lesson> dueLessons() {
    List<Lesson> due = new ArrayList<>();
    for (Lesson l : trainingClass.lessons()) {
      if (due(l)) {
        due.add(l);
      }
    }
    return due;
  }

  /**
   * Whether a record says {@code lesson} was taught: a lesson record, or for a practical lesson a
   * practical-training record of its day.
   */
  boolean recordedAsTaught(Lesson lesson) {
    return recordedAsTaught(index, lesson);
  }

  /** {@link #recordedAsTaught(Lesson)} of the class {@code index} indexes. */
  static boolean recordedAsTaught(ClassIndex index, Lesson lesson) {
    return !index.lessonRecords(lesson.id()).isEmpty()
        || lesson.kind() == LessonKind.PRACTICAL && !index.practicalRecordsOn(lesson.date()).isEmpty();
  }

  /** Whether {@code lesson} was planned to be taught online in an online or blended class. */
  boolean taughtOnline(Lesson lesson) {
    return taughtOnline(trainingClass, lesson);
  }

  /** Whether {@code lesson} was planned to be taught online in {@code trainingClass}, an online or blended class. */
  static boolean taughtOnline(TrainingClass trainingClass, Lesson lesson) {
    return trainingClass.mode() != DeliveryMode.OFFLINE && lesson.mode() == DeliveryMode.ONLINE;
  }

  /** The class as a finding subject. */
  Subject subject() {
    return Subject.trainingClass(trainingClass);
  }

  /** A document of the class archive as a finding subject. */
  Subject subject(ClassDocument document) {
    return Subject.classDocument(trainingClass, document);
  }

  /** An exam session of the class as a finding subject. */
  Subject subject(ExamSession session) {
    return Subject.examSession(trainingClass, session);
  }

  /** A finding about the class, with the {@code classDate} and {@code className} arguments every archive message starts with. */
  FindingBuilder finding() {
    return finding(subject());
  }

  /** A finding about {@code subject} inside the class, with the {@code classDate} and {@code className} arguments. */
  FindingBuilder finding(Subject subject) {
    return context.finding(subject).arg("classDate", trainingClass.start()).arg("className", trainingClass.name());
  }

  /** The trainee's name, or the id when the roster does not list it. */
  String traineeName(String traineeId) {
    return index.trainee(traineeId).map(Trainee::name).orElse(traineeId);
  }

  /** The staff member's name, or the id when the personnel files do not hold it. */
  String staffName(String staffId) {
    return context.index().staff(staffId).map(StaffMember::name).orElse(staffId);
  }

  /** How evidence names a lesson: {@code 2022-03-07 08:30 电工基础知识}. */
  static String label(Lesson lesson) {
    return lesson.date() + " " + lesson.start() + " " + lesson.course();
  }
}
