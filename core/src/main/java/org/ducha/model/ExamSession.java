package org.ducha.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * An exam session (考试场次) for a class, with its score sheet.
 *
 * @param id stable identifier within the institution
 * @param kind theory or practical
 * @param date the day it was held
 * @param examinerIds staff ids of the examiners (考评员) assigned
 * @param scores the score sheet's lines
 * @param scoreSheetSignedBy staff ids of the examiners whose signatures the score sheet bears
 * @param equipmentIds equipment used in a practical exam
 * @param practicalExams the practical-exam records of the candidates (实操考试记录), for a practical exam
 */
public record ExamSession(
    @NotBlank String id,
    @NotNull ExamKind kind,
    @NotNull LocalDate date,
    List<@NotBlank String> examinerIds,
    List<@NotNull @Valid ExamScore> scores,
    List<@NotBlank String> scoreSheetSignedBy,
    List<@NotBlank String> equipmentIds,
    List<@NotNull @Valid PracticalExamRecord> practicalExams) {

  public ExamSession {
    examinerIds = Copies.list(examinerIds);
    scores = Copies.list(scores);
    scoreSheetSignedBy = Copies.list(scoreSheetSignedBy);
    equipmentIds = Copies.list(equipmentIds);
    practicalExams = Copies.list(practicalExams);
  }

  /** A session without practical-exam records. */
  public ExamSession(String id, ExamKind kind, LocalDate date, List<String> examinerIds, List<ExamScore> scores,
      List<String> scoreSheetSignedBy, List<String> equipmentIds) {
    this(id, kind, date, examinerIds, scores, scoreSheetSignedBy, equipmentIds, List.of());
  }
}
