package org.ducha.examples.jincheng;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.Certificate;
import org.ducha.model.CertificateType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Employment;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentKind;
import org.ducha.model.EquipmentUse;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.model.OperationType;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingKind;

/**
 * An institution's records while they are being written: the model's builder plus the shorthand the eight
 * Jincheng institutions share (personnel files with invented names, roster lines, documents, rooms and the
 * equipment ledger). Rosters are assembled when the institution is built.
 */
final class InstitutionDraft {

  /** The model builder; its lists may be edited directly. */
  final Institution.Builder b;
  /** The day of the inspection. */
  final LocalDate inspectedOn;
  private final PersonNames names;
  private final List<RosterEntry> trainingRoster = new ArrayList<>();
  private final List<RosterEntry> examRoster = new ArrayList<>();
  private LocalDate trainingRosterUpdated;
  private LocalDate examRosterUpdated;

  InstitutionDraft(String id, String name, LegalForm legalForm, LocalDate inspectedOn, long nameSeed) {
    this.b = Institution.builder().id(id).name(name).legalForm(legalForm).inspectedOn(inspectedOn);
    this.inspectedOn = inspectedOn;
    this.names = new PersonNames(nameSeed);
  }

  /** The next invented name, unique within the institution (staff and trainees alike). */
  String nextName() {
    return names.next();
  }

  /** Adds operation types trained. */
  InstitutionDraft trains(OperationType... types) {
    b.operationTypes.addAll(Arrays.asList(types));
    return this;
  }

  // ---- staff -------------------------------------------------------------------------------------------------

  /** Adds a personnel file with an invented name; returns its id. */
  String person(String id, Employment employment, LocalDate hiredOn, int practiceYears, List<String> specialties,
      Certificate... certificates) {
    return person(id, employment, Optional.empty(), hiredOn, practiceYears, specialties, certificates);
  }

  /** Adds a personnel file of someone employed elsewhere (借调、外聘); returns its id. */
  String person(String id, Employment employment, Optional<String> employer, LocalDate hiredOn, int practiceYears,
      List<String> specialties, Certificate... certificates) {
    b.staff.add(new StaffMember(id, nextName(), employment, employer, specialties, List.of(certificates), hiredOn,
        Optional.empty(), Optional.of(practiceYears)));
    return id;
  }

  /** Records that the staff member {@code id} left on {@code day}. */
  void left(String id, LocalDate day) {
    b.mapStaff(id, s -> s.withLeftOn(day));
  }

  /** The name in the personnel file of {@code id}. */
  String nameOf(String id) {
    return b.build().staff().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().name();
  }

  /** A line of the training-staff roster (培训机构工作人员花名表). */
  InstitutionDraft onTrainingRoster(String staffId, StaffRole role, boolean fullTime) {
    trainingRoster.add(new RosterEntry(staffId, role, fullTime));
    return this;
  }

  /** A line of the exam-staff roster (考务人员花名表). */
  InstitutionDraft onExamRoster(String staffId, StaffRole role, boolean fullTime) {
    examRoster.add(new RosterEntry(staffId, role, fullTime));
    return this;
  }

  /** The days the rosters were last updated; a null day means the institution keeps no such roster. */
  InstitutionDraft rostersUpdated(LocalDate training, LocalDate exam) {
    this.trainingRosterUpdated = training;
    this.examRosterUpdated = exam;
    return this;
  }

  static Certificate teacherCertificate(String number, LocalDate issued) {
    return new Certificate(CertificateType.TEACHER, number, Optional.empty(), issued, Optional.of(issued.plusYears(6).minusDays(1)));
  }

  static Certificate examinerCertificate(String number, LocalDate issued) {
    return new Certificate(CertificateType.EXAMINER, number, Optional.empty(), issued, Optional.of(issued.plusYears(6).minusDays(1)));
  }

  static Certificate operationCertificate(String number, OperationType op, LocalDate issued) {
    return new Certificate(CertificateType.SPECIAL_OPERATION, number, Optional.of(op.code()), issued,
        Optional.of(issued.plusYears(6).minusDays(1)));
  }

  static List<String> codes(OperationType... types) {
    return Arrays.stream(types).map(OperationType::code).toList();
  }

  // ---- documents and agreements ------------------------------------------------------------------------------

  /** A governance document; {@code number} null when it bears no document number (文号). */
  InstitutionDraft document(String id, DocumentType type, String title, String number, LocalDate issuedOn, int pages,
      boolean sealed, LocalDate... revisedOn) {
    b.documents.add(new Document(id, type, title, Optional.ofNullable(number), Optional.ofNullable(issuedOn), pages, sealed,
        List.of(revisedOn)));
    return this;
  }

  InstitutionDraft agreement(String id, AgreementType type, String counterparty, LocalDate start, LocalDate end) {
    b.agreements.add(new Agreement(id, type, counterparty, start, Optional.ofNullable(end)));
    return this;
  }

  // ---- premises and equipment --------------------------------------------------------------------------------

  InstitutionDraft room(String id, String name, RoomKind kind, int area, int seats, boolean fixed, boolean video,
      boolean identity, OperationType... types) {
    b.rooms.add(new Room(id, name, kind, BigDecimal.valueOf(area), seats, fixed, video, identity, codes(types)));
    return this;
  }

  /** A line of the equipment ledger used for training only. */
  InstitutionDraft trainingEquipment(String id, String name, EquipmentKind kind, int year, EquipmentCondition condition,
      int units, OperationType... types) {
    b.equipment.add(new Equipment(id, name, codes(types), kind, EnumSet.of(EquipmentUse.TRAINING), year, condition, units));
    return this;
  }

  /** A line of the equipment ledger used for training and practical exams. */
  InstitutionDraft sharedEquipment(String id, String name, EquipmentKind kind, int year, EquipmentCondition condition,
      int units, OperationType... types) {
    b.equipment.add(new Equipment(id, name, codes(types), kind, EnumSet.of(EquipmentUse.TRAINING, EquipmentUse.EXAM), year,
        condition, units));
    return this;
  }

  /** A line of the equipment ledger used for practical exams only. */
  InstitutionDraft examEquipment(String id, String name, EquipmentKind kind, int year, EquipmentCondition condition,
      int units, OperationType... types) {
    b.equipment.add(new Equipment(id, name, codes(types), kind, EnumSet.of(EquipmentUse.EXAM), year, condition, units));
    return this;
  }

  // ---- classes -----------------------------------------------------------------------------------------------

  /** Starts a class of this institution; {@link ClassDraft#build()} adds it. */
  ClassDraft trainingClass(String id, String name, OperationType op, TrainingKind kind, DeliveryMode mode, LocalDate start) {
    return new ClassDraft(this, id, name, op, kind, mode, start);
  }

  /** The institution, with its rosters. */
  Institution build() {
    b.rosters.clear();
    if (trainingRosterUpdated != null) {
      b.rosters.add(new Roster("roster-training", RosterType.TRAINING_STAFF, trainingRosterUpdated, trainingRoster));
    }
    if (examRosterUpdated != null) {
      b.rosters.add(new Roster("roster-exam", RosterType.EXAM_STAFF, examRosterUpdated, examRoster));
    }
    return b.build();
  }
}
