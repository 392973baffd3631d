package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ducha.check.Check;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.SubjectKind;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentKind;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class FacilitiesPackTest {

  private static final List<String> IDS = List.of(
      "facilities.classroom.area-per-seat",
      "facilities.classroom.class-exceeds-seats",
      "facilities.classroom.inadequate",
      "facilities.classroom.total-area",
      "facilities.equipment-ledger.missing",
      "facilities.equipment.faulty",
      "facilities.equipment.insufficient",
      "facilities.equipment.outdated",
      "facilities.equipment.unfit-used",
      "facilities.equipment.wrong-operation",
      "facilities.exam-room.inadequate",
      "facilities.exam-room.no-identity-check",
      "facilities.exam-room.no-practical-room",
      "facilities.exam-room.no-video",
      "facilities.practical-exam.not-smart",
      "facilities.training-site.missing");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private final FacilitiesPack pack = new FacilitiesPack();

  @Test
  void the_pack_holds_exactly_these_checks_sorted_by_id() {
    assertThat(pack.checks().stream().map(c -> c.descriptor().id()).toList()).isEqualTo(IDS);
  }

  @Test
  void no_findings_on_the_clean_institution() {
    DuchaAssertions.assertThat(CheckTester.forPack(pack).inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void no_findings_on_the_clean_training_only_institution() {
    DuchaAssertions.assertThat(CheckTester.forPack(pack).inspect(Fixtures.cleanTrainingOnly())).hasNoFindings();
  }

  @Test
  void an_exam_site_like_huagang_in_the_jincheng_notice() {
    // 4.5 理论教学、考试机房不符合培训考试要求; 一（四） 考试实操设备未实现“智能+实物”
    Institution inst = FacilityRecords.mapRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_CLASSROOM, r -> FacilityRecords.fixed(r, false));
    inst = FacilityRecords.mapRoom(inst, Fixtures.ROOM_EXAM, r -> FacilityRecords.surveillance(r, false, false));
    inst = FacilityRecords.mapEquipment(inst, "eq-lv-smart", e -> FacilityRecords.kind(e, EquipmentKind.SIMULATOR));
    inst = FacilityRecords.mapEquipment(inst, "eq-coal-smart", e -> FacilityRecords.kind(e, EquipmentKind.SIMULATOR));
    InstitutionReport report = CheckTester.forPack(pack).inspect(inst);
    DuchaAssertions.assertThat(report).hasFindingsExactlyOf(
        ClassroomInadequate.ID, ExamRoomNoVideo.ID, ExamRoomNoIdentityCheck.ID, PracticalExamNotSmart.ID);
    DuchaAssertions.assertThat(report).hasFinding(PracticalExamNotSmart.ID).times(2);
  }

  @Test
  void a_centre_like_jinpushan_in_the_jincheng_notice() {
    // 8.3 教学和实操实训设施设备不满足培训要求; 一（四） 实操实训设备陈旧至今未整改
    Institution inst = FacilityRecords.mapEquipment(Fixtures.cleanInstitution(), "eq-coal-bench",
        e -> FacilityRecords.condition(FacilityRecords.commissioned(e, 2005), EquipmentCondition.WORN));
    inst = FacilityRecords.withoutRoom(inst, Fixtures.SITE_COAL).with(b -> b.examSite(null));
    InstitutionReport report = CheckTester.forPack(pack).inspect(inst);
    DuchaAssertions.assertThat(report).hasFindingsExactlyOf(EquipmentOutdated.ID, TrainingSiteMissing.ID);
    DuchaAssertions.assertThat(report).hasFinding(EquipmentOutdated.ID).times(1)
        .forSubject(SubjectKind.EQUIPMENT, "eq-coal-bench").withEvidence("ageYears", 17);
    DuchaAssertions.assertThat(report).hasFinding(TrainingSiteMissing.ID).times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_COAL_ELECTRICAL);
  }

  @Test
  void both_bundles_ship_the_same_keys_including_every_title_message_and_parameter() {
    Map<String, Set<String>> shipped = CheckTester.forPack(pack).inspector().messages().shippedKeys().get(FacilitiesPack.ID);
    assertThat(shipped.get("zh_CN")).isEqualTo(shipped.get("en"));
    Set<String> required = new TreeSet<>();
    for (Check c : pack.checks()) {
      CheckDescriptor d = c.descriptor();
      required.add(d.titleKey());
      required.add(d.messageKey());
      for (Parameter<?> p : d.parameters()) {
        required.add(p.descriptionKey());
      }
    }
    assertThat(shipped.get("zh_CN")).containsAll(required);
    // every other key is a message variant of one of the checks
    for (String key : shipped.get("zh_CN")) {
      assertThat(IDS.stream().anyMatch(id -> key.equals(id) || key.startsWith(id + "."))).as(key).isTrue();
    }
  }

  @Test
  void both_languages_use_the_same_placeholders_in_every_text() {
    MessageCatalog messages = CheckTester.forPack(pack).inspector().messages();
    Set<String> keys = messages.shippedKeys().get(FacilitiesPack.ID).get("zh_CN");
    assertThat(keys).isNotEmpty();
    for (String key : keys) {
      String zh = messages.text(key, MessageCatalog.ZH_CN).orElseThrow();
      String en = messages.text(key, MessageCatalog.EN).orElseThrow();
      assertThat(placeholders(en)).as(key).isEqualTo(placeholders(zh));
      assertThat(zh).as(key).isNotBlank().doesNotEndWith("。");
      assertThat(en).as(key).isNotBlank().doesNotEndWith(".");
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
