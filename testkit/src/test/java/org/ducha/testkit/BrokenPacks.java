package org.ducha.testkit;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.finding.Group;
import org.ducha.finding.Subject;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;

/** Packs that break the pack contract on purpose, one way or several. Not registered for ServiceLoader. */
final class BrokenPacks {
  private BrokenPacks() {}

  static final String DUPLICATE = "broken.dup.twice";
  static final String MESSAGE_MISSING = "broken.message.missing";
  static final String FLAKY = "broken.flaky.counter";
  static final String NEVER = "broken.never.fires";

  /** Whether the fixture has no fee schedule: what the broken checks look for. */
  static boolean noFees(Institution i) {
    return i.documents().stream().noneMatch(d -> d.type() == DocumentType.FEE_SCHEDULE_NOTICE);
  }

  /** A check with a fixed descriptor that fires when {@link #noFees} holds. */
  abstract static class Simple implements Check {
    private final CheckDescriptor descriptor;

    Simple(String id) {
      this.descriptor = CheckDescriptor.builder(id, Group.GOVERNANCE).regulation(SamplePack.RULE).build();
    }

    @Override
    public CheckDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      if (noFees(institution)) {
        context.finding(Subject.institution(institution)).emit();
      }
    }
  }

  public static final class DuplicateOne extends Simple {
    public DuplicateOne() {
      super(DUPLICATE);
    }
  }

  public static final class DuplicateTwo extends Simple {
    public DuplicateTwo() {
      super(DUPLICATE);
    }
  }

  /** Its title has a zh-CN text only. */
  public static final class MessageMissing extends Simple {
    public MessageMissing() {
      super(MESSAGE_MISSING);
    }
  }

  /** Keeps a counter across runs: the second inspection of the same records gives another argument. */
  public static final class Flaky extends Simple {
    private final AtomicInteger runs = new AtomicInteger();

    public Flaky() {
      super(FLAKY);
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      if (noFees(institution)) {
        context.finding(Subject.institution(institution)).arg("run", runs.incrementAndGet()).emit();
      }
    }
  }

  /** Looks for nothing. */
  public static final class Never extends Simple {
    public Never() {
      super(NEVER);
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      // finds nothing, ever
    }
  }

  /** Duplicate id, a missing message, a nondeterministic check and a check that never fires, all at once. */
  public static final class Broken implements CheckPack {
    private static final List<Check> CHECKS = List.of(new DuplicateOne(), new DuplicateTwo(), new MessageMissing(), new Flaky(), new Never());

    @Override
    public String id() {
      return "broken";
    }

    @Override
    public String version() {
      return "0.0.1";
    }

    @Override
    public List<Check> checks() {
      return CHECKS;
    }

    @Override
    public String messageBundle() {
      return "org/ducha/testkit/testpacks/broken";
    }
  }

  /** A pack of one check, with complete messages (the {@code single} bundle). */
  abstract static class Single implements CheckPack {
    private final List<Check> checks;

    Single(Check check) {
      this.checks = List.of(check);
    }

    @Override
    public String id() {
      return "broken";
    }

    @Override
    public String version() {
      return "0.0.1";
    }

    @Override
    public List<Check> checks() {
      return checks;
    }

    @Override
    public String messageBundle() {
      return "org/ducha/testkit/testpacks/single";
    }
  }

  public static final class OnlyNever extends Single {
    public OnlyNever() {
      super(new Never());
    }
  }

  public static final class OnlyFlaky extends Single {
    public OnlyFlaky() {
      super(new Flaky());
    }
  }

  /** Names the thread that ran it: the same on one thread, different across threads. */
  public static final class ThreadBound extends Simple {
    public ThreadBound() {
      super("broken.thread.bound");
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      if (noFees(institution)) {
        context.finding(Subject.institution(institution)).arg("run", Thread.currentThread().getName()).emit();
      }
    }
  }

  public static final class OnlyThreadBound extends Single {
    public OnlyThreadBound() {
      super(new ThreadBound());
    }
  }

  /** Applies to exam sites only. */
  public static final class ExamSiteOnly implements Check {
    private static final CheckDescriptor D = CheckDescriptor.builder("broken.exam-site.only", Group.GOVERNANCE)
        .regulation(SamplePack.RULE).applicability(Applicability.EXAM_SITES).build();

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      if (noFees(institution)) {
        context.finding(Subject.institution(institution)).emit();
      }
    }
  }

  public static final class OnlyExamSite extends Single {
    public OnlyExamSite() {
      super(new ExamSiteOnly());
    }
  }

  /** Fires on every institution, clean or not. */
  public static final class Noisy extends Simple {
    public Noisy() {
      super("broken.noisy.always");
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      context.finding(Subject.institution(institution)).emit();
    }
  }

  /** Throws on every institution. */
  public static final class Throwing extends Simple {
    public Throwing() {
      super("broken.throwing.always");
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      throw new IllegalStateException("the records of " + institution.id() + " surprised me");
    }
  }

  public static final class NoisyAndThrowing implements CheckPack {
    private static final List<Check> CHECKS = List.of(new Noisy(), new Throwing());

    @Override
    public String id() {
      return "broken";
    }

    @Override
    public String version() {
      return "0.0.1";
    }

    @Override
    public List<Check> checks() {
      return CHECKS;
    }

    @Override
    public String messageBundle() {
      return "org/ducha/testkit/testpacks/single";
    }
  }

  /** Claims a first-party pack id from outside org.ducha.checks, with a new check list on every call and no bundle. */
  public static final class Impostor implements CheckPack {
    @Override
    public String id() {
      return "archive";
    }

    @Override
    public String version() {
      return " ";
    }

    @Override
    public List<Check> checks() {
      return List.of(new Simple("archive.impostor.check") {});
    }

    @Override
    public String messageBundle() {
      return "org/ducha/testkit/testpacks/none";
    }
  }
}
