package org.ducha.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.junit.jupiter.api.Test;

/** Immutable check metadata with a well-formed id, at least one rule and uniquely named parameters. */
class CheckDescriptorTest {

  private static CheckDescriptor.Builder builder(String id) {
    return CheckDescriptor.builder(id, Group.ARCHIVE).regulation(Regulations.TRAINING_MEASURES_ART34);
  }

  @Test
  void accepts_lower_case_dotted_ids() {
    for (String id : new String[] {"archive.not-bound", "archive.attendance.unsigned", "shanxi-2.fees.not-published", "a.b1.2c"}) {
      assertThat(builder(id).build().id()).isEqualTo(id);
    }
  }

  @Test
  void refuses_malformed_ids_naming_them() {
    for (String id : new String[] {"archive", "Archive.not-bound", "archive.not_bound", "archive..bound", ".archive.bound",
        "archive.bound.", "archive.not bound", "1archive.bound"}) {
      assertThatThrownBy(() -> builder(id).build())
          .as(id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + id + "'");
    }
  }

  @Test
  void defaults_and_derived_keys() {
    CheckDescriptor d = builder("archive.attendance.unsigned").build();

    assertThat(d.packPrefix()).isEqualTo("archive");
    assertThat(d.messageKey()).isEqualTo("archive.attendance.unsigned");
    assertThat(d.titleKey()).isEqualTo("archive.attendance.unsigned.title");
    assertThat(d.defaultSeverity()).isEqualTo(Severity.MAJOR);
    assertThat(d.applicability()).isEqualTo(Applicability.ALL);
    assertThat(d.inForce()).isEqualTo(InForce.ALWAYS);
    assertThat(d.campaign()).isEmpty();
    assertThat(d.parameters()).isEmpty();
  }

  @Test
  void needs_a_regulation_reference() {
    assertThatThrownBy(() -> CheckDescriptor.builder("archive.not-bound", Group.ARCHIVE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("archive.not-bound needs at least one regulation reference");
  }

  @Test
  void refuses_two_parameters_with_one_name() {
    Parameter<Integer> p = Parameter.ofInt("archive.not-bound", "max", 1, 0, 2);

    assertThatThrownBy(() -> builder("archive.not-bound").parameter(p).parameter(p).build())
        .hasMessageContaining("check archive.not-bound declares parameter max twice");
  }

  @Test
  void finds_parameters_by_name_and_is_immutable() {
    Parameter<Integer> p = Parameter.ofInt("archive.not-bound", "max", 1, 0, 2);
    CheckDescriptor.Builder b = builder("archive.not-bound").parameter(p);
    CheckDescriptor d = b.build();
    b.parameter(Parameter.ofInt("archive.not-bound", "min", 1, 0, 2));

    assertThat(d.parameter("max")).contains(p);
    assertThat(d.parameter("min")).isEmpty();
    assertThat(d.parameters()).containsExactly(p);
  }

  @Test
  void in_force_covers_its_first_and_last_days() {
    InForce old = InForce.between(LocalDate.of(2017, 3, 1), LocalDate.of(2024, 6, 30));
    InForce current = InForce.since(LocalDate.of(2024, 7, 1));

    assertThat(old.covers(LocalDate.of(2017, 3, 1))).isTrue();
    assertThat(old.covers(LocalDate.of(2024, 6, 30))).isTrue();
    assertThat(old.covers(LocalDate.of(2024, 7, 1))).isFalse();
    assertThat(old.covers(LocalDate.of(2017, 2, 28))).isFalse();
    assertThat(current.covers(LocalDate.of(2024, 6, 30))).isFalse();
    assertThat(current.covers(LocalDate.of(2099, 1, 1))).isTrue();
    assertThat(InForce.ALWAYS.covers(LocalDate.of(1990, 1, 1))).isTrue();
    assertThatThrownBy(() -> InForce.between(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 6, 30)))
        .hasMessageContaining("ends before it starts");
  }

  @Test
  void regulation_references_cite_code_clause_and_title() {
    assertThat(Regulations.aqt2016("3.1.2").citation()).isEqualTo("AQ/T 8011-2016 3.1.2 安全培训机构基本条件");
    assertThat(Regulations.TRAINING_MEASURES.citation()).isEqualTo("国家安全监管总局令第44号 安全生产培训管理办法");
    assertThat(RegulationRef.projectJudgement("no rule fixes it").projectJudgementOnly()).isTrue();
    assertThat(Regulations.aq2023("5.1").projectJudgementOnly()).isFalse();
  }
}
