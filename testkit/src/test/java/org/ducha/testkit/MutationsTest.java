package org.ducha.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ducha.engine.RecordValidator;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DocumentType;
import org.ducha.model.Employment;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.LessonRecord;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.model.PracticalRecord;
import org.ducha.model.PriorFinding;
import org.ducha.model.Room;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.SelfInspection;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingClass;
import org.ducha.model.VolumeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every mutation leaves valid records and changes what it says; none changes the input. */
class MutationsTest {

  private static final Institution CLEAN = Fixtures.cleanInstitution();
  private static final String OFFLINE = Fixtures.CLASS_OFFLINE;

  private static TrainingClass offline(Institution i) {
    return i.classes().stream().filter(c -> c.id().equals(OFFLINE)).findFirst().orElseThrow();
  }

  private static Arguments change(String name, UnaryOperator<Institution> mutation, java.util.function.Predicate<Institution> changed) {
    return Arguments.of(name, mutation, changed);
  }

  static Stream<Arguments> mutations() {
    Room room = CLEAN.rooms().get(0);
    Equipment bench = CLEAN.equipment().get(0);
    return Stream.of(
        change("inspectedOn", i -> Mutations.inspectedOn(i, LocalDate.of(2024, 7, 1)), i -> i.inspectedOn().getYear() == 2024),
        change("withoutExamSite", Mutations::withoutExamSite, i -> !i.operatesExamSite()),
        change("addOperationType", i -> Mutations.addOperationType(i, new OperationType("welding", "焊接与热切割作业", OperationCategory.SPECIAL_OPERATION)),
            i -> i.operationTypes().size() == 3),
        change("mapDocument", i -> Mutations.mapDocument(i, Fixtures.DOC_FEES, d -> new org.ducha.model.Document(d.id(), d.type(), d.title(),
            d.number(), Optional.of(LocalDate.of(2022, 3, 1)), d.pages(), d.sealed(), d.revisedOn())),
            i -> i.documents().stream().anyMatch(d -> d.id().equals(Fixtures.DOC_FEES) && d.issuedOn().get().getMonthValue() == 3)),
        change("removeDocument", i -> Mutations.removeDocument(i, Fixtures.DOC_FEES), i -> i.documents().size() == CLEAN.documents().size() - 1),
        change("withoutDocument", i -> Mutations.withoutDocument(i, DocumentType.EMERGENCY_PLAN),
            i -> i.documents().stream().noneMatch(d -> d.type() == DocumentType.EMERGENCY_PLAN)),
        change("addSelfInspection", i -> Mutations.addSelfInspection(i, new SelfInspection(LocalDate.of(2022, 3, 1), "复查")),
            i -> i.selfInspections().size() == 2),
        change("withoutSelfInspections", Mutations::withoutSelfInspections, i -> i.selfInspections().isEmpty()),
        change("mapAgreement", i -> Mutations.mapAgreement(i, Fixtures.AGREEMENT_MEDICAL,
            a -> new Agreement(a.id(), a.type(), a.counterparty(), a.start(), Optional.of(LocalDate.of(2022, 1, 31)))),
            i -> i.agreements().get(0).end().get().getYear() == 2022),
        change("addAgreement", i -> Mutations.addAgreement(i, new Agreement("ag-x", AgreementType.OTHER, "某单位", LocalDate.of(2021, 1, 1), Optional.empty())),
            i -> i.agreements().size() == 3),
        change("withoutAgreement", i -> Mutations.withoutAgreement(i, AgreementType.LOGISTICS), i -> i.agreements().size() == 1),
        change("mapStaff", i -> Mutations.mapStaff(i, Fixtures.TEACHER_2, s -> s.withEmployment(Employment.DISPATCHED)),
            i -> i.staff().stream().anyMatch(s -> s.employment() == Employment.DISPATCHED)),
        change("addStaff", i -> Mutations.addStaff(i, CLEAN.staff().get(0).withLeftOn(null).withCertificates(List.of()).withSpecialties(List.of())
            .withEmployment(Employment.ENGAGED)).with(b -> {
              b.staff.set(b.staff.size() - 1, new org.ducha.model.StaffMember("s-new", "新人", Employment.ENGAGED, Optional.empty(), List.of(),
                  List.of(), LocalDate.of(2021, 1, 1), Optional.empty(), Optional.empty()));
              return b;
            }), i -> i.staff().size() == CLEAN.staff().size() + 1),
        change("addRosterEntry", i -> Mutations.addRosterEntry(i, RosterType.EXAM_STAFF, new RosterEntry(Fixtures.TEACHER_1, StaffRole.INVIGILATOR, false)),
            i -> i.rosters().get(1).entries().size() == 4),
        change("mapRosterEntries", i -> Mutations.mapRosterEntries(i, RosterType.TRAINING_STAFF, e -> e.subList(0, 1)),
            i -> i.rosters().get(0).entries().size() == 1),
        change("withoutRoster", i -> Mutations.withoutRoster(i, RosterType.EXAM_STAFF), i -> i.rosters().size() == 1),
        change("mapRoom", i -> Mutations.mapRoom(i, Fixtures.ROOM_CLASSROOM, r -> new Room(r.id(), r.name(), r.kind(), r.areaSquareMetres(), 30,
            r.fixed(), r.videoSurveillance(), r.identityVerification(), r.operationTypes())), i -> i.rooms().get(0).seats() == 30),
        change("addRoom", i -> Mutations.addRoom(i, new Room("room-c2", "第二教室", room.kind(), room.areaSquareMetres(), 10, true, true, false, List.of())),
            i -> i.rooms().size() == CLEAN.rooms().size() + 1),
        change("withoutRoom", i -> Mutations.withoutRoom(i, Fixtures.ROOM_EXAM),
            i -> i.rooms().stream().noneMatch(r -> r.id().equals(Fixtures.ROOM_EXAM)) && !i.examSite().get().roomIds().contains(Fixtures.ROOM_EXAM)),
        change("mapEquipment", i -> Mutations.mapEquipment(i, Fixtures.EQ_LV_BENCH, e -> new Equipment(e.id(), e.name(), e.operationTypes(), e.kind(),
            e.uses(), e.commissionedYear(), EquipmentCondition.WORN, e.units())), i -> i.equipment().get(0).condition() == EquipmentCondition.WORN),
        change("addEquipment", i -> Mutations.addEquipment(i, new Equipment("eq-x", "备用设备", bench.operationTypes(), bench.kind(), bench.uses(), 2021,
            EquipmentCondition.GOOD, 1)), i -> i.equipment().size() == 5),
        change("mapPriorFinding", i -> Mutations.mapPriorFinding(i, Fixtures.PRIOR_FINDING, f -> new PriorFinding(f.id(), f.authority(), f.foundOn(),
            f.description(), f.deadline(), Optional.empty())), i -> i.priorFindings().get(0).rectifiedOn().isEmpty()),
        change("addPriorFinding", i -> Mutations.addPriorFinding(i, new PriorFinding("pf-2", "市应急管理局", LocalDate.of(2021, 12, 1), "台账不全",
            LocalDate.of(2022, 2, 1), Optional.empty())), i -> i.priorFindings().size() == 2),
        change("addClass", i -> Mutations.addClass(i, offline(i).with(b -> b.id("c-copy"))).with(b -> {
          b.classes.set(2, b.classes.get(2).with(cb -> {
            cb.exams.replaceAll(s -> new ExamSession(s.id() + "-copy", s.kind(), s.date(), s.examinerIds(), s.scores(), s.scoreSheetSignedBy(), s.equipmentIds()));
            cb.archive.replaceAll(v -> new ArchiveVolume(v.id(), v.kind(), v.bound(), v.contents().stream().map(x -> x.contains("-exam-") ? x + "-copy" : x).toList()));
            return cb;
          }));
          return b;
        }), i -> i.classes().size() == 3),
        change("removeClass", i -> Mutations.removeClass(i, Fixtures.CLASS_BLENDED), i -> i.classes().size() == 1),
        change("mapLesson", i -> Mutations.mapLesson(i, OFFLINE, "l1", l -> new Lesson(l.id(), l.date(), l.start(), l.end(), l.course(),
            Fixtures.TEACHER_2, l.hours(), l.kind(), l.mode())), i -> offline(i).lessons().get(0).teacherId().equals(Fixtures.TEACHER_2)),
        change("mapLessonRecord", i -> Mutations.mapLessonRecord(i, OFFLINE, "l1", r -> new LessonRecord(r.lessonId(), r.date(), r.topic(),
            r.teacherId(), false)), i -> !offline(i).lessonRecords().get(0).teacherSigned()),
        change("removeLessonRecord", i -> Mutations.removeLessonRecord(i, OFFLINE, "l1"), i -> offline(i).lessonRecords().size() == 5),
        change("enrol", i -> Mutations.enrol(i, OFFLINE, 3), i -> offline(i).trainees().size() == 8
            && offline(i).attendance().size() == 8 * 6
            && offline(i).exams().stream().allMatch(s -> s.scores().size() == 8)
            && offline(i).practicalRecords().stream().allMatch(r -> r.traineeIds().size() == 8)
            && offline(i).documents().stream().filter(d -> d.type() == ClassDocumentType.ARCHIVE_CARD).count() == 8
            && offline(i).archive().get(0).contents().contains(OFFLINE + "-card-" + OFFLINE + "-extra-3")),
        change("mapAttendance", i -> Mutations.mapAttendance(i, OFFLINE, e -> e.lessonId().equals("l1"),
            e -> new org.ducha.model.AttendanceEntry(e.traineeId(), e.lessonId(), false, Optional.empty(), false, Optional.empty(), e.method())),
            i -> offline(i).attendance().stream().filter(e -> !e.signedIn()).count() == 5),
        change("removeAttendance", i -> Mutations.removeAttendance(i, OFFLINE, e -> e.traineeId().equals("tr-01")),
            i -> offline(i).attendance().size() == 4 * 6),
        change("addLeaveNote", i -> Mutations.addLeaveNote(i, OFFLINE, new LeaveNote("tr-01", LocalDate.of(2022, 3, 8), LocalDate.of(2022, 3, 8),
            "病假", Optional.of(Fixtures.MANAGER_1))), i -> offline(i).leaveNotes().size() == 1),
        change("mapPracticalRecords", i -> Mutations.mapPracticalRecords(i, OFFLINE, r -> true, r -> new PracticalRecord(r.id(), r.date(),
            r.lessonId(), r.instructorId(), List.of(Fixtures.EQ_LV_SMART), r.traineeIds())),
            i -> offline(i).practicalRecords().stream().allMatch(r -> r.equipmentIds().equals(List.of(Fixtures.EQ_LV_SMART)))),
        change("removePracticalRecords", i -> Mutations.removePracticalRecords(i, OFFLINE, r -> true), i -> offline(i).practicalRecords().isEmpty()),
        change("mapClassDocument", i -> Mutations.mapClassDocument(i, OFFLINE, Fixtures.classDocumentId(OFFLINE, ClassDocumentType.EVALUATION_REPORT),
            d -> new ClassDocument(d.id(), d.type(), d.traineeId(), d.dated(), false, d.fields(), d.rows())),
            i -> offline(i).documents().stream().anyMatch(d -> d.type() == ClassDocumentType.EVALUATION_REPORT && !d.sealed())),
        change("addClassDocument", i -> Mutations.addClassDocument(i, OFFLINE, ClassDocument.of("c-other", ClassDocumentType.OTHER,
            LocalDate.of(2022, 3, 10)), VolumeKind.EXAM), i -> offline(i).archive().get(1).contents().contains("c-other")),
        change("withoutClassDocument", i -> Mutations.withoutClassDocument(i, OFFLINE, ClassDocumentType.HEAD_TEACHER_LOG),
            i -> offline(i).documents().stream().noneMatch(d -> d.type() == ClassDocumentType.HEAD_TEACHER_LOG)
                && offline(i).archive().get(0).contents().stream().noneMatch(x -> x.endsWith("-log"))),
        change("mapExamSession", i -> Mutations.mapExamSession(i, OFFLINE, Fixtures.examSessionId(OFFLINE, ExamKind.THEORY),
            s -> new ExamSession(s.id(), s.kind(), s.date(), s.examinerIds(), s.scores(), List.of(), s.equipmentIds())),
            i -> offline(i).exams().get(0).scoreSheetSignedBy().isEmpty()),
        change("mapArchiveVolume", i -> Mutations.mapArchiveVolume(i, OFFLINE, Fixtures.volumeId(OFFLINE, VolumeKind.EXAM),
            v -> new ArchiveVolume(v.id(), v.kind(), false, v.contents())), i -> !offline(i).archive().get(1).bound()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void leaves_valid_records_and_changes_what_it_says(String name, UnaryOperator<Institution> mutation, java.util.function.Predicate<Institution> changed) {
    Institution before = Fixtures.cleanInstitution();
    Institution after = mutation.apply(before);
    assertThat(RecordValidator.get().validate(after)).as(name).isEmpty();
    assertThat(changed.test(after)).as(name + " changed the records").isTrue();
    assertThat(changed.test(before)).as(name + " left its input alone").isFalse();
    assertThat(before).isEqualTo(Fixtures.cleanInstitution());
  }

  @Test
  void naming_a_record_that_is_not_there_fails_with_the_ids_that_are() {
    assertThatThrownBy(() -> Mutations.mapRoom(CLEAN, "room-z9", r -> r))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no room with id room-z9; there are [room-c1, room-x1, room-p1, site-lv, site-coal]");
    assertThatThrownBy(() -> Mutations.mapLesson(CLEAN, OFFLINE, "l9", l -> l))
        .hasMessage("no lesson of class c-lv-2022-03 with id l9; there are [l1, l2, l3, l4, l5, l6]");
    assertThatThrownBy(() -> Mutations.mapClass(CLEAN, "c-none", c -> c)).hasMessageStartingWith("no class with id c-none; there are [");
    assertThatThrownBy(() -> Mutations.mapRosterEntries(Mutations.withoutRoster(CLEAN, RosterType.EXAM_STAFF), RosterType.EXAM_STAFF, e -> e))
        .hasMessage("no roster of type EXAM_STAFF; the rosters are [roster-training (TRAINING_STAFF)]");
  }

  @Test
  void enrolled_trainees_have_the_same_archive_as_the_fixture_s_own() {
    Institution bigger = Mutations.enrol(CLEAN, OFFLINE, List.of(new org.ducha.model.Trainee("tr-99", "赵六", Optional.of("某公司"))));
    TrainingClass c = offline(bigger);
    assertThat(c.trainees()).extracting(t -> t.id()).endsWith("tr-99");
    assertThat(c.attendance()).filteredOn(e -> e.traineeId().equals("tr-99")).hasSize(6).allMatch(e -> e.signedIn() && e.signedOut());
    assertThat(c.exams()).allMatch(s -> s.scores().stream().anyMatch(x -> x.traineeId().equals("tr-99") && x.score().compareTo(new BigDecimal("80")) >= 0));
  }
}
