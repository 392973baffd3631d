package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ducha.check.CheckDescriptor;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed catalogue in docs/ is what the loaded packs' descriptors give. */
class CatalogueDocumentTest {

  /** The repository's docs folder, seen from the cli module (the tests' working directory). */
  private static final Path DOCS = Path.of("..", "docs");

  private final Inspector inspector = Inspector.builder().build();

  @Test
  void the_committed_catalogue_is_up_to_date() throws IOException {
    for (Map.Entry<String, String> e : CatalogueDocument.render(inspector).entrySet()) {
      Path committed = DOCS.resolve(e.getKey());
      String expected = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : null;
      if (!e.getValue().equals(expected)) {
        fail("docs/" + e.getKey() + (expected == null ? " is missing" : " differs from what the loaded packs give"
            + firstDifference(expected, e.getValue())) + ".\nRegenerate it from the repository root with:\n  "
            + CatalogueDocument.REGENERATE + "\nand commit docs/checks.md and docs/checks.zh-CN.md.");
      }
    }
  }

  private static String firstDifference(String committed, String generated) {
    String[] a = committed.split("\n", -1);
    String[] b = generated.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "(end of file)";
      String y = i < b.length ? b[i] : "(end of file)";
      if (!x.equals(y)) {
        return " (first at line " + (i + 1) + ":\n  committed: " + x + "\n  generated: " + y + ")";
      }
    }
    return "";
  }

  @Test
  void every_check_of_every_loaded_pack_has_its_section_in_both_languages() {
    assertThat(inspector.packInfos()).extracting(p -> p.id()).contains("archive", "facilities", "governance", "staffing");
    for (String doc : CatalogueDocument.render(inspector).values()) {
      for (CheckDescriptor d : inspector.catalogue()) {
        assertThat(doc).contains("\n### `" + d.id() + "` ");
      }
      assertThat(doc).doesNotContain("⟦");
    }
  }

  @Test
  void a_check_shows_title_finding_wordings_regulations_and_dated_parameters() {
    String en = CatalogueDocument.render(inspector, MessageCatalog.EN);
    assertThat(en).contains("### `staffing.managers.too-few` Too few full-time managers".substring(0, 31))
        .contains("| `formalEmployeesOnly` | true/false | false; from 2024-07-01: true | — |")
        .contains("| `minManagers` | integer | 3 | 0 – 50 |")
        .contains("**Finding** (`governance.emergency-plan.outdated`): {title} not revised in time")
        .contains("- `governance.emergency-plan.outdated.undated`: {title} bears no issue or revision date")
        .contains("- AQ/T 8011-2016 3.1.2 安全培训机构基本条件")
        .contains("- Ducha's own judgement: No text read fixes a revision period")
        .contains("| Campaign | `zouguochang-2021` (checked only when a profile turns it on) |")
        .contains("| Applies to | Institutions that also operate an exam site |")
        .contains("| In force | 2021-11-01 to 2022-10-31 |");
    String zh = CatalogueDocument.render(inspector, MessageCatalog.ZH_CN);
    assertThat(zh).startsWith("# 检查项目目录\n").contains("| `formalEmployeesOnly` | 是/否 | false；2024-07-01 起：true | — |")
        .contains("| 严重程度 | MAJOR（");
  }

  @Test
  void the_same_packs_give_the_same_bytes() {
    assertThat(CatalogueDocument.render(Inspector.builder().build())).isEqualTo(CatalogueDocument.render(inspector));
  }

  @Test
  void ducha_docs_writes_both_files(@TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"docs", "--out", dir.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("checks.md").contains("checks.zh-CN.md");
    Map<String, String> expected = CatalogueDocument.render(inspector);
    for (String name : List.of("checks.md", "checks.zh-CN.md")) {
      assertThat(Files.readString(dir.resolve(name), StandardCharsets.UTF_8)).isEqualTo(expected.get(name));
    }
  }
}
