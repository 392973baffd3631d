package org.example.embedding;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Finding;

/**
 * Runs the example: the self-check of the sample centre, then the same centre with a student who has exam
 * results but never attended, and what the certificate gate decides in each case.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** Prints the self-checks and the certificate decisions. */
  public static void main(String[] args) {
    Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    SelfCheck selfCheck = new SelfCheck();
    CertificateGate gate = new CertificateGate(selfCheck);
    LocalDate day = SampleCentre.SELF_CHECK_DAY;

    Centre centre = SampleCentre.centre();
    print(out, "Records as kept", centre, day, selfCheck, gate);

    Course electricians = centre.courses().get(0).withEnrollment(SampleCentre.neverAttended("st-1-9", "孙悟"));
    print(out, "With a student who has results but never attended", centre.withCourse(electricians), day, selfCheck, gate);
  }

  private static void print(PrintStream out, String title, Centre centre, LocalDate day, SelfCheck selfCheck, CertificateGate gate) {
    out.println("== " + title + ": " + centre.name() + ", self-check of " + day);
    InstitutionReport report = selfCheck.run(centre, day);
    out.println(report.findings().size() + " finding(s) from " + report.outcomes().size() + " checks");
    for (Finding f : report.findings()) {
      out.println("  " + f.severity() + " " + f.checkId() + " [" + f.subject().fullLabel() + "] "
          + selfCheck.inspector().messages().message(f, MessageCatalog.ZH_CN));
    }
    for (CertificateGate.Decision d : gate.decide(centre, day)) {
      out.println("  certificates of " + d.courseCode() + ": " + (d.mayIssue() ? "may be issued" : "HELD — " + String.join("; ", d.reasons())));
    }
    out.println();
  }
}
