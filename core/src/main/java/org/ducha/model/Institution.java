package org.ducha.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A safety-training institution (安全培训机构), possibly also an exam site (兼考试点), with every record
 * an inspector reads on the day of the inspection. Holds records only, never verdicts: whether anything is
 * defective is for the checks to derive.
 *
 * <p>Instances are immutable; use {@link #builder()} or {@link #with(UnaryOperator)} to derive changed copies.
 * Construction does not validate: run the records through {@code org.ducha.engine.RecordValidator} (the
 * {@code Inspector} does) to get every problem at once.
 *
 * @param id stable identifier
 * @param name the institution's name
 * @param legalForm its registered legal form
 * @param parentOrganisation the organisation it belongs to, for a department or branch
 * @param examSite the exam site it also operates, if any
 * @param inspectedOn the day it was inspected
 * @param headId staff id of the institution's head (负责人), if recorded
 * @param operationTypes the operation types it trains for
 * @param documents governance documents
 * @param selfInspections self-inspections it records having held
 * @param agreements agreements with other parties
 * @param staff staff personnel files
 * @param rosters rosters (花名表)
 * @param classes training classes and their archives
 * @param rooms rooms and sites
 * @param equipment the equipment ledger
 * @param priorFindings findings of earlier inspections
 */
public record Institution(
    @NotBlank String id,
    @NotBlank String name,
    @NotNull LegalForm legalForm,
    Optional<String> parentOrganisation,
    Optional<@Valid ExamSite> examSite,
    @NotNull LocalDate inspectedOn,
    Optional<String> headId,
    List<@NotNull @Valid OperationType> operationTypes,
    List<@NotNull @Valid Document> documents,
    List<@NotNull @Valid SelfInspection> selfInspections,
    List<@NotNull @Valid Agreement> agreements,
    List<@NotNull @Valid StaffMember> staff,
    List<@NotNull @Valid Roster> rosters,
    List<@NotNull @Valid TrainingClass> classes,
    List<@NotNull @Valid Room> rooms,
    List<@NotNull @Valid Equipment> equipment,
    List<@NotNull @Valid PriorFinding> priorFindings) {

  public Institution {
    parentOrganisation = Copies.optional(parentOrganisation);
    examSite = Copies.optional(examSite);
    headId = Copies.optional(headId);
    operationTypes = Copies.list(operationTypes);
    documents = Copies.list(documents);
    selfInspections = Copies.list(selfInspections);
    agreements = Copies.list(agreements);
    staff = Copies.list(staff);
    rosters = Copies.list(rosters);
    classes = Copies.list(classes);
    rooms = Copies.list(rooms);
    equipment = Copies.list(equipment);
    priorFindings = Copies.list(priorFindings);
  }

  /** Whether the institution also operates an exam site (兼考试点). */
  public boolean operatesExamSite() {
    return examSite.isPresent();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this institution's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.legalForm = legalForm;
    b.parentOrganisation = parentOrganisation;
    b.examSite = examSite;
    b.inspectedOn = inspectedOn;
    b.headId = headId;
    b.operationTypes.addAll(operationTypes);
    b.documents.addAll(documents);
    b.selfInspections.addAll(selfInspections);
    b.agreements.addAll(agreements);
    b.staff.addAll(staff);
    b.rosters.addAll(rosters);
    b.classes.addAll(classes);
    b.rooms.addAll(rooms);
    b.equipment.addAll(equipment);
    b.priorFindings.addAll(priorFindings);
    return b;
  }

  /** A copy changed by {@code change}, e.g. {@code inst.with(b -> b.examSite(null))}. */
  public Institution with(UnaryOperator<Builder> change) {
    return change.apply(toBuilder()).build();
  }

  /** Builds an {@link Institution}; lists are mutable and may be edited in place. */
  public static final class Builder {
    private String id;
    private String name;
    private LegalForm legalForm = LegalForm.PUBLIC_INSTITUTION_LEGAL_PERSON;
    private Optional<String> parentOrganisation = Optional.empty();
    private Optional<ExamSite> examSite = Optional.empty();
    private LocalDate inspectedOn;
    private Optional<String> headId = Optional.empty();
    /** Operation types trained. */
    public final List<OperationType> operationTypes = new ArrayList<>();
    /** Governance documents. */
    public final List<Document> documents = new ArrayList<>();
    /** Self-inspections. */
    public final List<SelfInspection> selfInspections = new ArrayList<>();
    /** Agreements. */
    public final List<Agreement> agreements = new ArrayList<>();
    /** Staff. */
    public final List<StaffMember> staff = new ArrayList<>();
    /** Rosters. */
    public final List<Roster> rosters = new ArrayList<>();
    /** Classes. */
    public final List<TrainingClass> classes = new ArrayList<>();
    /** Rooms and sites. */
    public final List<Room> rooms = new ArrayList<>();
    /** Equipment ledger. */
    public final List<Equipment> equipment = new ArrayList<>();
    /** Earlier findings. */
    public final List<PriorFinding> priorFindings = new ArrayList<>();

    private Builder() {}

    public Builder id(String v) { this.id = v; return this; }
    public Builder name(String v) { this.name = v; return this; }
    public Builder legalForm(LegalForm v) { this.legalForm = v; return this; }
    public Builder parentOrganisation(String v) { this.parentOrganisation = Optional.ofNullable(v); return this; }
    public Builder examSite(ExamSite v) { this.examSite = Optional.ofNullable(v); return this; }
    public Builder inspectedOn(LocalDate v) { this.inspectedOn = v; return this; }
    public Builder headId(String v) { this.headId = Optional.ofNullable(v); return this; }

    /** Replaces the class with id {@code classId} by {@code change} applied to it; fails if there is none. */
    public Builder mapClass(String classId, UnaryOperator<TrainingClass> change) {
      for (int i = 0; i < classes.size(); i++) {
        if (classes.get(i).id().equals(classId)) {
          classes.set(i, change.apply(classes.get(i)));
          return this;
        }
      }
      throw new IllegalArgumentException("no class with id " + classId);
    }

    /** Replaces the staff member with id {@code staffId} by {@code change} applied to it; fails if there is none. */
    public Builder mapStaff(String staffId, UnaryOperator<StaffMember> change) {
      for (int i = 0; i < staff.size(); i++) {
        if (staff.get(i).id().equals(staffId)) {
          staff.set(i, change.apply(staff.get(i)));
          return this;
        }
      }
      throw new IllegalArgumentException("no staff member with id " + staffId);
    }

    /** The institution built from the current values. */
    public Institution build() {
      return new Institution(id, name, legalForm, parentOrganisation, examSite, inspectedOn, headId,
          operationTypes, documents, selfInspections, agreements, staff, rosters, classes, rooms, equipment, priorFindings);
    }
  }
}
