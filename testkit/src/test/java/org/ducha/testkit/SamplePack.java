package org.ducha.testkit;

import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.model.TrainingClass;

/** A well-made pack for the test kit's own tests, registered for ServiceLoader in the test resources. */
public final class SamplePack implements CheckPack {
  public static final String ID = "sample";
  public static final String FEES = "sample.fees.unpublished";
  public static final String CLASS_SIZE = "sample.class.too-large";

  static final RegulationRef RULE = RegulationRef.projectJudgement("test rule of the test kit's own tests");

  private static final List<Check> CHECKS = List.of(new FeesUnpublished(), new ClassTooLarge());

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "1.0.0";
  }

  @Override
  public List<Check> checks() {
    return CHECKS;
  }

  @Override
  public String messageBundle() {
    return "org/ducha/testkit/testpacks/sample";
  }

  /** Fires once when the institution has no fee schedule. */
  public static final class FeesUnpublished implements Check {
    private static final CheckDescriptor D = CheckDescriptor.builder(FEES, Group.GOVERNANCE).severity(Severity.MINOR).regulation(RULE).build();

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      if (context.index().documents(DocumentType.FEE_SCHEDULE_NOTICE).isEmpty()) {
        context.finding(Subject.institution(institution).child(SubjectKind.DOCUMENT, DocumentType.FEE_SCHEDULE_NOTICE.name(), "收费标准公示"))
            .messageKey(FEES + ".none")
            .evidence("documentType", DocumentType.FEE_SCHEDULE_NOTICE.name())
            .emit();
      }
    }
  }

  /** Fires for each class with more trainees than {@code maxTrainees} (5 here, the size of the fixture's offline class). */
  public static final class ClassTooLarge implements Check {
    static final Parameter<Integer> MAX = Parameter.ofInt(CLASS_SIZE, "maxTrainees", 5, 1, 500);
    private static final CheckDescriptor D = CheckDescriptor.builder(CLASS_SIZE, Group.FACILITIES).severity(Severity.MAJOR)
        .regulation(RULE).parameter(MAX).build();

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      int max = context.parameter(MAX);
      for (TrainingClass c : institution.classes()) {
        if (c.trainees().size() > max) {
          context.finding(Subject.trainingClass(c)).arg("className", c.name()).arg("count", c.trainees().size()).arg("max", max)
              .evidence("trainees", c.trainees().size()).emit();
        }
      }
    }
  }
}
