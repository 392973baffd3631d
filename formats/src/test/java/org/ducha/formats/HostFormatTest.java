package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.tracking.TrackedReport;
import org.junit.jupiter.api.Test;

/**
 * A host's own format is only a renderer of the {@link ProblemTable}: {@link TabSeparated}, registered in this
 * module's test resources as a {@link ReportFormatProvider}, writes the annex as tab-separated lines and knows nothing
 * of tracking, items or not-inspected institutions.
 */
class HostFormatTest {

  /** The host's format: the annex, one line per row, a tab between cells, the header first. */
  public static final class TabSeparated implements ReportFormatProvider {
    @Override public String name() { return "tsv"; }
    @Override public String extension() { return "tsv"; }
    @Override public String contentType() { return "text/tab-separated-values; charset=utf-8"; }
    @Override public boolean text() { return true; }

    @Override
    public void write(InspectionReport report, ReportContext context, OutputStream out) {
      ProblemTable table = ProblemTable.of(report, context);
      PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
      w.print(String.join("\t", table.columns().stream().map(ProblemTable.Column::title).toList()) + "\n");
      for (ProblemTable.Section s : table.sections()) {
        for (ProblemTable.Row row : s.rows()) {
          w.print(String.join("\t", row.texts().stream().map(t -> t.replace('\t', ' ').replace('\n', ' ')).toList()) + "\n");
        }
      }
      w.flush();
    }
  }

  private final TableFixtures fx = new TableFixtures();

  private static List<String> write(InspectionReport report, ReportContext ctx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormats.of("tsv").write(report, ctx, out);
    return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
  }

  @Test
  void the_host_format_is_found_by_name_after_the_built_in_ones() {
    assertThat(ReportFormats.names()).startsWith("md", "html", "csv", "json").contains("tsv");
    assertThat(ReportFormats.of("TSV")).isInstanceOf(TabSeparated.class);
  }

  @Test
  void it_renders_the_annex_of_a_plain_report() throws IOException {
    List<String> lines = write(fx.plain(), fx.context(MessageCatalog.ZH_CN));

    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo("序号\t机构\t存在问题\t备注");
    assertThat(lines.get(1)).startsWith("1\t甲机构\t1、").contains("房间r2");
    assertThat(lines.get(2)).startsWith("1\t甲机构\t2、").contains("房间r1");
    assertThat(lines.get(3)).startsWith("2\t乙机构\t未发现问题\t");
    assertThat(lines.get(4)).startsWith("3\t丙机构\t未检查");
  }

  @Test
  void the_same_renderer_shows_the_follow_up_of_a_tracked_report() throws IOException {
    TrackedReport t = fx.followUp();
    List<String> lines = write(t.report(), fx.context(MessageCatalog.EN).withTracking(t.tracking()));

    assertThat(lines.get(0).split("\t")).hasSize(5).contains("Follow-up");
    assertThat(lines.get(1).split("\t", -1)).hasSize(5);
    assertThat(lines.get(2)).contains("Persisting").contains("first seen");
  }
}
