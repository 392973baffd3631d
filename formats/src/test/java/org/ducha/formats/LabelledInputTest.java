package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.ducha.engine.InputProblem;
import org.ducha.engine.MessageCatalog;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.DeliveryMode;
import org.ducha.model.EquipmentUse;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.model.RoomKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enumerated values written as zh-CN labels and dates written as Chinese users type them, in every input format. */
class LabelledInputTest {
  @TempDir
  Path dir;

  /** Every enum of the model (its package holds no other enums than these). */
  static final List<Class<? extends Enum<?>>> MODEL_ENUMS = modelEnums();

  @SuppressWarnings("unchecked")
  private static List<Class<? extends Enum<?>>> modelEnums() {
    List<Class<? extends Enum<?>>> out = new ArrayList<>();
    for (Class<?> c : List.of(org.ducha.model.LegalForm.class, org.ducha.model.AgreementType.class,
        org.ducha.model.DocumentType.class, org.ducha.model.Employment.class, org.ducha.model.CertificateType.class,
        org.ducha.model.ExamKind.class, org.ducha.model.ClassDocumentType.class, org.ducha.model.RoomKind.class,
        org.ducha.model.VolumeKind.class, org.ducha.model.StaffRole.class, org.ducha.model.EquipmentUse.class,
        org.ducha.model.EquipmentKind.class, org.ducha.model.LessonKind.class, org.ducha.model.EquipmentCondition.class,
        org.ducha.model.OperationCategory.class, org.ducha.model.TrainingKind.class, org.ducha.model.DeliveryMode.class,
        org.ducha.model.AttendanceMethod.class, org.ducha.model.Hazard.class, org.ducha.model.RosterType.class)) {
      out.add((Class<? extends Enum<?>>) c);
    }
    return out;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LabelledInputTest.class.getResourceAsStream("/bad-input/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Institution read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<InstitutionInput> read;
    try (var s = InspectionReader.of(List.of(file)).institutions()) {
      read = s.toList();
    }
    assertThat(read).hasSize(1);
    assertThat(read.get(0).problems()).isEmpty();
    return read.get(0).institution().orElseThrow();
  }

  @Test
  void labels_and_constants_in_any_case_read_as_the_same_values_in_yaml_and_json() throws IOException {
    String yaml = resource("base.yaml")
        .replace("legalForm: PUBLIC_INSTITUTION_LEGAL_PERSON", "legalForm: 事业单位法人")
        .replace("kind: THEORY_CLASSROOM", "kind: 理论教室")
        .replace("uses: [TRAINING, EXAM]", "uses: [实操考试, training]")
        .replace("inspectedOn: 2022-04-20", "inspectedOn: 2022年4月20日");
    Institution fromYaml = read("a.yaml", yaml);
    Institution plain = read("b.yaml", resource("base.yaml"));
    assertThat(fromYaml.legalForm()).isEqualTo(LegalForm.PUBLIC_INSTITUTION_LEGAL_PERSON);
    assertThat(fromYaml.rooms().get(0).kind()).isEqualTo(RoomKind.THEORY_CLASSROOM);
    assertThat(fromYaml.equipment().get(0).uses()).containsExactlyInAnyOrder(EquipmentUse.EXAM, EquipmentUse.TRAINING);
    assertThat(fromYaml.inspectedOn()).isEqualTo(LocalDate.of(2022, 4, 20));
    assertThat(fromYaml).isEqualTo(plain);

    String json = resource("base.json")
        .replace("\"legalForm\": \"PUBLIC_INSTITUTION_LEGAL_PERSON\"", "\"legalForm\": \"事业单位法人\"")
        .replace("\"inspectedOn\": \"2022-04-20\"", "\"inspectedOn\": \"2022/4/20\"");
    Institution fromJson = read("c.json", json);
    assertThat(fromJson.legalForm()).isEqualTo(LegalForm.PUBLIC_INSTITUTION_LEGAL_PERSON);
    assertThat(fromJson.inspectedOn()).isEqualTo(LocalDate.of(2022, 4, 20));
  }

  @Test
  void a_wrong_value_lists_the_accepted_labels_with_their_constants() throws IOException {
    Path file = dir.resolve("a.yaml");
    Files.writeString(file, resource("base.yaml").replace("legalForm: PUBLIC_INSTITUTION_LEGAL_PERSON", "legalForm: 事业单位"),
        StandardCharsets.UTF_8);
    List<InputProblem> problems;
    try (var s = InspectionReader.of(List.of(file)).institutions()) {
      problems = s.toList().get(0).problems();
    }
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).messageIn(MessageCatalog.EN)).isEqualTo("not one of [企业法人 (ENTERPRISE_LEGAL_PERSON), "
        + "事业单位法人 (PUBLIC_INSTITUTION_LEGAL_PERSON), 社会团体或民办非企业单位法人 (SOCIAL_ORGANISATION_LEGAL_PERSON), "
        + "企业内设部门 (INTERNAL_DEPARTMENT), 分支机构 (BRANCH)]");
    assertThat(problems.get(0).messageIn(MessageCatalog.ZH_CN)).startsWith("不是以下之一：[企业法人 (ENTERPRISE_LEGAL_PERSON), ");
  }

  @Test
  void constants_read_in_any_case_labels_after_normalisation() {
    assertThat(EnumLabels.parse(DeliveryMode.class, "offline")).hasValue(DeliveryMode.OFFLINE);
    assertThat(EnumLabels.parse(DeliveryMode.class, " Blended ")).hasValue(DeliveryMode.BLENDED);
    assertThat(EnumLabels.parse(DeliveryMode.class, "线上线下结合")).hasValue(DeliveryMode.BLENDED);
    assertThat(EnumLabels.parse(AttendanceMethod.class, "人脸 识别")).hasValue(AttendanceMethod.FACE);
    assertThat(EnumLabels.parse(org.ducha.model.ClassDocumentType.class, "综合评估(考评)报告"))
        .hasValue(org.ducha.model.ClassDocumentType.EVALUATION_REPORT);
    assertThat(EnumLabels.parse(DeliveryMode.class, "线下教学")).isEmpty();
    assertThat(EnumLabels.parse(DeliveryMode.class, "OFF_LINE")).isEmpty();
    assertThat(EnumLabels.parse(DeliveryMode.class, "")).isEmpty();
    assertThat(EnumLabels.parse(DeliveryMode.class, null)).isEmpty();
    assertThat(EnumLabels.label(LegalForm.PUBLIC_INSTITUTION_LEGAL_PERSON)).isEqualTo("事业单位法人");
  }

  @Test
  void every_model_constant_has_a_label_unique_in_its_enum_and_the_table_names_nothing_else() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Class<? extends Enum<?>> type : MODEL_ENUMS) {
      for (Enum<?> e : type.getEnumConstants()) {
        assertThat(EnumLabels.labels(e)).as("%s.%s", type.getSimpleName(), e.name()).isNotEmpty();
        for (String label : EnumLabels.labels(e)) {
          assertThat(EnumLabels.find(type, label)).as("label %s", label).isSameAs(e);
        }
        keys.add(type.getSimpleName() + "." + e.name());
      }
    }
    Properties table = new Properties();
    try (InputStream in = EnumLabels.class.getResourceAsStream("enum-labels.properties")) {
      table.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(new TreeSet<>(table.stringPropertyNames())).isEqualTo(keys);
  }

  @Test
  void the_readme_enumeration_table_shows_each_constant_with_its_usual_label() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (Class<? extends Enum<?>> type : MODEL_ENUMS) {
      for (Enum<?> e : type.getEnumConstants()) {
        assertThat(readme).as("%s.%s", type.getSimpleName(), e.name())
            .containsPattern("\\| `" + e.name() + "` \\| " + java.util.regex.Pattern.quote(EnumLabels.label(e)));
      }
    }
  }

  @Test
  void dates_in_the_forms_chinese_users_type() {
    LocalDate d = LocalDate.of(2022, 3, 7);
    for (String s : List.of("2022-03-07", "2022-3-7", "2022/3/7", "2022/03/07", "2022.3.7", "2022年3月7日", "2022年03月07日",
        " 2022/3/7 ")) {
      assertThat(InputDates.parse(s)).as(s).hasValue(d);
    }
    assertThat(InputDates.parse("2022年12月31日")).hasValue(LocalDate.of(2022, 12, 31));
    for (String s : List.of("2022/2/29", "2024年2月30日", "2022-13-1", "2022/3-7", "2022.3/7", "22/3/7", "2022年3月7",
        "2022年3-7日", "2022/3/", "2022/123/7", "2022/3/777", "3/7/2022", "2022-03-07T00:00", "", "二〇二二年三月七日")) {
      assertThat(InputDates.parse(s)).as(s).isEmpty();
    }
    assertThat(InputDates.parse("2024/2/29")).hasValue(LocalDate.of(2024, 2, 29));
  }
}
