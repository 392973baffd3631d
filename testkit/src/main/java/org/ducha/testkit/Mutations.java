package org.ducha.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Equipment;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamScore;
import org.ducha.model.PracticalExamRecord;
import org.ducha.model.ExamSession;
import org.ducha.model.ExamSite;
import org.ducha.model.FormFields;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.LessonRecord;
import org.ducha.model.OperationType;
import org.ducha.model.PracticalRecord;
import org.ducha.model.PriorFinding;
import org.ducha.model.Room;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.SelfInspection;
import org.ducha.model.StaffMember;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;
import org.ducha.model.VolumeKind;

/**
 * One-line ways to introduce a single defect into a fixture, for every part of the model. Each returns a
 * changed copy; the input is untouched. Records are found by id (rosters by type); naming an id that is not
 * there fails with the ids that are, so a test never passes because its mutation changed nothing.
 *
 * <p>Institution: {@link #inspectedOn}, {@link #withoutExamSite}, {@link #addOperationType},
 * {@link #mapDocument}/{@link #addDocument}/{@link #removeDocument}/{@link #withoutDocument},
 * {@link #addSelfInspection}/{@link #withoutSelfInspections}, {@link #mapAgreement}/{@link #addAgreement}/
 * {@link #withoutAgreement}, {@link #mapStaff}/{@link #addStaff}, {@link #mapRosterEntries}/{@link #addRosterEntry}/
 * {@link #withoutRoster}, {@link #mapRoom}/{@link #addRoom}/{@link #withoutRoom}, {@link #mapEquipment}/
 * {@link #addEquipment}, {@link #mapPriorFinding}/{@link #addPriorFinding}, {@link #mapClass}/{@link #addClass}/
 * {@link #removeClass}.
 *
 * <p>A class's archive: {@link #mapLesson}, {@link #mapLessonRecord}/{@link #removeLessonRecord},
 * {@link #enrol} (a trainee with a complete archive), {@link #mapAttendance}/{@link #removeAttendance},
 * {@link #addLeaveNote}, {@link #mapPracticalRecords}/{@link #removePracticalRecords},
 * {@link #mapClassDocument}/{@link #addClassDocument}/{@link #withoutClassDocument}, {@link #mapExamSession},
 * {@link #mapArchiveVolume}.
 */
public final class Mutations {
  private Mutations() {}

  // ---------------------------------------------------------------- institution

  /** The institution inspected on {@code date} instead (rules and parameter defaults follow the date). */
  public static Institution inspectedOn(Institution inst, LocalDate date) {
    return inst.with(b -> b.inspectedOn(date));
  }

  /** The institution without its exam site; its exam rooms, exam-staff roster and exam rules stay. */
  public static Institution withoutExamSite(Institution inst) {
    return inst.with(b -> b.examSite(null));
  }

  /** Adds an operation type the institution trains for. */
  public static Institution addOperationType(Institution inst, OperationType type) {
    return inst.with(b -> {
      b.operationTypes.add(type);
      return b;
    });
  }

  /** Replaces the governance document {@code id} by {@code change} applied to it. */
  public static Institution mapDocument(Institution inst, String id, UnaryOperator<Document> change) {
    return inst.with(b -> {
      replace(b.documents, Document::id, id, "governance document", change);
      return b;
    });
  }

  /** Adds a governance document. */
  public static Institution addDocument(Institution inst, Document document) {
    return inst.with(b -> {
      b.documents.add(document);
      return b;
    });
  }

  /** Removes the governance document {@code id}. */
  public static Institution removeDocument(Institution inst, String id) {
    return inst.with(b -> {
      remove(b.documents, Document::id, id, "governance document");
      return b;
    });
  }

  /** Removes every governance document of {@code type}. */
  public static Institution withoutDocument(Institution inst, DocumentType type) {
    return inst.with(b -> {
      b.documents.removeIf(d -> d.type() == type);
      return b;
    });
  }

  /** Adds a self-inspection the institution records. */
  public static Institution addSelfInspection(Institution inst, SelfInspection selfInspection) {
    return inst.with(b -> {
      b.selfInspections.add(selfInspection);
      return b;
    });
  }

  /** Removes every self-inspection. */
  public static Institution withoutSelfInspections(Institution inst) {
    return inst.with(b -> {
      b.selfInspections.clear();
      return b;
    });
  }

  /** Replaces the agreement {@code id} by {@code change} applied to it. */
  public static Institution mapAgreement(Institution inst, String id, UnaryOperator<Agreement> change) {
    return inst.with(b -> {
      replace(b.agreements, Agreement::id, id, "agreement", change);
      return b;
    });
  }

  /** Adds an agreement. */
  public static Institution addAgreement(Institution inst, Agreement agreement) {
    return inst.with(b -> {
      b.agreements.add(agreement);
      return b;
    });
  }

  /** Removes every agreement of {@code type}. */
  public static Institution withoutAgreement(Institution inst, AgreementType type) {
    return inst.with(b -> {
      b.agreements.removeIf(a -> a.type() == type);
      return b;
    });
  }

  /** Replaces the staff member {@code id} by {@code change} applied to it (see {@link StaffMember}'s {@code with…} methods). */
  public static Institution mapStaff(Institution inst, String id, UnaryOperator<StaffMember> change) {
    return inst.with(b -> {
      replace(b.staff, StaffMember::id, id, "staff member", change);
      return b;
    });
  }

  /** Adds a staff member (who is on no roster until {@link #addRosterEntry} puts them there). */
  public static Institution addStaff(Institution inst, StaffMember member) {
    return inst.with(b -> {
      b.staff.add(member);
      return b;
    });
  }

  /** Replaces the lines of every roster of {@code type} by {@code change} applied to a mutable copy of them. */
  public static Institution mapRosterEntries(Institution inst, RosterType type, UnaryOperator<List<RosterEntry>> change) {
    if (inst.rosters().stream().noneMatch(r -> r.type() == type)) {
      throw new IllegalArgumentException("no roster of type " + type + "; the rosters are "
          + inst.rosters().stream().map(r -> r.id() + " (" + r.type() + ")").toList());
    }
    return inst.with(b -> {
      b.rosters.replaceAll(r -> r.type() == type ? r.withEntries(change.apply(new ArrayList<>(r.entries()))) : r);
      return b;
    });
  }

  /** Adds {@code entry} to every roster of {@code type}. */
  public static Institution addRosterEntry(Institution inst, RosterType type, RosterEntry entry) {
    return mapRosterEntries(inst, type, entries -> {
      entries.add(entry);
      return entries;
    });
  }

  /** Removes every roster of {@code type}. */
  public static Institution withoutRoster(Institution inst, RosterType type) {
    return inst.with(b -> {
      b.rosters.removeIf(r -> r.type() == type);
      return b;
    });
  }

  /** Adds a roster. */
  public static Institution addRoster(Institution inst, Roster roster) {
    return inst.with(b -> {
      b.rosters.add(roster);
      return b;
    });
  }

  /** Replaces the room {@code id} by {@code change} applied to it. */
  public static Institution mapRoom(Institution inst, String id, UnaryOperator<Room> change) {
    return inst.with(b -> {
      replace(b.rooms, Room::id, id, "room", change);
      return b;
    });
  }

  /** Adds a room or site. */
  public static Institution addRoom(Institution inst, Room room) {
    return inst.with(b -> {
      b.rooms.add(room);
      return b;
    });
  }

  /** Removes the room {@code id}, also from the exam site's rooms. */
  public static Institution withoutRoom(Institution inst, String id) {
    return inst.with(b -> {
      remove(b.rooms, Room::id, id, "room");
      inst.examSite().ifPresent(site -> b.examSite(new ExamSite(site.name(), site.headId(), site.managingDepartment(),
          site.roomIds().stream().filter(r -> !r.equals(id)).toList())));
      return b;
    });
  }

  /** Replaces the equipment ledger line {@code id} by {@code change} applied to it. */
  public static Institution mapEquipment(Institution inst, String id, UnaryOperator<Equipment> change) {
    return inst.with(b -> {
      replace(b.equipment, Equipment::id, id, "equipment", change);
      return b;
    });
  }

  /** Adds an equipment ledger line. */
  public static Institution addEquipment(Institution inst, Equipment equipment) {
    return inst.with(b -> {
      b.equipment.add(equipment);
      return b;
    });
  }

  /** Replaces the earlier finding {@code id} by {@code change} applied to it. */
  public static Institution mapPriorFinding(Institution inst, String id, UnaryOperator<PriorFinding> change) {
    return inst.with(b -> {
      replace(b.priorFindings, PriorFinding::id, id, "earlier finding", change);
      return b;
    });
  }

  /** Adds an earlier finding. */
  public static Institution addPriorFinding(Institution inst, PriorFinding finding) {
    return inst.with(b -> {
      b.priorFindings.add(finding);
      return b;
    });
  }

  // ---------------------------------------------------------------- classes

  /** Applies {@code change} to the class {@code classId} (see {@link TrainingClass#with}). */
  public static Institution mapClass(Institution inst, String classId, UnaryOperator<TrainingClass> change) {
    return inst.with(b -> {
      replace(b.classes, TrainingClass::id, classId, "class", change);
      return b;
    });
  }

  /** Adds a class. */
  public static Institution addClass(Institution inst, TrainingClass trainingClass) {
    return inst.with(b -> {
      b.classes.add(trainingClass);
      return b;
    });
  }

  /** Removes the class {@code classId} with its archive. */
  public static Institution removeClass(Institution inst, String classId) {
    return inst.with(b -> {
      remove(b.classes, TrainingClass::id, classId, "class");
      return b;
    });
  }

  private static Institution editClass(Institution inst, String classId, UnaryOperator<TrainingClass.Builder> edit) {
    return mapClass(inst, classId, c -> c.with(edit));
  }

  /** Replaces the planned lesson {@code lessonId} of class {@code classId} by {@code change} applied to it. */
  public static Institution mapLesson(Institution inst, String classId, String lessonId, UnaryOperator<Lesson> change) {
    return editClass(inst, classId, b -> {
      replace(b.lessons, Lesson::id, lessonId, "lesson of class " + classId, change);
      return b;
    });
  }

  /** Replaces the delivery records of lesson {@code lessonId} of class {@code classId} by {@code change} applied to them. */
  public static Institution mapLessonRecord(Institution inst, String classId, String lessonId, UnaryOperator<LessonRecord> change) {
    return editClass(inst, classId, b -> {
      replace(b.lessonRecords, LessonRecord::lessonId, lessonId, "delivery record of a lesson of class " + classId, change);
      return b;
    });
  }

  /** Removes the delivery records of lesson {@code lessonId} of class {@code classId}: the lesson was not delivered. */
  public static Institution removeLessonRecord(Institution inst, String classId, String lessonId) {
    return editClass(inst, classId, b -> {
      remove(b.lessonRecords, LessonRecord::lessonId, lessonId, "delivery record of a lesson of class " + classId);
      return b;
    });
  }

  /**
   * Enrols {@code trainees} in class {@code classId} with a complete archive, as the fixture's own trainees have:
   * signed in and out of every lesson, on every practical-training record, an archive card filed in the training
   * volume, and a passing first-attempt score in every exam session. Use it to make a class larger without
   * introducing any other defect.
   */
  public static Institution enrol(Institution inst, String classId, List<Trainee> trainees) {
    return editClass(inst, classId, b -> {
      Set<String> ids = new HashSet<>();
      for (Trainee t : trainees) {
        b.trainees.add(t);
        ids.add(t.id());
        for (Lesson l : b.lessons) {
          b.attendance.add(new AttendanceEntry(t.id(), l.id(), true, Optional.of(l.start().minusMinutes(10)), true,
              Optional.of(l.end().plusMinutes(5)), l.mode() == DeliveryMode.ONLINE ? AttendanceMethod.ONLINE_PLATFORM : AttendanceMethod.FACE));
        }
      }
      b.practicalRecords.replaceAll(r -> new PracticalRecord(r.id(), r.date(), r.lessonId(), r.instructorId(), r.equipmentIds(),
          concat(r.traineeIds(), trainees.stream().map(Trainee::id).toList())));
      Optional<ClassDocument> template = b.documents.stream().filter(d -> d.type() == ClassDocumentType.ARCHIVE_CARD).findFirst();
      List<String> cards = new ArrayList<>();
      for (Trainee t : trainees) {
        String id = classId + "-card-" + t.id();
        ClassDocument card = template
            .map(d -> new ClassDocument(id, ClassDocumentType.ARCHIVE_CARD, Optional.of(t.id()), d.dated(), d.sealed(), d.fields(), d.rows()))
            .orElse(new ClassDocument(id, ClassDocumentType.ARCHIVE_CARD, Optional.of(t.id()), Optional.of(b.build().end()), true,
                java.util.Map.of(FormFields.HEAD_TEACHER_APPRAISAL, "学习认真，考核合格", FormFields.INSTITUTION_OPINION, "同意结业"), List.of()));
        b.documents.add(card);
        cards.add(id);
      }
      b.archive.replaceAll(v -> v.kind() == VolumeKind.TRAINING ? new ArchiveVolume(v.id(), v.kind(), v.bound(), concat(v.contents(), cards)) : v);
      b.exams.replaceAll(s -> {
        List<ExamScore> scores = new ArrayList<>(s.scores());
        List<PracticalExamRecord> practicalExams = new ArrayList<>(s.practicalExams());
        for (Trainee t : trainees) {
          scores.add(new ExamScore(t.id(), new BigDecimal("88"), 1));
          if (s.kind() == ExamKind.PRACTICAL && !s.practicalExams().isEmpty()) {
            PracticalExamRecord like = s.practicalExams().get(0);
            practicalExams.add(new PracticalExamRecord(t.id(), like.station(), like.start(), like.end(), like.examinerId()));
          }
        }
        return new ExamSession(s.id(), s.kind(), s.date(), s.examinerIds(), scores, s.scoreSheetSignedBy(), s.equipmentIds(),
            practicalExams);
      });
      return b;
    });
  }

  /**
   * Enrols {@code count} more trainees in class {@code classId}, each with a complete archive (see
   * {@link #enrol(Institution, String, List)}); their ids are {@code <classId>-extra-1}, {@code -2}, …
   */
  public static Institution enrol(Institution inst, String classId, int count) {
    List<Trainee> extra = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      extra.add(new Trainee(classId + "-extra-" + i, "学员" + i, Optional.empty()));
    }
    return enrol(inst, classId, extra);
  }

  /** Replaces the sign-in lines of class {@code classId} matching {@code which} by {@code change} applied to them. */
  public static Institution mapAttendance(Institution inst, String classId, Predicate<AttendanceEntry> which,
      UnaryOperator<AttendanceEntry> change) {
    return editClass(inst, classId, b -> {
      b.attendance.replaceAll(e -> which.test(e) ? change.apply(e) : e);
      return b;
    });
  }

  /** Removes the sign-in lines of class {@code classId} matching {@code which}. */
  public static Institution removeAttendance(Institution inst, String classId, Predicate<AttendanceEntry> which) {
    return editClass(inst, classId, b -> {
      b.attendance.removeIf(which);
      return b;
    });
  }

  /** Files a leave note in class {@code classId}. */
  public static Institution addLeaveNote(Institution inst, String classId, LeaveNote note) {
    return editClass(inst, classId, b -> {
      b.leaveNotes.add(note);
      return b;
    });
  }

  /** Replaces the practical-training records of class {@code classId} matching {@code which} by {@code change} applied to them. */
  public static Institution mapPracticalRecords(Institution inst, String classId, Predicate<PracticalRecord> which,
      UnaryOperator<PracticalRecord> change) {
    return editClass(inst, classId, b -> {
      b.practicalRecords.replaceAll(r -> which.test(r) ? change.apply(r) : r);
      return b;
    });
  }

  /** Removes the practical-training records of class {@code classId} matching {@code which}. */
  public static Institution removePracticalRecords(Institution inst, String classId, Predicate<PracticalRecord> which) {
    return editClass(inst, classId, b -> {
      b.practicalRecords.removeIf(which);
      return b;
    });
  }

  /** Replaces the archive document {@code documentId} of class {@code classId} by {@code change} applied to it. */
  public static Institution mapClassDocument(Institution inst, String classId, String documentId, UnaryOperator<ClassDocument> change) {
    return editClass(inst, classId, b -> {
      replace(b.documents, ClassDocument::id, documentId, "document of class " + classId, change);
      return b;
    });
  }

  /** Files a document in class {@code classId}'s archive, and in its first volume of {@code volume} kind if there is one. */
  public static Institution addClassDocument(Institution inst, String classId, ClassDocument document, VolumeKind volume) {
    return editClass(inst, classId, b -> {
      b.documents.add(document);
      for (int i = 0; i < b.archive.size(); i++) {
        ArchiveVolume v = b.archive.get(i);
        if (v.kind() == volume) {
          b.archive.set(i, new ArchiveVolume(v.id(), v.kind(), v.bound(), concat(v.contents(), List.of(document.id()))));
          break;
        }
      }
      return b;
    });
  }

  /** Removes every archive document of {@code type} from class {@code classId} (and from its archive volumes). */
  public static Institution withoutClassDocument(Institution inst, String classId, ClassDocumentType type) {
    return editClass(inst, classId, b -> {
      Set<String> gone = new HashSet<>();
      b.documents.removeIf(d -> {
        boolean remove = d.type() == type;
        if (remove) {
          gone.add(d.id());
        }
        return remove;
      });
      b.archive.replaceAll(v -> new ArchiveVolume(v.id(), v.kind(), v.bound(),
          v.contents().stream().filter(x -> !gone.contains(x)).toList()));
      return b;
    });
  }

  /** Replaces the exam session {@code sessionId} of class {@code classId} by {@code change} applied to it. */
  public static Institution mapExamSession(Institution inst, String classId, String sessionId, UnaryOperator<ExamSession> change) {
    return editClass(inst, classId, b -> {
      replace(b.exams, ExamSession::id, sessionId, "exam session of class " + classId, change);
      return b;
    });
  }

  /** Replaces the archive volume {@code volumeId} of class {@code classId} by {@code change} applied to it. */
  public static Institution mapArchiveVolume(Institution inst, String classId, String volumeId, UnaryOperator<ArchiveVolume> change) {
    return editClass(inst, classId, b -> {
      replace(b.archive, ArchiveVolume::id, volumeId, "archive volume of class " + classId, change);
      return b;
    });
  }

  // ---------------------------------------------------------------- helpers

  private static <T> void replace(List<T> list, Function<T, String> id, String wanted, String what, UnaryOperator<T> change) {
    boolean found = false;
    for (int i = 0; i < list.size(); i++) {
      if (wanted.equals(id.apply(list.get(i)))) {
        list.set(i, change.apply(list.get(i)));
        found = true;
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no " + what + " with id " + wanted + "; there are " + list.stream().map(id).toList());
    }
  }

  private static <T> void remove(List<T> list, Function<T, String> id, String wanted, String what) {
    if (!list.removeIf(x -> wanted.equals(id.apply(x)))) {
      throw new IllegalArgumentException("no " + what + " with id " + wanted + "; there are " + list.stream().map(id).toList());
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** A copy of {@code inst} as another institution: id {@code id} and name {@code name}, the same records otherwise. */
  public static Institution asInstitution(Institution inst, String id, String name) {
    return inst.with(b -> b.id(id).name(name));
  }

  /** Replaces trainee {@code traineeId} of class {@code classId} by {@code change} applied to it; fails if there is none. */
  public static Institution mapTrainee(Institution inst, String classId, String traineeId, UnaryOperator<Trainee> change) {
    return editClass(inst, classId, b -> {
      replace(b.trainees, Trainee::id, traineeId, "trainee of class " + classId, change);
      return b;
    });
  }

  /** Gives trainee {@code traineeId} of class {@code classId} the identity number {@code number}. */
  public static Institution traineeIdentity(Institution inst, String classId, String traineeId, IdentityNumber number) {
    return mapTrainee(inst, classId, traineeId, t -> t.withIdentityNumber(number));
  }

  /** Gives staff member {@code staffId} the identity number {@code number}. */
  public static Institution staffIdentity(Institution inst, String staffId, IdentityNumber number) {
    return mapStaff(inst, staffId, m -> m.withIdentityNumber(number));
  }
}
