package org.example.shanxi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.model.TrainingClass;

/**
 * 培训费用未公示: the institution's training fees were not published to trainees before their class started.
 *
 * <ul>
 *   <li>no fee schedule ({@link DocumentType#FEE_SCHEDULE_NOTICE}) at all: one finding about the institution;</li>
 *   <li>fee schedules, none of which bears an issue date: one finding about the first, since publication before
 *       any class cannot be shown ({@code shanxi.fees.unpublished.undated});</li>
 *   <li>otherwise, one finding per class whose first day came before the earliest fee schedule was issued, or
 *       fewer than {@code minDaysBeforeStart} days after it ({@code shanxi.fees.unpublished.late}).</li>
 * </ul>
 *
 * <p>Stateless: everything it needs comes from the institution and the context. It reads the documents once,
 * through the shared index, and each class once.
 */
public final class FeesUnpublished implements Check {

  static final String ID = "shanxi.fees.unpublished";

  /** Message keys of the other wordings. */
  static final String UNDATED = ID + ".undated";
  static final String LATE = ID + ".late";

  /**
   * Fewest days between issuing the fee schedule and a class's first day. The example's own reading: 0, on or
   * before the first day.
   */
  static final Parameter<Integer> MIN_DAYS_BEFORE_START = Parameter.ofInt(ID, "minDaysBeforeStart", 0, 0, 60);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, ShanxiPack.CHECKS_OF_SHANXI)
      .severity(Severity.MINOR)
      // Clearly marked prices (明码标价) for services, including their charges (收费标准).
      .regulation(new RegulationRef("价格法", "第十三条", "中华人民共和国价格法"))
      .regulation(ShanxiPack.exampleRule("收费标准须在开班前向学员公示"))
      .parameter(MIN_DAYS_BEFORE_START)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    List<Document> notices = context.index().documents(DocumentType.FEE_SCHEDULE_NOTICE);
    if (notices.isEmpty()) {
      // The subject is the missing document, inside the institution: its fingerprint stays the same until one is filed.
      context.finding(Subject.institution(institution).child(SubjectKind.DOCUMENT, DocumentType.FEE_SCHEDULE_NOTICE.name(), "收费标准公示"))
          .evidence("documentType", DocumentType.FEE_SCHEDULE_NOTICE.name())
          .emit();
      return;
    }
    Optional<LocalDate> published = notices.stream().flatMap(d -> d.issuedOn().stream()).min(LocalDate::compareTo);
    if (published.isEmpty()) {
      Document first = notices.get(0);
      context.finding(Subject.document(first))
          .messageKey(UNDATED)
          .arg("title", first.title())
          .evidence("notices", notices.size())
          .emit();
      return;
    }
    int minDays = context.parameter(MIN_DAYS_BEFORE_START);
    for (TrainingClass c : institution.classes()) {
      LocalDate dueBy = c.start().minusDays(minDays);
      if (published.get().isAfter(dueBy)) {
        context.finding(Subject.trainingClass(c))
            .messageKey(LATE)
            .arg("className", c.name())
            .arg("start", c.start())
            .arg("publishedOn", published.get())
            .arg("dueBy", dueBy)
            .evidence("minDaysBeforeStart", minDays)
            .emit();
      }
    }
  }
}
