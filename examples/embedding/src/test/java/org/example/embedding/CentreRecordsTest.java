package org.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.ducha.engine.RecordValidator;
import org.ducha.model.Institution;
import org.ducha.model.TrainingClass;
import org.junit.jupiter.api.Test;

class CentreRecordsTest {

  private final Institution institution = CentreRecords.toInstitution(SampleCentre.centre(), SampleCentre.SELF_CHECK_DAY);

  @Test
  void the_mapped_records_are_valid() {
    assertThat(RecordValidator.get().validate(institution)).isEmpty();
  }

  @Test
  void every_course_student_session_and_person_is_mapped() {
    assertThat(institution.classes()).extracting(TrainingClass::id).containsExactly(SampleCentre.ELECTRICIANS, SampleCentre.WELDERS);
    TrainingClass electricians = institution.classes().get(0);
    assertThat(electricians.trainees()).hasSize(6);
    assertThat(electricians.lessons()).hasSize(6);
    assertThat(electricians.attendance()).hasSize(6 * 6);
    assertThat(electricians.practicalRecords()).hasSize(2);
    assertThat(electricians.exams()).hasSize(2).allMatch(s -> s.scores().size() == 6);
    assertThat(institution.staff()).hasSize(3 + 4);
    assertThat(institution.operationTypes()).extracting(o -> o.code()).containsExactly(SampleCentre.LOW_VOLTAGE, SampleCentre.WELDING);
  }
}
