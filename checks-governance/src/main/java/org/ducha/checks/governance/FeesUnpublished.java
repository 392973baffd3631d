package org.ducha.checks.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.model.TrainingClass;

/**
 * 培训费用未公示: the institution's training fees were not published to trainees before their class began.
 *
 * <ul>
 *   <li>no fee schedule ({@link DocumentType#FEE_SCHEDULE_NOTICE}) on file: one finding about the institution;</li>
 *   <li>fee schedules, none of which bears an issue date on or before the inspection: one finding about the first,
 *       since publication cannot be shown ({@code <id>.undated});</li>
 *   <li>otherwise one finding per class that began within {@code withinMonths} months before the inspection (and
 *       not after it) but before the earliest dated fee schedule was issued ({@code <id>.late}).</li>
 * </ul>
 *
 * <p>An institution keeps its current fee schedule on file, and a superseded one is not always kept; so only the
 * classes of the last months are compared with the schedules on file, not every class of the archive.
 */
public final class FeesUnpublished implements Check {

  static final String ID = "governance.fees.unpublished";
  /** Message key: no fee schedule bears a date. */
  static final String UNDATED = ID + ".undated";
  /** Message key: a class began before the fee schedule was issued. */
  static final String LATE = ID + ".late";

  /** Classes that began this many months before the inspection are compared with the fee schedules. */
  static final Parameter<Integer> WITHIN_MONTHS = Parameter.ofInt(ID, "withinMonths", 3, 0, 120);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .topic("governance.fees")
      .severity(Severity.MAJOR)
      .regulation(RegulationRef.projectJudgement(
          "Fees not published to trainees (培训费用未公示) are among the typical violations published during the national campaign against training that goes through the motions; "
              + "the project's regulation notes hold no text stating the duty (the likely basis, 价格法 Art. 13 on clearly marked prices, was not read); "
              + "comparing only the classes of the last three months with the schedules on file is the project's own judgement"))
      .parameter(WITHIN_MONTHS)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    LocalDate date = context.inspectionDate();
    List<Document> notices = context.index().documents(DocumentType.FEE_SCHEDULE_NOTICE);
    if (notices.isEmpty()) {
      // The subject is the missing document inside the institution: its fingerprint stays until one is filed.
      context.finding(Subject.institution(institution)
              .child(SubjectKind.DOCUMENT, DocumentType.FEE_SCHEDULE_NOTICE.name(), "收费标准公示"))
          .evidence("documentType", DocumentType.FEE_SCHEDULE_NOTICE.name())
          .emit();
      return;
    }
    Optional<LocalDate> published = notices.stream().flatMap(d -> d.issuedOn().stream())
        .filter(d -> !d.isAfter(date)).min(LocalDate::compareTo);
    if (published.isEmpty()) {
      Document first = notices.get(0);
      context.finding(Subject.document(first))
          .messageKey(UNDATED)
          .arg("title", first.title())
          .evidence("notices", notices.size())
          .emit();
      return;
    }
    int withinMonths = context.parameter(WITHIN_MONTHS);
    LocalDate from = date.minusMonths(withinMonths);
    for (TrainingClass c : institution.classes()) {
      if (!c.start().isBefore(from) && !c.start().isAfter(date) && published.get().isAfter(c.start())) {
        context.finding(Subject.trainingClass(c))
            .messageKey(LATE)
            .arg("className", c.name())
            .arg("classDate", c.start())
            .arg("publishedOn", published.get())
            .evidence("publishedOn", published.get())
            .evidence("withinMonths", withinMonths)
            .emit();
      }
    }
  }
}
