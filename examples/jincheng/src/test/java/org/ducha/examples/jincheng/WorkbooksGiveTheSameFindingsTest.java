package org.ducha.examples.jincheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.finding.Finding;
import org.ducha.formats.InspectionFiles;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.model.Institution;
import org.junit.jupiter.api.Test;

/**
 * The workbooks of {@code examples/jincheng-2022-xlsx} and the YAML files of {@code examples/jincheng-2022} hold the
 * same inspection: read back, every workbook is the institution its YAML file is, and inspecting both folders through
 * {@link InspectionFiles}, as the command does, gives the same institutions in the same order with the same findings
 * (fingerprints, check ids and severities).
 */
class WorkbooksGiveTheSameFindingsTest {

  private static final Path YAML = Path.of("../jincheng-2022");
  private static final Path XLSX = Path.of("../jincheng-2022-xlsx");

  private static List<Institution> read(Path folder) {
    try (Stream<InstitutionInput> s = InspectionReader.of(List.of(folder)).institutions()) {
      return s.map(i -> {
        assertThat(i.problems()).as("problems in %s", i).isEmpty();
        return i.institution().orElseThrow();
      }).toList();
    }
  }

  @Test
  void every_workbook_reads_back_as_the_institution_of_its_yaml_file() {
    List<Institution> yaml = read(YAML);
    List<Institution> xlsx = read(XLSX);
    assertThat(xlsx).hasSize(8);
    for (int i = 0; i < yaml.size(); i++) {
      assertThat(xlsx.get(i)).as(yaml.get(i).id()).isEqualTo(yaml.get(i));
    }
  }

  /** An institution's findings, as what identifies them across inspections and readers. */
  private static List<String> findings(InstitutionReport r) {
    return r.findings().stream().map(f -> f.fingerprint() + " " + f.checkId() + " " + f.severity()).sorted().toList();
  }

  @Test
  void both_folders_give_the_same_institutions_and_findings() {
    InspectionFiles.Result yaml = InspectionFiles.of(List.of(YAML)).inspect(Inspector.builder().build());
    InspectionFiles.Result xlsx = InspectionFiles.of(List.of(XLSX)).inspect(Inspector.builder().build());
    assertThat(xlsx.inspectionProblems()).isEmpty();
    assertThat(xlsx.unreadable()).isFalse();
    assertThat(xlsx.inspection()).isEqualTo(yaml.inspection());
    List<InstitutionReport> a = yaml.report().institutions();
    List<InstitutionReport> b = xlsx.report().institutions();
    assertThat(b).extracting(InstitutionReport::institutionId).containsExactlyElementsOf(a.stream().map(InstitutionReport::institutionId).toList())
        .containsExactlyElementsOf(JinchengArchive.institutionIds());
    long total = 0;
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).status()).isEqualTo(a.get(i).status());
      assertThat(findings(b.get(i))).as(a.get(i).institutionId()).isNotEmpty().containsExactlyElementsOf(findings(a.get(i)));
      total += b.get(i).findings().size();
    }
    assertThat(xlsx.report().findings().map(Finding::fingerprint).toList())
        .containsExactlyElementsOf(yaml.report().findings().map(Finding::fingerprint).toList());
    assertThat(total).isPositive();
  }
}
