package org.ducha.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records are immutable: builders and {@code with} derive changed copies and leave the original alone. */
class InstitutionTest {

  @Test
  void with_derives_a_changed_copy_leaving_the_original_unchanged() {
    Institution original = TestFixtures.institution();

    Institution changed = original.with(b -> {
      b.rooms.clear();
      return b.name("新名称").examSite(new ExamSite("考试点", java.util.Optional.empty(), java.util.Optional.empty(), List.of()));
    });

    assertThat(original.rooms()).hasSize(1);
    assertThat(original.operatesExamSite()).isFalse();
    assertThat(changed.rooms()).isEmpty();
    assertThat(changed.name()).isEqualTo("新名称");
    assertThat(changed.operatesExamSite()).isTrue();
    assertThat(changed.classes()).isEqualTo(original.classes());
    assertThat(original.toBuilder().build()).isEqualTo(original);
  }

  @Test
  void lists_are_unmodifiable_copies() {
    List<Room> rooms = new ArrayList<>(List.of(TestFixtures.classroom("r-1", "50", 20)));
    Institution.Builder b = TestFixtures.institution().toBuilder();
    b.rooms.clear();
    b.rooms.addAll(rooms);
    Institution inst = b.build();
    b.rooms.add(TestFixtures.classroom("r-2", "50", 20));

    assertThat(inst.rooms()).extracting(Room::id).containsExactly("r-1");
    assertThatThrownBy(() -> inst.rooms().add(TestFixtures.classroom("r-3", "50", 20))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void absent_lists_and_optionals_become_empty() {
    Institution inst = new Institution("i", "机构", LegalForm.BRANCH, null, null, LocalDate.of(2022, 1, 1), null,
        null, null, null, null, null, null, null, null, null, null);

    assertThat(inst.classes()).isEmpty();
    assertThat(inst.examSite()).isEmpty();
    assertThat(inst.headId()).isEmpty();
    assertThat(inst.operatesExamSite()).isFalse();
  }

  @Test
  void map_class_replaces_one_class_and_fails_for_an_unknown_id() {
    Institution inst = TestFixtures.institution().with(b -> b.mapClass(TestFixtures.CLASS_ID, c -> c.with(cb -> cb.name("复训班"))));

    assertThat(inst.classes()).singleElement().extracting(TrainingClass::name).isEqualTo("复训班");
    assertThatThrownBy(() -> TestFixtures.institution().with(b -> b.mapClass("c-none", c -> c)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c-none");
  }

  @Test
  void staff_employment_covers_hire_to_leave() {
    StaffMember s = TestFixtures.staff("s-1", "李明").withLeftOn(LocalDate.of(2021, 12, 31));

    assertThat(s.employedOn(LocalDate.of(2015, 3, 1))).isTrue();
    assertThat(s.employedOn(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(s.employedOn(LocalDate.of(2022, 1, 1))).isFalse();
    assertThat(s.employedOn(LocalDate.of(2015, 2, 28))).isFalse();
  }
}
