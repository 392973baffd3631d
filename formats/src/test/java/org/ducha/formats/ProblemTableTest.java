package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.ducha.engine.MessageCatalog;
import org.ducha.tracking.TrackedReport;
import org.junit.jupiter.api.Test;

/** The format-neutral problem table, with and without tracking. */
class ProblemTableTest {

  private final TableFixtures fx = new TableFixtures();

  private static List<String> keys(List<ProblemTable.Column> columns) {
    return columns.stream().map(ProblemTable.Column::key).toList();
  }

  @Test
  void without_tracking_the_annex_has_one_row_per_item_with_its_group_and_severities() {
    ReportContext ctx = fx.context(MessageCatalog.ZH_CN);
    ProblemTable table = ProblemTable.of(fx.plain(), ctx);

    assertThat(table.tracked()).isFalse();
    assertThat(keys(table.columns())).containsExactly("number", "institution", "problems", "remarks");
    assertThat(table.columns()).extracting(ProblemTable.Column::title).containsExactly("序号", "机构", "存在问题", "备注");
    assertThat(table.columns()).extracting(ProblemTable.Column::perInstitution).containsExactly(true, true, false, true);
    assertThat(table.sections()).hasSize(3);

    ProblemTable.Section a = table.sections().get(0);
    assertThat(a.number()).isEqualTo(1);
    assertThat(a.institution()).isEqualTo(new ProblemTable.Label("a", "甲机构"));
    assertThat(a.current()).isTrue();
    assertThat(a.rows()).hasSize(2);
    // The notice's order puts archive before facilities, whatever the order of the findings.
    ProblemTable.Row archive = a.rows().get(0);
    assertThat(archive.kind()).isEqualTo(ProblemTable.RowKind.ITEM);
    assertThat(archive.item()).isEqualTo(OptionalInt.of(1));
    assertThat(archive.group()).hasValue(new ProblemTable.Label("archive", "培训考核档案管理不规范"));
    assertThat(archive.severities()).extracting(ProblemTable.Label::id).containsExactly("CRITICAL", "MINOR");
    assertThat(archive.texts()).hasSize(4);
    assertThat(archive.cell(ProblemTable.NUMBER)).isEqualTo("1");
    assertThat(archive.cell(ProblemTable.INSTITUTION)).isEqualTo("甲机构");
    assertThat(archive.cell(ProblemTable.PROBLEMS)).startsWith("1、").contains("房间r2").contains("房间r3").doesNotContain("房间r1");
    assertThat(archive.cell(ProblemTable.REMARKS)).isEqualTo(a.remark()).contains("兼考试点");
    assertThat(archive.cell(ProblemTable.TRACKING)).isEmpty();
    ProblemTable.Row facilities = a.rows().get(1);
    assertThat(facilities.item()).isEqualTo(OptionalInt.of(2));
    assertThat(facilities.group().orElseThrow().id()).isEqualTo("facilities");
    assertThat(facilities.severities()).extracting(ProblemTable.Label::text).containsExactly("较重");
    assertThat(facilities.cell(ProblemTable.PROBLEMS)).startsWith("2、").contains("房间r1");

    ProblemTable.Row clean = table.sections().get(1).rows().get(0);
    assertThat(table.sections().get(1).rows()).hasSize(1);
    assertThat(clean.kind()).isEqualTo(ProblemTable.RowKind.NO_PROBLEMS);
    assertThat(clean.item()).isEmpty();
    assertThat(clean.group()).isEmpty();
    assertThat(clean.severities()).isEmpty();
    assertThat(clean.cell(ProblemTable.PROBLEMS)).isEqualTo("未发现问题");

    ProblemTable.Section c = table.sections().get(2);
    assertThat(c.rows()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ProblemTable.RowKind.NOT_INSPECTED);
      assertThat(r.cell(ProblemTable.PROBLEMS)).startsWith("未检查");
    });

    assertThat(table.groups()).extracting(ProblemTable.Label::id).containsExactly("archive", "facilities");
    assertThat(table.severities()).extracting(ProblemTable.Label::id).containsExactly("CRITICAL", "MAJOR", "MINOR");
    assertThat(table.institutions()).extracting(ProblemTable.Label::id).containsExactly("a", "b", "c");
    assertThat(table.departed()).isEmpty();
  }

  @Test
  void without_tracking_the_finding_lines_have_the_thirteen_columns() {
    ProblemTable table = ProblemTable.of(fx.plain(), fx.context(MessageCatalog.EN));

    assertThat(table.findingColumns()).extracting(ProblemTable.Column::title).containsExactlyElementsOf(CsvWriter.COLUMNS_EN);
    assertThat(keys(table.findingColumns())).startsWith("number", "institution").contains("severity", "fingerprint").hasSize(13);
    List<ProblemTable.Line> lines = table.sections().get(0).lines();
    assertThat(lines).hasSize(3).allSatisfy(l -> {
      assertThat(l.kind()).isEqualTo(ProblemTable.LineKind.FINDING);
      assertThat(l.cells()).hasSize(13);
    });
    // Item 1 (archive) gathers r2 and r3; item 2 (facilities) is r1.
    assertThat(lines).extracting(l -> l.cells().get(4) + " " + l.cells().get(8)).containsExactly("1 房间r2", "1 房间r3", "2 房间r1");
    assertThat(lines.get(0).cells().get(7)).isEqualTo("Critical");
    assertThat(table.sections().get(1).lines()).isEmpty();
    assertThat(table.sections().get(2).lines()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(ProblemTable.LineKind.NOT_INSPECTED);
      assertThat(l.cells().get(11)).contains("c.yaml:3:4");
    });
  }

  @Test
  void with_tracking_the_table_adds_the_follow_up_column_the_gone_findings_and_the_departed_institutions() {
    TrackedReport t = fx.followUp();
    ProblemTable table = ProblemTable.of(t.report(), fx.context(MessageCatalog.ZH_CN).withTracking(t.tracking()));

    assertThat(table.tracked()).isTrue();
    assertThat(keys(table.columns())).containsExactly("number", "institution", "problems", "tracking", "remarks");
    assertThat(table.columns().get(3).title()).isEqualTo("整改跟踪");
    ProblemTable.Section a = table.sections().get(0);
    // Archive: r2 still there, r4 new; facilities: r1 still there.
    assertThat(a.rows().get(0).cell(ProblemTable.TRACKING)).contains("新发现 1 处").contains("仍存在 1 处");
    assertThat(a.rows().get(1).cell(ProblemTable.TRACKING)).startsWith("仍存在").contains("首次发现：2022年4月24日");
    assertThat(a.rows().get(0).texts()).hasSize(5);

    assertThat(keys(table.findingColumns())).hasSize(21).endsWith("state", "first-seen", "inspections", "raised-from", "responsible",
        "deadline", "waived-until", "waiver");
    assertThat(a.lines()).extracting(ProblemTable.Line::kind).containsExactly(ProblemTable.LineKind.FINDING, ProblemTable.LineKind.FINDING,
        ProblemTable.LineKind.FINDING, ProblemTable.LineKind.GONE);
    ProblemTable.Line gone = a.lines().get(3);
    assertThat(gone.cells()).hasSize(21);
    assertThat(gone.cells().get(4)).as("no item number").isEmpty();
    assertThat(gone.cells().get(8)).isEqualTo("房间r3");
    assertThat(gone.cells().get(13)).isEqualTo("已整改");

    ProblemTable.Section b = table.sections().get(1);
    assertThat(b.rows()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ProblemTable.RowKind.NO_PROBLEMS);
      assertThat(r.cell(ProblemTable.TRACKING)).isEmpty();
    });
    assertThat(b.lines()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(ProblemTable.LineKind.GONE);
      assertThat(l.cells().get(8)).isEqualTo("房间r9");
    });

    assertThat(table.departed()).singleElement().satisfies(d -> {
      assertThat(d.number()).isEqualTo(3);
      assertThat(d.institution()).isEqualTo(new ProblemTable.Label("d", "丁机构"));
      assertThat(d.current()).isFalse();
      assertThat(d.rows()).isEmpty();
      assertThat(d.lines()).singleElement().satisfies(l -> {
        assertThat(l.kind()).isEqualTo(ProblemTable.LineKind.GONE);
        assertThat(l.cells().get(0)).isEqualTo("3");
        assertThat(l.cells().get(8)).isEqualTo("房间r7");
      });
    });
  }

  @Test
  void sections_are_made_when_read_and_read_the_same_twice() {
    ProblemTable table = ProblemTable.of(fx.plain(), fx.context(MessageCatalog.ZH_CN));

    assertThat(table.sections().get(0)).isEqualTo(table.sections().get(0));
    assertThat(table.sections()).hasSize(table.problemList().institutions().size());
  }
}
