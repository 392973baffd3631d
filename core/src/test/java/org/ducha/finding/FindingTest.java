package org.ducha.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ducha.check.RegulationRef;
import org.junit.jupiter.api.Test;

/** A finding holds a message key and typed arguments, never text, and refuses values it could not render. */
class FindingTest {

  private static final Subject SUBJECT = Subject.of(SubjectKind.CLASS, "c-1", "低压电工初训班");
  private static final List<RegulationRef> RULES = List.of(RegulationRef.projectJudgement("test"));

  private static Finding withArguments(Map<String, Object> arguments) {
    return new Finding("demo.class.too-large", Severity.MAJOR, Group.ARCHIVE, "inst-1", SUBJECT, "demo.class.too-large",
        arguments, Map.of(), RULES, null);
  }

  private static Finding withEvidence(Map<String, Object> evidence) {
    return new Finding("demo.class.too-large", Severity.MAJOR, Group.ARCHIVE, "inst-1", SUBJECT, "demo.class.too-large",
        Map.of(), evidence, RULES, null);
  }

  private static Map<String, Object> one(String name, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(name, value);
    return m;
  }

  @Test
  void accepts_every_supported_argument_type_keeping_insertion_order() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("text", "低压电工");
    args.put("count", 3);
    args.put("big", 3L);
    args.put("area", new BigDecimal("1.88"));
    args.put("bound", true);
    args.put("day", LocalDate.of(2021, 5, 6));
    args.put("time", LocalTime.of(8, 30));
    args.put("ids", List.of("t-1", "t-2"));

    Finding f = withArguments(args);

    assertThat(f.arguments()).containsExactlyEntriesOf(args);
    assertThat(f.arguments().keySet()).containsExactly("text", "count", "big", "area", "bound", "day", "time", "ids");
  }

  @Test
  void refuses_unsupported_argument_types_naming_the_argument_and_type() {
    assertThatThrownBy(() -> withArguments(one("ratio", 1.5d)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("argument ratio has unsupported type java.lang.Double");
    assertThatThrownBy(() -> withArguments(one("when", LocalDateTime.of(2021, 5, 6, 8, 30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("argument when has unsupported type java.time.LocalDateTime");
    assertThatThrownBy(() -> withArguments(one("thing", new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported type java.lang.Object");
    assertThatThrownBy(() -> withEvidence(one("lines", List.of(List.of("a")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence lines: list elements must be non-null scalars");
    assertThatThrownBy(() -> withEvidence(one("mixed", List.of("a", 2.0f))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported type java.lang.Float");
  }

  @Test
  void refuses_null_values_and_blank_names() {
    assertThatThrownBy(() -> withArguments(one("missing", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("argument missing must not be null");
    assertThatThrownBy(() -> withEvidence(one(" ", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence name must not be blank");
    assertThatThrownBy(() -> withEvidence(one("ids", Arrays.asList("a", null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("list elements must be non-null scalars");
  }

  @Test
  void arguments_and_evidence_are_immutable_copies() {
    List<String> ids = new ArrayList<>(List.of("t-1"));
    Map<String, Object> args = one("ids", ids);

    Finding f = withArguments(args);
    ids.add("t-2");
    args.put("late", "x");

    assertThat(f.arguments()).containsExactly(Map.entry("ids", List.of("t-1")));
    assertThatThrownBy(() -> f.arguments().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(withEvidence(null).evidence()).isEmpty();
  }

  @Test
  void requires_its_identity_fields() {
    assertThatThrownBy(() -> new Finding(" ", Severity.MAJOR, Group.ARCHIVE, "inst-1", SUBJECT, "k", Map.of(), Map.of(), RULES, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("checkId");
    assertThatThrownBy(() -> new Finding("a.b", Severity.MAJOR, Group.ARCHIVE, "", SUBJECT, "k", Map.of(), Map.of(), RULES, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("institutionId");
    assertThatThrownBy(() -> new Finding("a.b", Severity.MAJOR, Group.ARCHIVE, "inst-1", SUBJECT, "", Map.of(), Map.of(), RULES, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageKey");
  }

  @Test
  void severities_are_ordered_by_seriousness() {
    assertThat(Severity.CRITICAL.atLeast(Severity.MAJOR)).isTrue();
    assertThat(Severity.MAJOR.atLeast(Severity.MAJOR)).isTrue();
    assertThat(Severity.MINOR.atLeast(Severity.MAJOR)).isFalse();
  }

  @Test
  void groups_sort_by_order_then_id() {
    List<Group> groups = new ArrayList<>(List.of(Group.FACILITIES, new Group("shanxi", 20), Group.GOVERNANCE, Group.ARCHIVE));
    groups.sort(null);

    assertThat(groups).extracting(Group::id).containsExactly("governance", "archive", "shanxi", "facilities");
    assertThat(Group.ARCHIVE.titleKey()).isEqualTo("group.archive");
    assertThatThrownBy(() -> new Group("Bad Group", 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad Group");
  }
}
