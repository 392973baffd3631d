package org.ducha.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ducha.check.RegulationRef;
import org.ducha.engine.DemoPack;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.Profile;
import org.ducha.model.Institution;
import org.ducha.model.TestFixtures;
import org.junit.jupiter.api.Test;

/** A fingerprint depends on check id, institution and subject key; never on text, locale, severity or position. */
class FingerprintTest {

  /** No rooms and a class of three, too large for a limit of two: two findings. */
  private static final Institution INSTITUTION = TestFixtures.institution().with(b -> {
    b.rooms.clear();
    return b;
  });
  private static final Profile SMALL_CLASSES = Profile.builder("small").parameter(DemoPack.CLASS_TOO_LARGE, "maxTrainees", 2).build();

  private static Inspector.Builder builder() {
    return Inspector.builder().discoverPacks(false).addPacks(new DemoPack()).profile(SMALL_CLASSES);
  }

  private static List<Finding> findings(Inspector inspector, Institution inst) {
    return inspector.inspect(inst).findings();
  }

  private static List<String> fingerprints(List<Finding> findings) {
    return findings.stream().map(Finding::fingerprint).toList();
  }

  @Test
  void does_not_change_with_the_locale() {
    List<Finding> zh = findings(builder().locale(MessageCatalog.ZH_CN).build(), INSTITUTION);
    List<Finding> en = findings(builder().locale(MessageCatalog.EN).build(), INSTITUTION);

    assertThat(zh).hasSize(2);
    assertThat(fingerprints(en)).isEqualTo(fingerprints(zh));
  }

  @Test
  void does_not_change_with_the_message_text() {
    Inspector plain = builder().build();
    Inspector reworded = builder()
        .messageOverride(MessageCatalog.ZH_CN, DemoPack.ROOMS_NONE, "{institutionName}：无教室。")
        .messageOverride(MessageCatalog.EN, DemoPack.ROOMS_NONE, "{institutionName}: no classroom.")
        .build();
    List<Finding> before = findings(plain, INSTITUTION);
    List<Finding> after = findings(reworded, INSTITUTION);

    assertThat(reworded.messages().message(after.get(1), MessageCatalog.EN))
        .isNotEqualTo(plain.messages().message(before.get(1), MessageCatalog.EN));
    assertThat(fingerprints(after)).isEqualTo(fingerprints(before));
  }

  @Test
  void does_not_change_with_the_severity() {
    Profile harsher = SMALL_CLASSES.toBuilder().severity(DemoPack.ROOMS_NONE, Severity.CRITICAL).build();
    List<Finding> before = findings(builder().build(), INSTITUTION);
    List<Finding> after = findings(builder().profile(harsher).build(), INSTITUTION);

    assertThat(after).filteredOn(f -> f.checkId().equals(DemoPack.ROOMS_NONE)).extracting(Finding::severity).containsExactly(Severity.CRITICAL);
    assertThat(before).filteredOn(f -> f.checkId().equals(DemoPack.ROOMS_NONE)).extracting(Finding::severity).containsExactly(Severity.MAJOR);
    assertThat(fingerprints(after)).isEqualTo(fingerprints(before));
    assertThat(before.get(0).withSeverity(Severity.INFO).fingerprint()).isEqualTo(before.get(0).fingerprint());
  }

  @Test
  void does_not_change_with_labels_or_position() {
    Institution renamedAndReordered = INSTITUTION.with(b -> {
      b.name("更名后的培训中心");
      b.classes.set(0, b.classes.get(0).with(c -> c.name("更名后的班级")));
      b.classes.add(0, TestFixtures.trainingClass("c-0", List.of("t-1")));
      return b;
    });

    assertThat(fingerprints(findings(builder().build(), renamedAndReordered)))
        .isEqualTo(fingerprints(findings(builder().build(), INSTITUTION)));
  }

  @Test
  void changes_with_the_institution() {
    List<Finding> one = findings(builder().build(), INSTITUTION);
    List<Finding> other = findings(builder().build(), INSTITUTION.with(b -> b.id("inst-2")));

    assertThat(other).hasSameSizeAs(one);
    for (int i = 0; i < one.size(); i++) {
      assertThat(other.get(i).fingerprint()).isNotEqualTo(one.get(i).fingerprint());
    }
  }

  @Test
  void changes_with_the_check_id_and_the_subject_key() {
    Subject classSubject = Subject.of(SubjectKind.CLASS, "c-1", "班级");
    String base = Finding.fingerprintOf("demo.class.too-large", "inst-1", classSubject);

    assertThat(base).hasSize(16).matches("[0-9a-f]{16}");
    assertThat(Finding.fingerprintOf("demo.class.too-large", "inst-1", Subject.of(SubjectKind.CLASS, "c-1", "other label"))).isEqualTo(base);
    assertThat(List.of(
        Finding.fingerprintOf("demo.class.too-small", "inst-1", classSubject),
        Finding.fingerprintOf("demo.class.too-large", "inst-2", classSubject),
        Finding.fingerprintOf("demo.class.too-large", "inst-1", Subject.of(SubjectKind.CLASS, "c-2", "班级")),
        Finding.fingerprintOf("demo.class.too-large", "inst-1", Subject.of(SubjectKind.LESSON, "c-1", "班级")),
        Finding.fingerprintOf("demo.class.too-large", "inst-1", classSubject.child(SubjectKind.TRAINEE, "t-1", "学员"))))
        .doesNotContain(base)
        .doesNotHaveDuplicates();
  }

  @Test
  void two_subjects_of_one_check_in_one_institution_have_different_fingerprints() {
    Institution twoLargeClasses = INSTITUTION.with(b -> {
      b.classes.add(TestFixtures.trainingClass("c-2", TestFixtures.TRAINEES));
      return b;
    });

    List<Finding> large = findings(builder().build(), twoLargeClasses).stream()
        .filter(f -> f.checkId().equals(DemoPack.CLASS_TOO_LARGE)).toList();

    assertThat(large).hasSize(2);
    assertThat(large.get(0).fingerprint()).isNotEqualTo(large.get(1).fingerprint());
  }

  @Test
  void a_finding_refuses_a_fingerprint_that_does_not_match() {
    Subject s = Subject.of(SubjectKind.INSTITUTION, "inst-1", "机构");
    List<RegulationRef> rules = List.of(RegulationRef.projectJudgement("test"));

    assertThatThrownBy(() -> new Finding("demo.rooms.none", Severity.MAJOR, Group.FACILITIES, "inst-1", s, "demo.rooms.none",
        Map.of(), Map.of(), rules, "0000000000000000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fingerprint 0000000000000000 does not match");
    assertThat(new Finding("demo.rooms.none", Severity.MAJOR, Group.FACILITIES, "inst-1", s, "demo.rooms.none",
        Map.of(), Map.of(), rules, null).fingerprint()).isEqualTo(Finding.fingerprintOf("demo.rooms.none", "inst-1", s));
  }
}
