package org.ducha.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ducha.check.CheckPack;
import org.ducha.cli.Main;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionAbortedException;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.formats.DataFormat;
import org.ducha.formats.JsonReportWriter;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault-injection pack run through the Inspector and through the command in-process: every misbehaving check is an
 * ERROR outcome of its own, the others' findings stay, every format shows which checks did not complete, and the exit
 * code says so. The time limit here (one second) is long enough for every well-behaved check on a loaded machine, so
 * that only the sleeping and looping checks are abandoned, and short enough to find them quickly; nothing is timed.
 */
class FaultInjectionTest {

  /** The time limit of the runs below, as a duration and as the command writes it. */
  private static final Duration LIMIT = Duration.ofSeconds(1);
  private static final String LIMIT_OPTION = "1s";

  @TempDir
  Path dir;

  @AfterEach
  void release() {
    FaultPack.generation++; // the abandoned looping checks end
  }

  private static Institution defective(String id, String name) {
    return Fixtures.cleanInstitution().with(b -> b.id(id).name(name).legalForm(LegalForm.INTERNAL_DEPARTMENT).parentOrganisation("某集团公司"));
  }

  private static Inspector inspector(Duration timeout) {
    return Inspector.builder().addPacks(new FaultPack()).checkTimeout(timeout).build();
  }

  @Test
  void every_faulty_check_is_an_error_of_its_own_and_the_other_checks_report_their_findings() {
    InstitutionReport r = inspector(LIMIT).inspect(defective("a", "甲机构"));

    for (String id : FaultPack.FAILING) {
      assertThat(r.outcome(id)).as(id).map(CheckOutcome::status).contains(OutcomeStatus.ERROR);
    }
    assertThat(r.outcome(FaultPack.THROWS).orElseThrow().errorKind()).contains(CheckOutcome.ErrorKind.THREW);
    assertThat(r.outcome(FaultPack.CHECKED).orElseThrow().error()).containsInstanceOf(IOException.class);
    assertThat(r.outcome(FaultPack.ERROR).orElseThrow().error()).hasValueSatisfying(e -> assertThat(e).isExactlyInstanceOf(Error.class));
    assertThat(r.outcome(FaultPack.STACK).orElseThrow().errorKind()).contains(CheckOutcome.ErrorKind.STACK_OVERFLOW);
    assertThat(r.outcome(FaultPack.INIT).orElseThrow().error()).hasValueSatisfying(e ->
        assertThat(e).isInstanceOfAny(ExceptionInInitializerError.class, NoClassDefFoundError.class));
    assertThat(r.outcome(FaultPack.SLEEPS).orElseThrow().errorKind()).contains(CheckOutcome.ErrorKind.TIMED_OUT);
    assertThat(r.outcome(FaultPack.LOOPS).orElseThrow().errorKind()).contains(CheckOutcome.ErrorKind.TIMED_OUT);
    // Interrupting itself is no failure, and the interrupt does not leak into the next check.
    assertThat(r.outcome(FaultPack.INTERRUPTS)).map(CheckOutcome::status).contains(OutcomeStatus.PASS);
    assertThat(r.outcome(FaultPack.NAPS)).map(CheckOutcome::status).contains(OutcomeStatus.PASS);
    assertThat(r.findings()).extracting(Finding::checkId).contains("governance.legal-entity.not-independent");
  }

  @Test
  void without_a_time_limit_the_checks_run_on_the_calling_thread_and_throwing_ones_are_still_errors() {
    Inspector inspector = Inspector.builder().addPacks(new FaultPack()).profile(
        org.ducha.engine.Profile.builder("no-hangs").disable(FaultPack.SLEEPS).disable(FaultPack.LOOPS).build())
        .checkTimeout(Duration.ZERO).build();
    InstitutionReport r = inspector.inspect(defective("a", "甲机构"));

    for (String id : List.of(FaultPack.THROWS, FaultPack.CHECKED, FaultPack.ERROR, FaultPack.STACK, FaultPack.INIT)) {
      assertThat(r.outcome(id)).as(id).map(CheckOutcome::status).contains(OutcomeStatus.ERROR);
    }
    assertThat(r.outcome(FaultPack.NAPS)).map(CheckOutcome::status).contains(OutcomeStatus.PASS);
    assertThat(Thread.interrupted()).as("the calling thread's interrupt is cleared for the next check, not left set").isFalse();
    assertThat(r.findings()).extracting(Finding::checkId).contains("governance.legal-entity.not-independent");
  }

  @Test
  void a_batch_goes_on_after_faulty_checks_and_every_institution_is_inspected() {
    InspectionReport report = inspector(LIMIT).inspect(Optional.empty(),
        java.util.stream.Stream.of(defective("a", "甲机构"), defective("b", "乙机构")));

    assertThat(report.institutions()).hasSize(2).allSatisfy(r -> {
      assertThat(r.outcome(FaultPack.LOOPS)).map(CheckOutcome::status).contains(OutcomeStatus.ERROR);
      assertThat(r.findings()).extracting(Finding::checkId).contains("governance.legal-entity.not-independent");
    });
  }

  @Test
  void a_parallel_batch_runs_the_checks_on_its_own_threads_and_still_abandons_the_hanging_ones() {
    Inspector inspector = Inspector.builder().addPacks(new FaultPack()).checkTimeout(LIMIT).parallelism(2).build();
    InspectionReport report = inspector.inspect(Optional.empty(),
        java.util.stream.Stream.of(defective("a", "甲机构"), defective("b", "乙机构"), defective("c", "丙机构")));

    assertThat(report.institutions()).extracting(InstitutionReport::institutionId).containsExactly("a", "b", "c");
    assertThat(report.institutions()).allSatisfy(r -> {
      assertThat(r.outcome(FaultPack.LOOPS).orElseThrow().errorKind()).contains(CheckOutcome.ErrorKind.TIMED_OUT);
      assertThat(r.outcome(FaultPack.SLEEPS).orElseThrow().errorKind()).contains(CheckOutcome.ErrorKind.TIMED_OUT);
      assertThat(r.outcome(FaultPack.INTERRUPTS)).map(CheckOutcome::status).contains(OutcomeStatus.PASS);
      assertThat(r.outcome(FaultPack.NAPS)).map(CheckOutcome::status).contains(OutcomeStatus.PASS);
      assertThat(r.findings()).extracting(Finding::checkId).contains("governance.legal-entity.not-independent");
    });
  }

  @Test
  void too_many_abandoned_checks_still_running_stop_the_run_honestly() {
    Inspector inspector = Inspector.builder().addPacks(new FaultPack()).profile(org.ducha.engine.Profile.builder("loops-only")
        .disable(FaultPack.SLEEPS).build()).checkTimeout(Duration.ofMillis(100)).build();
    // Each institution leaves one looping check running; the fifth one over the cap of four stops the run.
    assertThatThrownBy(() -> {
      for (int i = 0; i < 10; i++) {
        inspector.inspect(defective("i" + i, "机构" + i));
      }
    }).isInstanceOfSatisfying(InspectionAbortedException.class,
        e -> assertThat(e.reason()).isEqualTo(InspectionAbortedException.Reason.TOO_MANY_RUNAWAY_CHECKS));
  }

  private record Run(int code, String out, String err) {}

  /** Runs the command in-process with the fault pack discovered beside Ducha's own packs. */
  private Run run(String... args) throws Exception {
    Path services = dir.resolve("services");
    Files.createDirectories(services.resolve("META-INF/services"));
    Files.writeString(services.resolve("META-INF/services/" + CheckPack.class.getName()), FaultPack.class.getName() + "\n");
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, before)) {
      Thread.currentThread().setContextClassLoader(loader);
      return call(() -> {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
      });
    } finally {
      Thread.currentThread().setContextClassLoader(before);
    }
  }

  private static <T> T call(Callable<T> c) throws Exception {
    return c.call();
  }

  private Path data() throws IOException {
    Path d = dir.resolve("data");
    Files.createDirectories(d);
    Files.writeString(d.resolve("a.yaml"), DataFormat.YAML.writeString(defective("a", "甲机构")), StandardCharsets.UTF_8);
    Files.writeString(d.resolve("b.yaml"), DataFormat.YAML.writeString(defective("b", "乙机构")), StandardCharsets.UTF_8);
    return d;
  }

  @Test
  void the_command_writes_every_format_with_the_checks_that_did_not_complete_and_exits_3() throws Exception {
    Path data = data();
    for (String format : List.of("md", "html", "csv", "json")) {
      Path out = dir.resolve("report." + format);
      Run r = run("inspect", data.toString(), "--check-timeout", LIMIT_OPTION, "--format", format, "--out", out.toString(), "--fail-on", "INFO");
      String report = Files.readString(out);

      assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(Main.INCOMPLETE);
      assertThat(r.err()).contains("检查项 " + FaultPack.LOOPS + " 在 甲机构（a）上未完成").contains("timed out")
          .contains("检查项 " + FaultPack.THROWS + " 在 乙机构（b）上未完成").doesNotContain("\u001b");
      for (String id : FaultPack.FAILING) {
        assertThat(report).as(format + " names " + id).contains(id);
      }
      assertThat(report).as(format).doesNotContain("at org.ducha").doesNotContain("\tat ");
      if (!format.equals("json")) {
        assertThat(report).as(format + " shows no exception class or message")
            .doesNotContain("IllegalStateException").doesNotContain("boom").doesNotContain("java.");
      }
      switch (format) {
        case "md" -> assertThat(report).contains("有 14 项检查未能完成（涉及甲机构、乙机构）").contains("## 未能完成的检查")
            .contains("- faults.loops：检查超时未完成，已放弃").contains("- faults.throws.stack-overflow：检查运行出错（栈溢出），未能完成")
            .contains("7项检查未完成");
        case "html" -> assertThat(report).contains("<h2>未能完成的检查</h2>").contains("<li>faults.sleeps：检查超时未完成，已放弃</li>");
        case "csv" -> assertThat(report).contains(",faults.throws.checked,,,检查未能完成：检查运行出错（抛出异常），未能完成,");
        default -> {
          InspectionReport back = JsonReportWriter.read(out);
          CheckOutcome o = back.institutions().get(0).outcome(FaultPack.THROWS).orElseThrow();
          assertThat(o.status()).isEqualTo(OutcomeStatus.ERROR);
          assertThat(o.errorKind()).contains(CheckOutcome.ErrorKind.THREW);
          assertThat(o.detail()).contains(IllegalStateException.class.getName() + ": " + FaultPack.HOSTILE_MESSAGE);
          assertThat(report).contains("\\u001B[31mred");
        }
      }
      // The other checks' findings are all there.
      assertThat(report).as(format).contains(format.equals("json") || format.equals("csv") ? "governance.legal-entity.not-independent" : "1、");
    }
  }

  @Test
  void the_command_on_stdout_shows_the_errors_and_exits_3_even_with_findings_above_fail_on() throws Exception {
    Run r = run("inspect", data().toString(), "--check-timeout", LIMIT_OPTION, "--fail-on", "INFO", "--locale", "en");

    assertThat(r.code()).isEqualTo(Main.INCOMPLETE);
    assertThat(r.out()).contains("## Checks that did not complete").contains("faults.loops: the check ran past its time limit and was abandoned")
        .contains("14 checks did not complete (at 甲机构, 乙机构)");
  }

  @Test
  void a_bad_check_timeout_is_bad_usage() throws Exception {
    Run r = run("inspect", data().toString(), "--check-timeout", "soon");

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("--check-timeout “soon”");
  }

  @Test
  void a_run_stopped_by_runaway_checks_writes_what_was_done_counts_listed_and_inspected_and_exits_3() throws Exception {
    Path d = dir.resolve("many");
    Files.createDirectories(d);
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      Files.writeString(d.resolve(i + ".yaml"), DataFormat.YAML.writeString(defective("i" + i, "机构" + i)), StandardCharsets.UTF_8);
      ids.append("- \"i").append(i).append("\"\n");
    }
    Files.writeString(d.resolve("inspection.yaml"), "id: \"t\"\nname: \"测试检查\"\nauthority: \"某局\"\nperiodStart: \"2022-04-19\"\n"
        + "periodEnd: \"2022-04-24\"\ninstitutionIds:\n" + ids, StandardCharsets.UTF_8);
    Path profile = dir.resolve("profile.yaml");
    Files.writeString(profile, "name: \"loops\"\ndisable: [\"" + FaultPack.SLEEPS + "\"]\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("r.md");

    Run r = run("inspect", d.toString(), "--profile", profile.toString(), "--check-timeout", "100ms", "--out", out.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Main.INCOMPLETE);
    assertThat(r.err()).contains("督查提前停止").contains("ignored being interrupted");
    String md = Files.readString(out);
    assertThat(md).contains("共列出培训机构（考试点）8家，检查了4家，4家未能检查").contains("机构0").contains("机构3")
        .contains("inspecting stopped early");
  }
}
