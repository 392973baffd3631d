package org.ducha.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.ducha.check.Check;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.check.CollectContext;
import org.ducha.check.Fact;
import org.ducha.check.FactCodec;
import org.ducha.check.InspectionCheck;
import org.ducha.check.JudgeContext;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.StaffMember;

/**
 * A pack for the core's tests with one inspection-scope check: a staff identity number on the personnel files of two
 * institutions. An institution whose id starts with {@code boom} makes it throw while collecting; the number
 * {@link #JUDGE_BOOM} makes it throw while judging.
 */
public final class ScopePack implements CheckPack {

  public static final String ID = "scope";
  public static final String SHARED_STAFF = "scope.staff.shared";
  public static final IdentityNumber JUDGE_BOOM = IdentityNumber.withCheckDigit("11010119800101999");

  private static final List<InspectionCheck<?, ?>> CHECKS = List.of(new SharedStaff());

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
    return List.of();
  }

  @Override
  public List<InspectionCheck<?, ?>> inspectionChecks() {
    return CHECKS;
  }

  @Override
  public String messageBundle() {
    return "org/ducha/engine/testpacks/scope";
  }

  /** Facts: staff id by identity number; fires when the number is on the files of two institutions. */
  public static final class SharedStaff implements InspectionCheck<IdentityNumber, String> {
    private static final CheckDescriptor D = CheckDescriptor.builder(SHARED_STAFF, Group.STAFFING)
        .severity(Severity.MINOR).regulation(RegulationRef.projectJudgement("test rule")).build();

    private static final FactCodec<IdentityNumber, String> CODEC = new FactCodec<>() {
      @Override
      public void writeKey(IdentityNumber key, DataOutput out) throws IOException {
        out.writeLong(key.digits());
      }

      @Override
      public IdentityNumber readKey(DataInput in) throws IOException {
        return IdentityNumber.ofDigits(in.readLong());
      }

      @Override
      public void writeFact(String fact, DataOutput out) throws IOException {
        out.writeUTF(fact);
      }

      @Override
      public String readFact(DataInput in) throws IOException {
        return in.readUTF();
      }
    };

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public FactCodec<IdentityNumber, String> codec() {
      return CODEC;
    }

    @Override
    public void collect(Institution institution, CollectContext<IdentityNumber, String> context) {
      for (StaffMember s : institution.staff()) {
        s.identityNumber().ifPresent(n -> context.fact(n, s.id()));
      }
      if (institution.id().startsWith("boom")) {
        throw new IllegalStateException("collect failed on purpose");
      }
    }

    @Override
    public void judge(IdentityNumber key, List<Fact<String>> facts, JudgeContext context) {
      if (key.equals(JUDGE_BOOM)) {
        throw new IllegalStateException("judge failed on purpose");
      }
      TreeSet<String> institutions = new TreeSet<>();
      facts.forEach(f -> institutions.add(f.institution().id()));
      if (institutions.size() < 2) {
        return;
      }
      for (Fact<String> f : facts) {
        TreeSet<String> others = new TreeSet<>(institutions);
        others.remove(f.institution().id());
        context.finding(f.institution(), Subject.of(SubjectKind.STAFF, f.value(), f.value()))
            .arg("identityNumber", key.masked())
            .evidence("others", List.copyOf(others))
            .emit();
      }
    }
  }
}
