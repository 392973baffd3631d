package org.ducha.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ducha.engine.InputProblem;
import org.ducha.model.Agreement;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.Certificate;
import org.ducha.model.ClassDocument;
import org.ducha.model.Equipment;
import org.ducha.model.ExamScore;
import org.ducha.model.ExamSession;
import org.ducha.model.PracticalExamRecord;
import org.ducha.model.FormRow;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.LessonRecord;
import org.ducha.model.PracticalRecord;
import org.ducha.model.Room;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.StaffMember;
import org.ducha.model.TrainingClass;

/**
 * The rules field constraints cannot state: unique ids, dates in order, and references that must point at
 * a record. Tolerates nulls (field constraints report those).
 */
public final class ReferenceRules {
  private ReferenceRules() {}

  /** Adds to {@code out} every problem of these kinds in {@code inst}. */
  public static void check(Institution inst, List<InputProblem> out) {
    Set<String> staff = ids(inst.staff(), StaffMember::id, "staff", out);
    Set<String> ops = ids(inst.operationTypes(), o -> o == null ? null : o.code(), "operationTypes", "code", out);
    Set<String> equipment = ids(inst.equipment(), Equipment::id, "equipment", out);
    Set<String> rooms = ids(inst.rooms(), Room::id, "rooms", out);
    ids(inst.documents(), d -> d.id(), "documents", out);
    ids(inst.agreements(), Agreement::id, "agreements", out);
    ids(inst.rosters(), Roster::id, "rosters", out);
    ids(inst.priorFindings(), p -> p.id(), "priorFindings", out);
    ids(inst.classes(), TrainingClass::id, "classes", out);

    inst.headId().ifPresent(h -> ref(staff, h, "headId", "staff member", out));
    inst.examSite().ifPresent(site -> {
      site.headId().ifPresent(h -> ref(staff, h, "examSite.headId", "staff member", out));
      for (int i = 0; i < site.roomIds().size(); i++) {
        if (missing(rooms, site.roomIds().get(i))) {
          ref(rooms, site.roomIds().get(i), "examSite.roomIds[" + i + "]", "room", out);
        }
      }
    });
    for (int i = 0; i < inst.agreements().size(); i++) {
      Agreement a = inst.agreements().get(i);
      if (a != null && a.start() != null && a.end().isPresent() && a.end().get().isBefore(a.start())) {
        out.add(InputProblem.of("agreements[" + i + "].end", a.end().get(), "must not be before start " + a.start()).withKey("record.not-before", "start", a.start()));
      }
    }
    for (int i = 0; i < inst.staff().size(); i++) {
      StaffMember s = inst.staff().get(i);
      if (s == null) {
        continue;
      }
      String p = "staff[" + i + "]";
      if (s.hiredOn() != null && s.leftOn().isPresent() && s.leftOn().get().isBefore(s.hiredOn())) {
        out.add(InputProblem.of(p + ".leftOn", s.leftOn().get(), "must not be before hiredOn " + s.hiredOn()).withKey("record.not-before", "hiredOn", s.hiredOn()));
      }
      for (int j = 0; j < s.certificates().size(); j++) {
        Certificate c = s.certificates().get(j);
        if (c != null && c.issuedOn() != null && c.validUntil().isPresent() && c.validUntil().get().isBefore(c.issuedOn())) {
          out.add(InputProblem.of(p + ".certificates[" + j + "].validUntil", c.validUntil().get(), "must not be before issuedOn " + c.issuedOn()).withKey("record.not-before", "issuedOn", c.issuedOn()));
        }
      }
    }
    for (int i = 0; i < inst.rosters().size(); i++) {
      Roster r = inst.rosters().get(i);
      if (r == null) {
        continue;
      }
      for (int j = 0; j < r.entries().size(); j++) {
        RosterEntry e = r.entries().get(j);
        if (e != null) {
          if (missing(staff, e.staffId())) {
            ref(staff, e.staffId(), "rosters[" + i + "].entries[" + j + "].staffId", "staff member", out);
          }
        }
      }
    }
    for (int i = 0; i < inst.equipment().size(); i++) {
      Equipment e = inst.equipment().get(i);
      if (e != null) {
        for (int j = 0; j < e.operationTypes().size(); j++) {
          if (missing(ops, e.operationTypes().get(j))) {
            ref(ops, e.operationTypes().get(j), "equipment[" + i + "].operationTypes[" + j + "]", "operation type", out);
          }
        }
      }
    }
    for (int i = 0; i < inst.rooms().size(); i++) {
      Room r = inst.rooms().get(i);
      if (r != null) {
        for (int j = 0; j < r.operationTypes().size(); j++) {
          if (missing(ops, r.operationTypes().get(j))) {
            ref(ops, r.operationTypes().get(j), "rooms[" + i + "].operationTypes[" + j + "]", "operation type", out);
          }
        }
      }
    }
    Set<String> examIds = new HashSet<>();
    for (int i = 0; i < inst.classes().size(); i++) {
      TrainingClass c = inst.classes().get(i);
      if (c != null) {
        checkClass(c, "classes[" + i + "]", staff, ops, equipment, examIds, out);
      }
    }
  }

  private static void checkClass(TrainingClass c, String p, Set<String> staff, Set<String> ops, Set<String> equipment,
      Set<String> examIds, List<InputProblem> out) {
    if (c.start() != null && c.end() != null && c.end().isBefore(c.start())) {
      out.add(InputProblem.of(p + ".end", c.end(), "must not be before start " + c.start()).withKey("record.not-before", "start", c.start()));
    }
    if (missing(ops, c.operationType())) {
      ref(ops, c.operationType(), p + ".operationType", "operation type", out);
    }
    if (c.headTeacherId().isPresent() && missing(staff, c.headTeacherId().get())) {
      ref(staff, c.headTeacherId().get(), p + ".headTeacherId", "staff member", out);
    }
    Set<String> lessons = ids(c.lessons(), Lesson::id, p + ".lessons", out);
    Set<String> trainees = ids(c.trainees(), t -> t.id(), p + ".trainees", out);
    Set<String> docs = ids(c.documents(), ClassDocument::id, p + ".documents", out);
    ids(c.practicalRecords(), PracticalRecord::id, p + ".practicalRecords", out);
    ids(c.archive(), ArchiveVolume::id, p + ".archive", out);
    for (int i = 0; i < c.lessons().size(); i++) {
      Lesson l = c.lessons().get(i);
      if (l == null) {
        continue;
      }
      // Paths are built only for the problems found: most records have none.
      if (missing(staff, l.teacherId())) {
        ref(staff, l.teacherId(), p + ".lessons[" + i + "].teacherId", "staff member", out);
      }
      if (l.mode() == org.ducha.model.DeliveryMode.BLENDED) {
        out.add(InputProblem.of(p + ".lessons[" + i + "].mode", l.mode(), "a lesson is either ONLINE or OFFLINE; BLENDED is for classes").withKey("record.lesson-mode"));
      }
      LocalTime s = l.start();
      LocalTime e = l.end();
      if (s != null && e != null && !e.isAfter(s)) {
        out.add(InputProblem.of(p + ".lessons[" + i + "].end", e, "must be after start " + s).withKey("record.after-start", s));
      }
    }
    for (int i = 0; i < c.lessonRecords().size(); i++) {
      LessonRecord r = c.lessonRecords().get(i);
      if (r != null) {
        if (missing(lessons, r.lessonId())) {
          ref(lessons, r.lessonId(), p + ".lessonRecords[" + i + "].lessonId", "lesson", out);
        }
        if (missing(staff, r.teacherId())) {
          ref(staff, r.teacherId(), p + ".lessonRecords[" + i + "].teacherId", "staff member", out);
        }
      }
    }
    for (int i = 0; i < c.attendance().size(); i++) {
      AttendanceEntry a = c.attendance().get(i);
      if (a != null) {
        if (missing(trainees, a.traineeId())) {
          ref(trainees, a.traineeId(), p + ".attendance[" + i + "].traineeId", "trainee", out);
        }
        if (missing(lessons, a.lessonId())) {
          ref(lessons, a.lessonId(), p + ".attendance[" + i + "].lessonId", "lesson", out);
        }
      }
    }
    for (int i = 0; i < c.leaveNotes().size(); i++) {
      LeaveNote n = c.leaveNotes().get(i);
      if (n == null) {
        continue;
      }
      if (missing(trainees, n.traineeId())) {
        ref(trainees, n.traineeId(), p + ".leaveNotes[" + i + "].traineeId", "trainee", out);
      }
      LocalDate from = n.from();
      LocalDate to = n.to();
      if (from != null && to != null && to.isBefore(from)) {
        out.add(InputProblem.of(p + ".leaveNotes[" + i + "].to", to, "must not be before from " + from).withKey("record.not-before", "from", from));
      }
      if (n.approvedBy().isPresent() && missing(staff, n.approvedBy().get())) {
        ref(staff, n.approvedBy().get(), p + ".leaveNotes[" + i + "].approvedBy", "staff member", out);
      }
    }
    for (int i = 0; i < c.practicalRecords().size(); i++) {
      PracticalRecord r = c.practicalRecords().get(i);
      if (r == null) {
        continue;
      }
      String rp = p + ".practicalRecords[" + i + "]"; // one per record, not per line: cheap enough
      if (missing(staff, r.instructorId())) {
        ref(staff, r.instructorId(), rp + ".instructorId", "staff member", out);
      }
      r.lessonId().ifPresent(l -> ref(lessons, l, rp + ".lessonId", "lesson", out));
      for (int j = 0; j < r.equipmentIds().size(); j++) {
        if (missing(equipment, r.equipmentIds().get(j))) {
          ref(equipment, r.equipmentIds().get(j), rp + ".equipmentIds[" + j + "]", "equipment", out);
        }
      }
      for (int j = 0; j < r.traineeIds().size(); j++) {
        if (missing(trainees, r.traineeIds().get(j))) {
          ref(trainees, r.traineeIds().get(j), rp + ".traineeIds[" + j + "]", "trainee", out);
        }
      }
    }
    for (int i = 0; i < c.documents().size(); i++) {
      ClassDocument d = c.documents().get(i);
      if (d == null) {
        continue;
      }
      if (d.traineeId().isPresent() && missing(trainees, d.traineeId().get())) {
        ref(trainees, d.traineeId().get(), p + ".documents[" + i + "].traineeId", "trainee", out);
      }
      for (int j = 0; j < d.rows().size(); j++) {
        FormRow row = d.rows().get(j);
        if (row == null) {
          continue;
        }
        if (row.lessonId().isPresent() && missing(lessons, row.lessonId().get())) {
          ref(lessons, row.lessonId().get(), p + ".documents[" + i + "].rows[" + j + "].lessonId", "lesson", out);
        }
        if (row.teacherId().isPresent() && missing(staff, row.teacherId().get())) {
          ref(staff, row.teacherId().get(), p + ".documents[" + i + "].rows[" + j + "].teacherId", "staff member", out);
        }
      }
    }
    Set<String> filable = new HashSet<>(docs);
    for (int i = 0; i < c.exams().size(); i++) {
      ExamSession s = c.exams().get(i);
      if (s == null) {
        continue;
      }
      String sp = p + ".exams[" + i + "]";
      if (s.id() != null) {
        filable.add(s.id());
        if (!examIds.add(s.id())) {
          out.add(InputProblem.of(sp + ".id", s.id(), "duplicate exam session id in the institution").withKey("record.duplicate-session"));
        }
      }
      for (int j = 0; j < s.examinerIds().size(); j++) {
        if (missing(staff, s.examinerIds().get(j))) {
          ref(staff, s.examinerIds().get(j), sp + ".examinerIds[" + j + "]", "staff member", out);
        }
      }
      for (int j = 0; j < s.scoreSheetSignedBy().size(); j++) {
        if (missing(staff, s.scoreSheetSignedBy().get(j))) {
          ref(staff, s.scoreSheetSignedBy().get(j), sp + ".scoreSheetSignedBy[" + j + "]", "staff member", out);
        }
      }
      for (int j = 0; j < s.equipmentIds().size(); j++) {
        if (missing(equipment, s.equipmentIds().get(j))) {
          ref(equipment, s.equipmentIds().get(j), sp + ".equipmentIds[" + j + "]", "equipment", out);
        }
      }
      for (int j = 0; j < s.practicalExams().size(); j++) {
        PracticalExamRecord pe = s.practicalExams().get(j);
        if (pe != null) {
          if (missing(trainees, pe.traineeId())) {
            ref(trainees, pe.traineeId(), sp + ".practicalExams[" + j + "].traineeId", "trainee", out);
          }
          if (missing(staff, pe.examinerId())) {
            ref(staff, pe.examinerId(), sp + ".practicalExams[" + j + "].examinerId", "staff member", out);
          }
        }
      }
      for (int j = 0; j < s.scores().size(); j++) {
        ExamScore sc = s.scores().get(j);
        if (sc != null) {
          if (missing(trainees, sc.traineeId())) {
            ref(trainees, sc.traineeId(), sp + ".scores[" + j + "].traineeId", "trainee", out);
          }
        }
      }
    }
    for (int i = 0; i < c.archive().size(); i++) {
      ArchiveVolume v = c.archive().get(i);
      if (v != null) {
        for (int j = 0; j < v.contents().size(); j++) {
          if (missing(filable, v.contents().get(j))) {
            ref(filable, v.contents().get(j), p + ".archive[" + i + "].contents[" + j + "]", "class document or exam session", out);
          }
        }
      }
    }
  }

  /** Whether {@code id} is given and refers to nothing known: checked before a problem's path is built. */
  private static boolean missing(Set<String> known, String id) {
    return id != null && !known.contains(id);
  }

  private static void ref(Set<String> known, String id, String path, String what, List<InputProblem> out) {
    if (id != null && !known.contains(id)) {
      out.add(InputProblem.of(path, id, "refers to no " + what + " with this id").withKey("record.no-target", "@what." + what.replace(' ', '-')));
    }
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id, String path, List<InputProblem> out) {
    return ids(items, id, path, "id", out);
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id, String path, String field, List<InputProblem> out) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      String value = item == null ? null : id.apply(item);
      if (value == null) {
        continue;
      }
      Integer prev = first.putIfAbsent(value, i);
      if (prev != null) {
        out.add(InputProblem.of(path + "[" + i + "]." + field, value, "duplicate " + field + " (also at " + path + "[" + prev + "])")
            .withKey("record.duplicate", field, path + "[" + prev + "]"));
      }
    }
    return first.keySet();
  }
}
