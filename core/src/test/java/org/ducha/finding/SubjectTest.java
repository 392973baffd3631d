package org.ducha.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ducha.model.Institution;
import org.ducha.model.TestFixtures;
import org.ducha.model.TrainingClass;
import org.junit.jupiter.api.Test;

/** A subject's key is made of kinds and ids only; labels are for people. */
class SubjectTest {

  private final Institution institution = TestFixtures.institution();
  private final TrainingClass trainingClass = institution.classes().get(0);

  @Test
  void the_key_is_the_kind_and_id() {
    assertThat(Subject.institution(institution).key()).isEqualTo("institution:inst-1");
    assertThat(Subject.trainingClass(trainingClass).key()).isEqualTo("class:c-1");
    assertThat(Subject.room(institution.rooms().get(0)).key()).isEqualTo("room:room-1");
    assertThat(Subject.staff(institution.staff().get(1)).key()).isEqualTo("staff:s-teacher");
  }

  @Test
  void the_key_of_a_nested_subject_runs_from_the_outermost_parent_in() {
    Subject trainee = Subject.trainee(trainingClass, trainingClass.trainees().get(0));
    Subject lesson = Subject.lesson(trainingClass, trainingClass.lessons().get(1));

    assertThat(trainee.key()).isEqualTo("class:c-1/trainee:t-1");
    assertThat(lesson.key()).isEqualTo("class:c-1/lesson:l-2");
    assertThat(Subject.of(SubjectKind.EXAM_SESSION, "x-1", "理论考试").child(SubjectKind.TRAINEE, "t-1", "学员").key())
        .isEqualTo("exam_session:x-1/trainee:t-1");
  }

  @Test
  void the_key_does_not_depend_on_labels() {
    Subject a = Subject.of(SubjectKind.CLASS, "c-1", "2022-03-07 低压电工初训班").child(SubjectKind.TRAINEE, "t-1", "张三");
    Subject b = Subject.of(SubjectKind.CLASS, "c-1", "renamed").child(SubjectKind.TRAINEE, "t-1", "李四");

    assertThat(b.key()).isEqualTo(a.key());
    assertThat(b).isNotEqualTo(a);
  }

  @Test
  void labels_name_the_thing_for_people_with_its_parents() {
    Subject trainee = Subject.trainee(trainingClass, trainingClass.trainees().get(0));

    assertThat(Subject.trainingClass(trainingClass).label()).isEqualTo("2022-03-07 低压电工初训班");
    assertThat(trainee.fullLabel()).isEqualTo("2022-03-07 低压电工初训班 / 学员t-1");
    assertThat(trainee.parent()).contains(Subject.trainingClass(trainingClass));
    assertThat(Subject.lesson(trainingClass, trainingClass.lessons().get(0)).label()).isEqualTo("2022-03-07 电工基础知识");
  }

  @Test
  void refuses_a_blank_id_or_a_missing_kind() {
    assertThatThrownBy(() -> Subject.of(SubjectKind.ROOM, " ", "教室"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject id must not be blank");
    assertThatThrownBy(() -> Subject.of(null, "r-1", "教室")).isInstanceOf(NullPointerException.class);
  }
}
