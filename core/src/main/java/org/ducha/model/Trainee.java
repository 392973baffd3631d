package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * A trainee (学员) enrolled in a class. The same person keeps the same id across the institution's classes.
 *
 * @param id stable identifier of the person within the institution
 * @param name the person's name
 * @param employer the trainee's employer, if recorded
 * @param identityNumber the person's national identity number (居民身份证号码), if recorded: how the same person is
 *     recognised across institutions; printed masked only
 * @param operationType code of the operation type (作业类别) the trainee applied to be trained for, if recorded (see
 *     {@link OperationType}); a class trains one operation type ({@link TrainingClass#operationType()})
 */
public record Trainee(
    @NotBlank String id,
    @NotBlank String name,
    Optional<String> employer,
    Optional<IdentityNumber> identityNumber,
    Optional<String> operationType) {
  public Trainee {
    employer = Copies.optional(employer);
    identityNumber = Copies.optional(identityNumber);
    operationType = Copies.optional(operationType);
  }

  /** A trainee with no identity number and no operation type of their own recorded. */
  public Trainee(String id, String name, Optional<String> employer) {
    this(id, name, employer, Optional.empty(), Optional.empty());
  }

  /** A copy with {@code number} as identity number. */
  public Trainee withIdentityNumber(IdentityNumber number) {
    return new Trainee(id, name, employer, Optional.ofNullable(number), operationType);
  }

  /** A copy with {@code code} as the trainee's own operation type. */
  public Trainee withOperationType(String code) {
    return new Trainee(id, name, employer, identityNumber, Optional.ofNullable(code));
  }
}
