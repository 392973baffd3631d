package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The input problems of an institution that was not inspected, printed in the report's language by every writer. */
class ProblemLanguageTest {

  private static final String ZH = "此处的值无法读取";
  private static final String EN = "this value cannot be read here";

  private final Inspector inspector = Inspector.builder().discoverPacks(false).build();

  private String write(ReportFormat format, Locale locale) throws IOException {
    InstitutionReport bad = InstitutionReport.notInspected("x", "坏机构", false, Optional.empty(),
        List.of(InputProblem.keyed("hours", "abc", "input.value.unreadable").at("x.json", 3, 4)));
    InspectionReport report = inspector.report(Optional.empty(), List.of(bad));
    StringWriter w = new StringWriter();
    ReportWriter.of(format).write(report, ReportContext.of(inspector).withLocale(locale), w);
    return w.toString();
  }

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"MD", "HTML", "CSV"})
  void a_chinese_report_says_the_problem_in_chinese(ReportFormat format) throws IOException {
    assertThat(write(format, MessageCatalog.ZH_CN)).contains("x.json:3:4").contains(ZH).doesNotContain(EN);
  }

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"MD", "HTML", "CSV"})
  void an_english_report_says_it_in_english(ReportFormat format) throws IOException {
    assertThat(write(format, MessageCatalog.EN)).contains("x.json:3:4").contains(EN).doesNotContain(ZH);
  }
}
