package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;

/**
 * The exam site (考试点) that an institution also operates.
 *
 * @param name the exam site's name
 * @param headId staff id of the exam site's head (负责人), if recorded
 * @param managingDepartment the department that runs the exam site, as the records name it
 * @param roomIds rooms used for exams
 */
public record ExamSite(
    @NotBlank String name,
    Optional<String> headId,
    Optional<String> managingDepartment,
    List<@NotBlank String> roomIds) {

  public ExamSite {
    headId = Copies.optional(headId);
    managingDepartment = Copies.optional(managingDepartment);
    roomIds = Copies.list(roomIds);
  }
}
