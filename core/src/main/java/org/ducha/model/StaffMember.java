package org.ducha.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person on the institution's staff (工作人员), as the personnel file shows. Roles are not here: a
 * person's roles are what the rosters ({@link Roster}) list.
 *
 * @param id stable identifier within the institution
 * @param name the person's name
 * @param employment how the person is employed
 * @param employer the organisation that formally employs the person, when it is not the institution
 * @param specialties operation-type codes in which the person is qualified to teach or instruct
 * @param certificates certificates held
 * @param hiredOn first day of work for the institution
 * @param leftOn last day of work, when the person has left (离职)
 * @param practiceYears years of practice in the field taught, when recorded
 * @param identityNumber the person's national identity number (居民身份证号码), if recorded: how the same person is
 *     recognised across institutions and exam sites; printed masked only
 */
public record StaffMember(
    @NotBlank String id,
    @NotBlank String name,
    @NotNull Employment employment,
    Optional<String> employer,
    List<@NotBlank String> specialties,
    List<@NotNull @Valid Certificate> certificates,
    @NotNull LocalDate hiredOn,
    Optional<LocalDate> leftOn,
    Optional<@PositiveOrZero Integer> practiceYears,
    Optional<IdentityNumber> identityNumber) {

  public StaffMember {
    identityNumber = Copies.optional(identityNumber);
    employer = Copies.optional(employer);
    specialties = Copies.list(specialties);
    certificates = Copies.list(certificates);
    leftOn = Copies.optional(leftOn);
    practiceYears = Copies.optional(practiceYears);
  }

  /** A staff member with no identity number recorded. */
  public StaffMember(String id, String name, Employment employment, Optional<String> employer, List<String> specialties,
      List<Certificate> certificates, LocalDate hiredOn, Optional<LocalDate> leftOn, Optional<Integer> practiceYears) {
    this(id, name, employment, employer, specialties, certificates, hiredOn, leftOn, practiceYears, Optional.empty());
  }

  /** A copy with {@code number} as identity number. */
  public StaffMember withIdentityNumber(IdentityNumber number) {
    return new StaffMember(id, name, employment, employer, specialties, certificates, hiredOn, leftOn, practiceYears,
        Optional.ofNullable(number));
  }

  /** Whether the person still worked for the institution on {@code date}. */
  public boolean employedOn(LocalDate date) {
    return !date.isBefore(hiredOn) && leftOn.map(l -> !date.isAfter(l)).orElse(true);
  }

  /** A copy with a different employment. */
  public StaffMember withEmployment(Employment newEmployment) {
    return new StaffMember(id, name, newEmployment, employer, specialties, certificates, hiredOn, leftOn, practiceYears, identityNumber);
  }

  /** A copy with other specialties. */
  public StaffMember withSpecialties(List<String> newSpecialties) {
    return new StaffMember(id, name, employment, employer, newSpecialties, certificates, hiredOn, leftOn, practiceYears, identityNumber);
  }

  /** A copy with other certificates. */
  public StaffMember withCertificates(List<Certificate> newCertificates) {
    return new StaffMember(id, name, employment, employer, specialties, newCertificates, hiredOn, leftOn, practiceYears, identityNumber);
  }

  /** A copy recording that the person left on {@code date}. */
  public StaffMember withLeftOn(LocalDate date) {
    return new StaffMember(id, name, employment, employer, specialties, certificates, hiredOn, Optional.ofNullable(date), practiceYears, identityNumber);
  }
}
