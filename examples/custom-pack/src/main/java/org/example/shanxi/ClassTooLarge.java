package org.example.shanxi;

import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.ClassIndex;
import org.ducha.check.Parameter;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;

/**
 * 培训班学员超员: a class taught at least partly in a classroom has more trainees than the local limit,
 * {@code maxTrainees} (50 unless a profile says otherwise). One finding per class.
 *
 * <p>No regulation read fixes a class size (see the domain notes: "Class-size cap: none found"); this is the
 * example's own local rule, and its regulation reference says so.
 */
public final class ClassTooLarge implements Check {

  static final String ID = "shanxi.class.too-large";

  /** Most trainees per class: the example's own number. */
  static final Parameter<Integer> MAX_TRAINEES = Parameter.ofInt(ID, "maxTrainees", 50, 1, 500);

  /** Institutions with a class that is not wholly online: class size matters in a classroom. */
  static final Applicability CLASSROOM_TRAINING = new Applicability("applicability.shanxi.classroom-training",
      i -> i.classes().stream().anyMatch(ClassTooLarge::inClassroom));

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, ShanxiPack.CHECKS_OF_SHANXI)
      .severity(Severity.MINOR)
      .regulation(ShanxiPack.exampleRule("每个培训班学员不超过50人"))
      .parameter(MAX_TRAINEES)
      .applicability(CLASSROOM_TRAINING)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  private static boolean inClassroom(TrainingClass c) {
    return c.mode() != DeliveryMode.ONLINE;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    int max = context.parameter(MAX_TRAINEES);
    for (TrainingClass c : institution.classes()) {
      if (!inClassroom(c) || c.trainees().size() <= max) {
        continue;
      }
      // How many of them the sign-in sheets show: one hash lookup per trainee through the shared class index.
      ClassIndex archive = context.index().of(c);
      int signedIn = 0;
      for (Trainee t : c.trainees()) {
        if (archive.attendanceOf(t.id()).stream().anyMatch(e -> e.signedIn())) {
          signedIn++;
        }
      }
      context.finding(Subject.trainingClass(c))
          .arg("className", c.name())
          .arg("start", c.start())
          .arg("count", c.trainees().size())
          .arg("max", max)
          .evidence("signedIn", signedIn)
          .emit();
    }
  }
}
