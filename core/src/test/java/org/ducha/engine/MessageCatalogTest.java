package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ducha.check.CheckDescriptor;
import org.ducha.finding.Finding;
import org.ducha.model.Institution;
import org.ducha.model.TestFixtures;
import org.ducha.model.TrainingClass;
import org.junit.jupiter.api.Test;

/** Messages are rendered per locale from three tiers: the host's overrides, the packs' bundles, the core's. */
class MessageCatalogTest {

  /** No rooms, and a class of three that starts on 6 May 2021, too large for a limit of two. */
  private static final Institution INSTITUTION = TestFixtures.institution().with(b -> {
    b.rooms.clear();
    b.classes.set(0, b.classes.get(0).with(c -> c.start(LocalDate.of(2021, 5, 6)).end(LocalDate.of(2022, 3, 8))));
    return b;
  });
  private static final Profile SMALL_CLASSES = Profile.builder("small").parameter(DemoPack.CLASS_TOO_LARGE, "maxTrainees", 2).build();

  private static Inspector.Builder builder() {
    return Inspector.builder().discoverPacks(false).addPacks(new DemoPack()).profile(SMALL_CLASSES);
  }

  private static Finding finding(Inspector inspector, String checkId) {
    return inspector.inspect(INSTITUTION).findings().stream().filter(f -> f.checkId().equals(checkId)).findFirst().orElseThrow();
  }

  @Test
  void zh_cn_is_the_default_locale() {
    assertThat(builder().build().locale()).isEqualTo(MessageCatalog.ZH_CN);
    assertThat(MessageCatalog.SUPPORTED.get(0)).isEqualTo(MessageCatalog.ZH_CN);
    assertThat(MessageCatalog.resolve(Locale.FRANCE)).isEqualTo(MessageCatalog.ZH_CN);
    assertThat(MessageCatalog.resolve(Locale.CHINA)).isEqualTo(MessageCatalog.ZH_CN);
    assertThat(MessageCatalog.resolve(null)).isEqualTo(MessageCatalog.ZH_CN);
  }

  @Test
  void english_is_used_for_en_and_en_us() {
    assertThat(MessageCatalog.resolve(Locale.ENGLISH)).isEqualTo(MessageCatalog.EN);
    assertThat(MessageCatalog.resolve(Locale.US)).isEqualTo(MessageCatalog.EN);
    assertThat(MessageCatalog.resolve(Locale.forLanguageTag("en-US"))).isEqualTo(MessageCatalog.EN);
    assertThat(builder().locale(Locale.US).build().locale()).isEqualTo(MessageCatalog.EN);

    Inspector inspector = builder().build();
    Finding f = finding(inspector, DemoPack.ROOMS_NONE);
    assertThat(inspector.messages().message(f, Locale.US)).isEqualTo(inspector.messages().message(f, Locale.ENGLISH))
        .startsWith("示例安全培训中心 inst-1 records no rooms");
  }

  @Test
  void fills_named_placeholders_in_either_language() {
    Inspector inspector = builder().build();
    Finding f = finding(inspector, DemoPack.CLASS_TOO_LARGE);

    assertThat(inspector.messages().message(f, MessageCatalog.ZH_CN)).isEqualTo("2021年5月6日开班的“低压电工初训班”有学员3人，超过2人。");
    assertThat(inspector.messages().message(f, MessageCatalog.EN))
        .isEqualTo("Class \"低压电工初训班\" starting 6 May 2021 has 3 trainees, more than 2.");
    assertThat(inspector.messages().message(f, Locale.GERMANY)).isEqualTo(inspector.messages().message(f, MessageCatalog.ZH_CN));
  }

  @Test
  void renders_dates_as_chinese_or_english_dates() {
    LocalDate may6 = LocalDate.of(2021, 5, 6);

    assertThat(MessageCatalog.formatValue(may6, MessageCatalog.ZH_CN)).isEqualTo("2021年5月6日");
    assertThat(MessageCatalog.formatValue(may6, MessageCatalog.EN)).isEqualTo("6 May 2021");
    assertThat(MessageCatalog.formatValue(LocalDate.of(2022, 11, 30), Locale.US)).isEqualTo("30 November 2022");
  }

  @Test
  void renders_other_values_plainly() {
    assertThat(MessageCatalog.formatValue(new BigDecimal("2.50"), MessageCatalog.EN)).isEqualTo("2.5");
    assertThat(MessageCatalog.formatValue(new BigDecimal("1E+2"), MessageCatalog.EN)).isEqualTo("100");
    assertThat(MessageCatalog.formatValue(LocalTime.of(8, 30), MessageCatalog.ZH_CN)).isEqualTo("08:30");
    assertThat(MessageCatalog.formatValue(List.of("甲", "乙"), MessageCatalog.ZH_CN)).isEqualTo("甲、乙");
    assertThat(MessageCatalog.formatValue(List.of(LocalDate.of(2021, 5, 6), 3), MessageCatalog.EN)).isEqualTo("6 May 2021, 3");
  }

  @Test
  void a_host_override_wins_over_the_pack_text_in_its_language_only() {
    Inspector inspector = builder()
        .messageOverride(Locale.US, DemoPack.ROOMS_NONE, "Host wording: {institutionName} has nowhere to teach.")
        .build();
    Finding f = finding(inspector, DemoPack.ROOMS_NONE);

    assertThat(inspector.messages().message(f, MessageCatalog.EN)).isEqualTo("Host wording: 示例安全培训中心 inst-1 has nowhere to teach.");
    assertThat(inspector.messages().message(f, MessageCatalog.ZH_CN)).isEqualTo("示例安全培训中心 inst-1未登记任何教学场所（检查日期：2022年4月20日）。");
  }

  @Test
  void a_host_override_can_replace_the_core_texts_too() {
    Inspector inspector = builder().messageOverride(MessageCatalog.ZH_CN, "group.archive", "档案问题").build();

    assertThat(inspector.messages().format("group.archive", Map.of(), MessageCatalog.ZH_CN)).isEqualTo("档案问题");
    assertThat(inspector.messages().format("group.archive", Map.of(), MessageCatalog.EN)).isEqualTo("Training and exam archives not kept properly");
  }

  @Test
  void overrides_given_to_the_catalogue_apply_to_the_language_their_locale_resolves_to() {
    MessageCatalog messages = MessageCatalog.of(List.of(new DemoPack()), Map.of(
        Locale.US, Map.of(DemoPack.ROOMS_NONE, "No rooms at {institutionName}."),
        Locale.CHINESE, Map.of("group.archive", "档案问题")));

    assertThat(messages.format(DemoPack.ROOMS_NONE, Map.of("institutionName", "X"), MessageCatalog.EN)).isEqualTo("No rooms at X.");
    assertThat(messages.text("group.archive", MessageCatalog.ZH_CN)).contains("档案问题");
    assertThat(messages.text(DemoPack.ROOMS_NONE, MessageCatalog.ZH_CN)).hasValueSatisfying(t -> assertThat(t).contains("未登记任何教学场所"));
  }

  @Test
  void a_host_bundle_at_the_root_of_the_class_path_wins_over_the_pack_text() {
    MessageCatalog messages = builder().build().messages();

    assertThat(messages.text("demo.host-file-override", MessageCatalog.ZH_CN)).contains("宿主应用的文字");
    assertThat(messages.text("demo.host-file-override", MessageCatalog.EN)).contains("The host application's text");
  }

  @Test
  void a_missing_key_renders_as_the_key_in_white_brackets() {
    MessageCatalog messages = builder().build().messages();

    assertThat(messages.format("demo.no.such.key", Map.of("x", 1), MessageCatalog.ZH_CN)).isEqualTo("⟦demo.no.such.key⟧");
    assertThat(messages.format("demo.no.such.key", Map.of(), MessageCatalog.EN)).isEqualTo("⟦demo.no.such.key⟧");
    assertThat(messages.text("demo.no.such.key", MessageCatalog.EN)).isEmpty();
  }

  @Test
  void a_placeholder_without_an_argument_is_left_as_it_is() {
    MessageCatalog messages = builder().build().messages();

    assertThat(messages.format(DemoPack.ROOMS_NONE, Map.of("institutionName", "某机构"), MessageCatalog.EN))
        .isEqualTo("某机构 records no rooms (inspected {inspectedOn}).");
  }

  @Test
  void renders_check_titles_and_the_core_texts() {
    Inspector inspector = builder().build();
    CheckDescriptor d = inspector.catalogue().stream().filter(c -> c.id().equals(DemoPack.ROOMS_NONE)).findFirst().orElseThrow();

    assertThat(inspector.messages().title(d, MessageCatalog.ZH_CN)).isEqualTo("无教学场所");
    assertThat(inspector.messages().title(d, MessageCatalog.EN)).isEqualTo("No rooms");
    assertThat(inspector.messages().format("severity.MAJOR", Map.of(), MessageCatalog.ZH_CN)).isEqualTo("较重");
    assertThat(inspector.messages().format("applicability.exam-sites", Map.of(), MessageCatalog.EN))
        .isEqualTo("Institutions that also operate an exam site");
  }

  @Test
  void a_catalogue_without_packs_still_has_the_core_texts() {
    MessageCatalog messages = MessageCatalog.of(List.of(), Map.of());

    assertThat(messages.text("group.staffing", MessageCatalog.ZH_CN)).contains("师资力量配备不足");
    assertThat(messages.text(DemoPack.ROOMS_NONE, MessageCatalog.ZH_CN)).isEmpty();
    assertThat(messages.shippedKeys()).containsOnlyKeys("core");
  }

  @Test
  void texts_of_a_class_that_is_renamed_follow_the_new_name() {
    TrainingClass renamed = INSTITUTION.classes().get(0).with(c -> c.name("高压电工初训班"));
    Inspector inspector = builder().build();
    Finding f = inspector.inspect(INSTITUTION.with(b -> {
      b.classes.set(0, renamed);
      return b;
    })).findings().stream().filter(x -> x.checkId().equals(DemoPack.CLASS_TOO_LARGE)).findFirst().orElseThrow();

    assertThat(inspector.messages().message(f, MessageCatalog.ZH_CN)).contains("高压电工初训班");
  }
}
