package org.ducha.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ducha.engine.RecordValidator;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.ExamKind;
import org.ducha.model.Institution;
import org.ducha.model.TrainingClass;
import org.ducha.model.VolumeKind;
import org.junit.jupiter.api.Test;

class FixturesTest {

  @Test
  void both_clean_institutions_are_valid_records() {
    assertThat(RecordValidator.get().validate(Fixtures.cleanInstitution())).isEmpty();
    assertThat(RecordValidator.get().validate(Fixtures.cleanTrainingOnly())).isEmpty();
  }

  @Test
  void the_fixture_fills_every_part_of_the_model_but_leave_notes() {
    Institution i = Fixtures.cleanInstitution();
    assertThat(List.of(i.operationTypes(), i.documents(), i.selfInspections(), i.agreements(), i.staff(), i.rosters(), i.classes(),
        i.rooms(), i.equipment(), i.priorFindings())).allSatisfy(list -> assertThat(list).isNotEmpty());
    for (TrainingClass c : i.classes()) {
      assertThat(List.of(c.lessons(), c.lessonRecords(), c.trainees(), c.attendance(), c.practicalRecords(), c.documents(), c.exams(),
          c.archive())).allSatisfy(list -> assertThat(list).isNotEmpty());
      assertThat(c.leaveNotes()).as("nobody took leave: add notes with Mutations.addLeaveNote").isEmpty();
    }
    assertThat(i.examSite()).isPresent();
  }

  @Test
  void the_id_constants_and_helpers_name_records_of_the_fixture() {
    Institution i = Fixtures.cleanInstitution();
    List<String> ids = new ArrayList<>();
    i.documents().forEach(d -> ids.add(d.id()));
    i.agreements().forEach(a -> ids.add(a.id()));
    i.rosters().forEach(r -> ids.add(r.id()));
    i.equipment().forEach(e -> ids.add(e.id()));
    i.rooms().forEach(r -> ids.add(r.id()));
    i.priorFindings().forEach(p -> ids.add(p.id()));
    assertThat(ids).contains(Fixtures.DOC_TRAINING_RULES, Fixtures.DOC_EXAM_RULES, Fixtures.DOC_ARCHIVE_RULES, Fixtures.DOC_CAMPAIGN_PLAN,
        Fixtures.DOC_CAMPAIGN_PROBLEMS, Fixtures.DOC_SELF_INSPECTION, Fixtures.DOC_EMERGENCY_PLAN, Fixtures.DOC_EXAM_SEPARATION,
        Fixtures.DOC_FEES, Fixtures.AGREEMENT_MEDICAL, Fixtures.AGREEMENT_LOGISTICS, Fixtures.ROSTER_TRAINING, Fixtures.ROSTER_EXAM,
        Fixtures.PRIOR_FINDING, Fixtures.EQ_LV_BENCH, Fixtures.EQ_LV_SMART, Fixtures.EQ_COAL_BENCH, Fixtures.EQ_COAL_SMART,
        Fixtures.ROOM_CLASSROOM, Fixtures.ROOM_EXAM, Fixtures.ROOM_PRACTICAL_EXAM, Fixtures.SITE_LOW_VOLTAGE, Fixtures.SITE_COAL);
    for (TrainingClass c : i.classes()) {
      for (ExamKind k : ExamKind.values()) {
        assertThat(c.exams()).extracting(s -> s.id()).contains(Fixtures.examSessionId(c.id(), k));
      }
      assertThat(c.archive()).extracting(v -> v.id()).contains(Fixtures.volumeId(c.id(), VolumeKind.TRAINING), Fixtures.volumeId(c.id(), VolumeKind.EXAM));
      for (ClassDocument d : c.documents()) {
        if (d.type() != ClassDocumentType.ARCHIVE_CARD) {
          assertThat(Fixtures.classDocumentId(c.id(), d.type())).isEqualTo(d.id());
        }
      }
    }
    assertThatThrownBy(() -> Fixtures.classDocumentId(Fixtures.CLASS_OFFLINE, ClassDocumentType.ARCHIVE_CARD))
        .hasMessage("the fixture has no single document of type ARCHIVE_CARD");
  }
}
