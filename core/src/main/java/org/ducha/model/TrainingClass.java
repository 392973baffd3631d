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
 * A training class (培训班) and its archive (一期一档): the teaching plan, what was delivered, who
 * attended, the forms filed and the exams held.
 *
 * @param id stable identifier within the institution
 * @param name the class's name, e.g. 低压电工初训班
 * @param operationType code of the operation type trained (see {@link OperationType})
 * @param kind initial or refresher training
 * @param mode online, offline or both
 * @param commissionedBy the enterprise that commissioned the training (委托单位), for entrusted training
 * @param start first day
 * @param end last day
 * @param headTeacherId staff id of the head teacher (班主任), if one was named
 * @param lessons the teaching plan's lessons (课程安排)
 * @param lessonRecords records of lessons as delivered
 * @param trainees the class roster of trainees
 * @param attendance the lines of the sign-in sheets
 * @param leaveNotes leave notes filed
 * @param practicalRecords practical-training records
 * @param documents documents and forms filed
 * @param exams exam sessions held for the class
 * @param archive the volumes of the archive
 */
public record TrainingClass(
    @NotBlank String id,
    @NotBlank String name,
    @NotBlank String operationType,
    @NotNull TrainingKind kind,
    @NotNull DeliveryMode mode,
    Optional<String> commissionedBy,
    @NotNull LocalDate start,
    @NotNull LocalDate end,
    Optional<String> headTeacherId,
    List<@NotNull @Valid Lesson> lessons,
    List<@NotNull @Valid LessonRecord> lessonRecords,
    List<@NotNull @Valid Trainee> trainees,
    List<@NotNull @Valid AttendanceEntry> attendance,
    List<@NotNull @Valid LeaveNote> leaveNotes,
    List<@NotNull @Valid PracticalRecord> practicalRecords,
    List<@NotNull @Valid ClassDocument> documents,
    List<@NotNull @Valid ExamSession> exams,
    List<@NotNull @Valid ArchiveVolume> archive) {

  public TrainingClass {
    commissionedBy = Copies.optional(commissionedBy);
    headTeacherId = Copies.optional(headTeacherId);
    lessons = Copies.list(lessons);
    lessonRecords = Copies.list(lessonRecords);
    trainees = Copies.list(trainees);
    attendance = Copies.list(attendance);
    leaveNotes = Copies.list(leaveNotes);
    practicalRecords = Copies.list(practicalRecords);
    documents = Copies.list(documents);
    exams = Copies.list(exams);
    archive = Copies.list(archive);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this class's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.operationType = operationType;
    b.kind = kind;
    b.mode = mode;
    b.commissionedBy = commissionedBy;
    b.start = start;
    b.end = end;
    b.headTeacherId = headTeacherId;
    b.lessons.addAll(lessons);
    b.lessonRecords.addAll(lessonRecords);
    b.trainees.addAll(trainees);
    b.attendance.addAll(attendance);
    b.leaveNotes.addAll(leaveNotes);
    b.practicalRecords.addAll(practicalRecords);
    b.documents.addAll(documents);
    b.exams.addAll(exams);
    b.archive.addAll(archive);
    return b;
  }

  /** A copy changed by {@code change}. */
  public TrainingClass with(UnaryOperator<Builder> change) {
    return change.apply(toBuilder()).build();
  }

  /** Builds a {@link TrainingClass}; lists are mutable and may be edited in place. */
  public static final class Builder {
    private String id;
    private String name;
    private String operationType;
    private TrainingKind kind = TrainingKind.INITIAL;
    private DeliveryMode mode = DeliveryMode.OFFLINE;
    private Optional<String> commissionedBy = Optional.empty();
    private LocalDate start;
    private LocalDate end;
    private Optional<String> headTeacherId = Optional.empty();
    /** Planned lessons. */
    public final List<Lesson> lessons = new ArrayList<>();
    /** Delivered lesson records. */
    public final List<LessonRecord> lessonRecords = new ArrayList<>();
    /** Trainees. */
    public final List<Trainee> trainees = new ArrayList<>();
    /** Sign-in sheet lines. */
    public final List<AttendanceEntry> attendance = new ArrayList<>();
    /** Leave notes. */
    public final List<LeaveNote> leaveNotes = new ArrayList<>();
    /** Practical-training records. */
    public final List<PracticalRecord> practicalRecords = new ArrayList<>();
    /** Archive documents and forms. */
    public final List<ClassDocument> documents = new ArrayList<>();
    /** Exam sessions. */
    public final List<ExamSession> exams = new ArrayList<>();
    /** Archive volumes. */
    public final List<ArchiveVolume> archive = new ArrayList<>();

    private Builder() {}

    public Builder id(String v) { this.id = v; return this; }
    public Builder name(String v) { this.name = v; return this; }
    public Builder operationType(String v) { this.operationType = v; return this; }
    public Builder kind(TrainingKind v) { this.kind = v; return this; }
    public Builder mode(DeliveryMode v) { this.mode = v; return this; }
    public Builder commissionedBy(String v) { this.commissionedBy = Optional.ofNullable(v); return this; }
    public Builder start(LocalDate v) { this.start = v; return this; }
    public Builder end(LocalDate v) { this.end = v; return this; }
    public Builder headTeacherId(String v) { this.headTeacherId = Optional.ofNullable(v); return this; }

    /** The class built from the current values. */
    public TrainingClass build() {
      return new TrainingClass(id, name, operationType, kind, mode, commissionedBy, start, end, headTeacherId,
          lessons, lessonRecords, trainees, attendance, leaveNotes, practicalRecords, documents, exams, archive);
    }
  }
}
