package org.ducha.testkit;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
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
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.StaffMember;

/**
 * A pack with inspection-scope checks only, for the test kit's own tests: {@code scopesample.staff.elsewhere} fires
 * when a staff identity number is on the files of another institution; {@code scopesample.staff.never} never fires.
 */
public final class ScopeSamplePack implements CheckPack {

  static final String ELSEWHERE = "scopesample.staff.elsewhere";
  static final String NEVER = "scopesample.staff.never";

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

  /** Fires on a staff identity number found at two institutions, or never. */
  static final class Elsewhere implements InspectionCheck<IdentityNumber, String> {
    private final CheckDescriptor descriptor;
    private final boolean fires;

    Elsewhere(String id, boolean fires) {
      this.descriptor = CheckDescriptor.builder(id, Group.STAFFING).regulation(RegulationRef.projectJudgement("test rule")).build();
      this.fires = fires;
    }

    @Override
    public CheckDescriptor descriptor() {
      return descriptor;
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
    }

    @Override
    public void judge(IdentityNumber key, List<Fact<String>> facts, JudgeContext context) {
      if (!fires || facts.stream().map(f -> f.institution().id()).distinct().count() < 2) {
        return;
      }
      for (Fact<String> f : facts) {
        context.finding(f.institution(), Subject.of(SubjectKind.STAFF, f.value(), f.value())).arg("identityNumber", key.masked()).emit();
      }
    }
  }

  private static final List<InspectionCheck<?, ?>> CHECKS = List.of(new Elsewhere(ELSEWHERE, true), new Elsewhere(NEVER, false));

  @Override
  public String id() {
    return "scopesample";
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
    return "org/ducha/testkit/testpacks/scopesample";
  }
}
