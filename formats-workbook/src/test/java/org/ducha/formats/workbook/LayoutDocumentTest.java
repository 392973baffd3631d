package org.ducha.formats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** formats-workbook/README.md shows the layout the reader reads: its sheet table is rendered from {@link Layout}. */
class LayoutDocumentTest {
  static final String START = "<!-- layout: generated from Layout by LayoutDocumentTest -->";
  static final String END = "<!-- end of layout -->";

  /** The sheets and columns as Markdown. */
  static String render() {
    StringBuilder sb = new StringBuilder();
    for (Layout.Sheet s : Layout.sheets()) {
      sb.append("\n#### ").append(s.name()).append("\n\n");
      sb.append(s.field() == null ? "The institution's own record: exactly one row."
          : s.map() ? "Named fields of `" + s.parent().name() + "` rows: each row one entry of `" + s.field() + "`."
          : "Each row one element of `" + s.field() + "` of " + (s.parent() == Layout.INSTITUTION ? "the institution"
              : "the `" + s.parent().name() + "` row named by " + String.join(" + ", s.parentKeys())) + ".");
      sb.append("\n\n| column | field | holds | required |\n|---|---|---|---|\n");
      for (String k : s.parentKeys()) {
        sb.append("| ").append(k).append(" | (names the parent row) | text | yes |\n");
      }
      for (Layout.Column c : s.columns()) {
        String holds = switch (c.kind()) {
          case TEXT -> "text";
          case DATE -> "date (Excel date, or text as 2022年3月7日, 2022/3/7, 2022-03-07)";
          case TIME -> "time (Excel time, or text 8:30 / 08:30)";
          case DECIMAL -> "number";
          case WHOLE -> "whole number";
          case BOOLEAN -> "是 / 否";
          case ENUM -> "`" + c.type().getSimpleName() + "` (drop-down of labels)";
          case TEXTS -> "texts separated by 、 , ; (full or half width)";
          case DATES -> "dates separated by 、";
          case ENUMS -> "`" + c.type().getSimpleName() + "` labels separated by 、";
        };
        sb.append("| ").append(c.header()).append(" | `").append(c.field()).append("` | ").append(holds).append(" | ")
            .append(c.required() ? "yes" : "no").append(" |\n");
      }
    }
    return sb.toString();
  }

  @Test
  void the_readme_shows_the_layout() throws IOException {
    Path readme = Path.of("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String expected = text.substring(0, text.indexOf(START) + START.length()) + "\n" + render() + "\n"
        + text.substring(text.indexOf(END));
    if (Boolean.getBoolean("ducha.regenerate")) {
      Files.writeString(readme, expected, StandardCharsets.UTF_8);
    }
    assertThat(text).isEqualTo(expected);
  }
}
