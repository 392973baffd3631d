package org.ducha.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.Inspector;
import org.ducha.formats.DataFormat;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.formats.ReportContext;
import org.ducha.formats.ReportFormat;
import org.ducha.formats.ReportWriter;
import org.junit.jupiter.api.Test;

/**
 * ducha-formats under the host's Boot dependency management, without Spring: Boot 3.5 pins jackson-annotations
 * 2.19, older than Jackson 3 needs; formats must read and write all the same.
 */
class FormatsUnderBootTest {

  static final Path JINCHENG = Path.of("../../jincheng-2022");

  @Test
  void reads_an_institution_and_writes_a_json_report() throws Exception {
    byte[] yaml = Files.readAllBytes(JINCHENG.resolve("01-jincheng-exam-centre.yaml"));
    InstitutionInput in = InspectionReader.institution(yaml, DataFormat.YAML, "01.yaml");
    assertThat(in.problems()).isEmpty();
    Inspector inspector = Inspector.builder().build();
    InspectionReport report = inspector.report(Optional.empty(), List.of(inspector.inspect(in.institution().orElseThrow())));
    StringWriter out = new StringWriter();
    ReportWriter.of(ReportFormat.JSON).write(report, ReportContext.of(inspector), out);
    assertThat(out.toString()).contains("\"institutionId\"").contains(in.institution().get().id());
  }
}
