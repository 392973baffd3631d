package org.ducha.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ducha.check.CheckDescriptor;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.PackInfo;
import org.ducha.formats.DataFormat;
import org.ducha.formats.ReportFormat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DuchaAutoConfigurationTest {

  static final Path JINCHENG = Path.of("../examples/jincheng-2022");
  static final List<String> FIRST_PARTY = List.of("archive", "facilities", "governance", "staffing");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DuchaAutoConfiguration.class));

  @Test
  void defaults_give_every_pack_zh_cn_and_the_default_profile() {
    runner.run(ctx -> {
      Inspector inspector = ctx.getBean(Inspector.class);
      assertThat(inspector.packInfos()).extracting(PackInfo::id).containsExactlyElementsOf(FIRST_PARTY);
      assertThat(inspector.locale()).isEqualTo(MessageCatalog.ZH_CN);
      assertThat(inspector.profile().name()).isEqualTo("default");
      assertThat(inspector.profile().campaigns()).isEmpty();
      assertThat(inspector.checkTimeout()).isEqualTo(Inspector.DEFAULT_CHECK_TIMEOUT);
      assertThat(ctx).hasSingleBean(InspectionService.class).hasSingleBean(InspectorFactory.class);
    });
  }

  @Test
  void properties_choose_packs_locale_campaigns_and_the_profile_file() {
    runner.withPropertyValues("ducha.packs=archive,governance", "ducha.locale=en", "ducha.parallelism=2",
        "ducha.campaigns=extra-2030", "ducha.profile=classpath:ducha/city.yaml", "ducha.check-timeout=5s").run(ctx -> {
      Inspector inspector = ctx.getBean(Inspector.class);
      assertThat(inspector.packInfos()).extracting(PackInfo::id).containsExactly("archive", "governance");
      assertThat(inspector.catalogue()).extracting(CheckDescriptor::id).allMatch(id -> id.startsWith("archive.") || id.startsWith("governance."));
      assertThat(inspector.locale()).isEqualTo(MessageCatalog.EN);
      assertThat(inspector.profile().name()).isEqualTo("city");
      assertThat(inspector.profile().campaigns()).containsExactlyInAnyOrder("zouguochang-2021", "extra-2030");
      assertThat(inspector.profile().enabled("archive.lesson.not-delivered")).isFalse();
      assertThat(ctx.getBean(InspectorFactory.class).parallelism()).isEqualTo(2);
      assertThat(inspector.checkTimeout()).isEqualTo(Duration.ofSeconds(5));
      // The inspector an inspection's campaigns give keeps the limit.
      assertThat(inspector.withCampaigns(List.of("another-2031")).checkTimeout()).isEqualTo(Duration.ofSeconds(5));
    });
  }

  @Test
  void a_check_timeout_of_zero_means_no_limit_and_a_negative_one_stops_the_application() {
    runner.withPropertyValues("ducha.check-timeout=0").run(ctx ->
        assertThat(ctx.getBean(Inspector.class).checkTimeout()).isEqualTo(Duration.ZERO));
    runner.withPropertyValues("ducha.check-timeout=-1s").run(ctx ->
        assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("ducha.check-timeout"));
  }

  @Test
  void an_unsupported_locale_stops_the_application_naming_the_property() {
    runner.withPropertyValues("ducha.locale=fr").run(ctx ->
        assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("ducha.locale 'fr'"));
  }

  @Test
  void an_unknown_pack_stops_the_application_naming_it() {
    runner.withPropertyValues("ducha.packs=archiv").run(ctx ->
        assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("'archiv'"));
  }

  @Test
  void the_hosts_own_beans_win() {
    Inspector mine = Inspector.builder().onlyPacks("staffing").build();
    runner.withBean(Inspector.class, () -> mine).run(ctx -> {
      assertThat(ctx.getBean(Inspector.class)).isSameAs(mine);
      assertThat(ctx.getBean(InspectionService.class).catalogue()).allMatch(d -> d.id().startsWith("staffing."));
    });
  }

  @Test
  void customizers_adjust_every_inspector() {
    runner.withBean(InspectorCustomizer.class, () -> b -> b.messageOverride(MessageCatalog.EN, "archive.lesson.not-delivered.title", "Mine"))
        .run(ctx -> assertThat(ctx.getBean(Inspector.class).messages().text("archive.lesson.not-delivered.title", MessageCatalog.EN))
            .contains("Mine"));
  }

  @Test
  void inspecting_files_honours_the_inspection_files_campaigns_and_order() {
    runner.run(ctx -> {
      InspectionService.Inspected inspected = ctx.getBean(InspectionService.class).inspect(List.of(JINCHENG));
      assertThat(inspected.complete()).isTrue();
      // The inspection file names campaign zouguochang-2021: its checks run, as in `ducha inspect`.
      assertThat(inspected.report().profile().campaigns()).containsExactly("zouguochang-2021");
      assertThat(inspected.report().institutions()).extracting(InstitutionReport::institutionId).containsExactly(
          "jincheng-exam-centre", "jinneng-equipment-centre", "yangcheng-training-centre", "huagang-power",
          "zezhou-training-centre", "lanhua-training-centre", "qinshui-coal-safety-centre", "jinpushan-coal-training-centre");
      assertThat(inspected.report().findings().map(f -> f.checkId())).contains("governance.problem-list.missing");
      // The application's own inspector is left as configured.
      assertThat(ctx.getBean(Inspector.class).profile().campaigns()).isEmpty();
      StringWriter html = new StringWriter();
      inspected.write(ReportFormat.HTML, html);
      assertThat(html.toString()).contains("晋城市应急管理资格考试中心");
    });
  }

  @Test
  void one_document_is_inspected_as_the_same_file_among_files_is() throws Exception {
    runner.run(ctx -> {
      InspectionService service = ctx.getBean(InspectionService.class);
      Path file = JINCHENG.resolve("01-jincheng-exam-centre.yaml");
      InspectionService.Inspected fromFile = service.inspect(List.of(file));
      InspectionService.Inspected fromBytes = service.inspect(Files.readAllBytes(file), DataFormat.YAML, "upload.yaml");
      assertThat(fromBytes.complete()).isTrue();
      assertThat(fromBytes.report().institutions()).extracting(InstitutionReport::institutionId).containsExactly("jincheng-exam-centre");
      assertThat(fromBytes.report().findings().map(f -> f.fingerprint()).toList())
          .isNotEmpty()
          .isEqualTo(fromFile.report().findings().map(f -> f.fingerprint()).toList());
      // A document that cannot be read: the report says so, naming the source, instead of failing.
      InspectionService.Inspected bad = service.inspect("id: [".getBytes(StandardCharsets.UTF_8), DataFormat.YAML, "broken.yaml");
      assertThat(bad.complete()).isFalse();
      assertThat(bad.report().notInspected()).singleElement()
          .satisfies(r -> assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).contains("broken.yaml")));
    });
  }

  @Test
  void a_timer_per_check_records_each_run_when_a_registry_is_there() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(ctx -> {
      ctx.getBean(InspectionService.class).inspect(List.of(JINCHENG.resolve("01-jincheng-exam-centre.yaml")));
      MeterRegistry registry = ctx.getBean(MeterRegistry.class);
      List<Timer> timers = registry.find(CheckTimers.NAME).timers().stream().toList();
      assertThat(timers).isNotEmpty();
      // One institution: every check that ran on it, once.
      assertThat(timers).allSatisfy(t -> assertThat(t.count()).isEqualTo(1));
      InstitutionReport report = ctx.getBean(InspectionService.class).inspect(List.of(JINCHENG.resolve("01-jincheng-exam-centre.yaml")))
          .report().institutions().get(0);
      // Per-institution checks are timed per institution under one name; inspection-scope checks under another.
      List<String> scope = ctx.getBean(org.ducha.engine.Inspector.class).inspectionScopeCheckIds();
      List<String> ran = report.outcomes().stream().filter(o -> o.status() != org.ducha.engine.OutcomeStatus.NOT_APPLICABLE)
          .map(o -> o.checkId()).filter(id -> !scope.contains(id)).sorted().toList();
      assertThat(timers).extracting(t -> t.getId().getTag("check")).containsExactlyInAnyOrderElementsOf(ran);
      // Each inspection-scope check is timed once per inspection, when it judges: two inspections so far.
      List<Timer> judging = registry.find(CheckTimers.JUDGE_NAME).timers().stream().toList();
      assertThat(judging).extracting(t -> t.getId().getTag("check")).containsExactlyInAnyOrderElementsOf(scope);
      assertThat(judging).allSatisfy(t -> assertThat(t.count()).isEqualTo(2));
    });
  }

  @Test
  void no_timers_without_micrometer_or_when_switched_off() {
    runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(ctx -> assertThat(ctx).doesNotHaveBean(CheckTimers.class));
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues("ducha.metrics.enabled=false")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(CheckTimers.class));
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_info_contributor_lists_packs_with_versions_and_the_catalogue() {
    runner.run(ctx -> {
      Info.Builder b = new Info.Builder();
      ctx.getBean(DuchaInfoContributor.class).contribute(b);
      Map<String, Object> ducha = (Map<String, Object>) b.build().getDetails().get("ducha");
      List<Map<String, Object>> packs = (List<Map<String, Object>>) ducha.get("packs");
      Inspector inspector = ctx.getBean(Inspector.class);
      assertThat(packs).extracting(p -> p.get("id")).containsExactlyElementsOf(FIRST_PARTY);
      assertThat(packs).extracting(p -> p.get("version")).containsExactlyElementsOf(inspector.packInfos().stream().map(PackInfo::version).toList());
      List<Map<String, Object>> checks = (List<Map<String, Object>>) ducha.get("checks");
      assertThat(checks).extracting(c -> c.get("id")).containsExactlyElementsOf(inspector.catalogue().stream().map(CheckDescriptor::id).toList());
      assertThat(checks).filteredOn(c -> "governance.problem-list.missing".equals(c.get("id")))
          .singleElement().satisfies(c -> assertThat(c.get("campaign")).isEqualTo("zouguochang-2021"));
    });
  }

  @Test
  void no_info_contributor_without_actuator_or_when_switched_off() {
    runner.withClassLoader(new FilteredClassLoader(InfoContributor.class)).run(ctx -> assertThat(ctx).doesNotHaveBean(DuchaInfoContributor.class));
    runner.withPropertyValues("ducha.info.enabled=false").run(ctx -> assertThat(ctx).doesNotHaveBean(DuchaInfoContributor.class));
  }
}
