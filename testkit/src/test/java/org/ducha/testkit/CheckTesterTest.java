package org.ducha.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.ducha.check.CheckDescriptor;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Severity;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.junit.jupiter.api.Test;

class CheckTesterTest {

  private static final Institution LARGE_CLASS = Mutations.enrol(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, 1);

  @Test
  void discovered_loads_the_packs_service_loader_finds_as_production_does() {
    assertThat(CheckTester.discovered().inspector().packInfos()).extracting(p -> p.implementation())
        .containsExactly(SamplePack.class.getName());
    assertThat(CheckTester.discovered().inspect(LARGE_CLASS)).hasFindingsExactlyOf(SamplePack.CLASS_SIZE);
  }

  @Test
  void a_pack_given_by_hand_runs_without_discovery() {
    CheckTester tester = CheckTester.forPack(new BrokenPacks.OnlyNever());
    assertThat(tester.inspector().packInfos()).extracting(p -> p.id()).containsExactly("broken");
    assertThat(tester.inspect(LARGE_CLASS)).hasNoFindings().hasOutcome(BrokenPacks.NEVER, OutcomeStatus.PASS);
  }

  @Test
  void only_runs_one_check_and_disables_the_others() {
    Institution both = Mutations.withoutDocument(LARGE_CLASS, DocumentType.FEE_SCHEDULE_NOTICE);
    CheckTester tester = CheckTester.discovered().only(SamplePack.FEES);
    assertThat(tester.inspect(both)).hasFindingsExactlyOf(SamplePack.FEES);
    assertThat(tester.inspect(both).outcomes()).extracting(o -> o.checkId()).containsExactly(SamplePack.FEES);
    assertThat(CheckTester.discovered().onlyPack(SamplePack.ID).inspect(both)).hasFindingsExactlyOf(SamplePack.FEES, SamplePack.CLASS_SIZE);
  }

  @Test
  void an_unknown_check_or_pack_is_named_with_what_is_loaded() {
    assertThatThrownBy(() -> CheckTester.forPack(new SamplePack()).only("sample.no.such").inspector())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no check with id sample.no.such; the loaded checks are [sample.class.too-large, sample.fees.unpublished]");
    assertThatThrownBy(() -> CheckTester.discovered().onlyPack("shanxi").inspector())
        .hasMessage("no pack with id shanxi; the loaded packs are [sample]");
  }

  @Test
  void parameters_are_set_as_a_profile_would_set_them() {
    CheckTester tester = CheckTester.forPack(new SamplePack()).only(SamplePack.CLASS_SIZE);
    assertThat(tester.parameter(SamplePack.CLASS_SIZE, "maxTrainees", 6).inspect(LARGE_CLASS)).hasNoFindings();
    assertThat(tester.parameter(SamplePack.CLASS_SIZE, "maxTrainees", "5").inspect(LARGE_CLASS))
        .hasFinding(SamplePack.CLASS_SIZE).withArgument("max", 5);
  }

  @Test
  void execute_gives_the_findings_with_their_texts() {
    CheckResults results = CheckTester.forPack(new SamplePack()).execute(LARGE_CLASS);
    assertThat(results.findings(SamplePack.CLASS_SIZE)).hasSize(1);
    assertThat(results.messages(MessageCatalog.EN)).containsExactly("低压电工初训班 has 6 trainees, more than 5");
    assertThat(results.message(results.findings().get(0), MessageCatalog.ZH_CN)).isEqualTo("低压电工初训班有学员6人，超过5人");
    assertThat(results.describe()).contains("FAIL sample.class.too-large (1 finding(s))");
    assertThat(results.messages().title(descriptor(SamplePack.CLASS_SIZE), MessageCatalog.EN)).isEqualTo("Class too large");
  }

  private static CheckDescriptor descriptor(String id) {
    return new SamplePack().checks().stream().map(c -> c.descriptor()).filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void the_campaign_is_on_unless_turned_off() {
    assertThat(CheckTester.forPack(new SamplePack()).inspector().profile().campaigns()).containsExactly("zouguochang-2021");
    assertThat(CheckTester.forPack(new SamplePack()).withoutCampaign().inspector().profile().campaigns()).isEmpty();
    assertThat(CheckTester.forPack(new SamplePack()).withoutCampaign().campaign("other").inspector().profile().campaigns())
        .isEqualTo(java.util.Set.of("other"));
  }

  @Test
  void inspection_reports_of_several_institutions_can_be_asserted_on_together() {
    var inspector = CheckTester.forPack(new SamplePack()).inspector();
    var report = inspector.report(java.util.Optional.empty(),
        List.of(inspector.inspect(Fixtures.cleanInstitution()), inspector.inspect(LARGE_CLASS.with(b -> b.id("other-centre")))));
    DuchaAssertions.assertThat(report).hasNoFindingsAtOrAbove(Severity.CRITICAL).institution("other-centre").hasFinding(SamplePack.CLASS_SIZE);
    assertThatThrownBy(() -> DuchaAssertions.assertThat(report, inspector.messages()).hasNoFindingsAtOrAbove(Severity.MAJOR))
        .hasMessageContaining("Expected no findings at or above MAJOR, but found 1:")
        .hasMessageContaining("other-centre (示例市安全技术培训中心):\n    sample.class.too-large MAJOR [class:c-lv-2022-03]")
        .hasMessageContaining("低压电工初训班有学员6人，超过5人");
  }
}
