package org.ducha.engine;

import com.google.common.base.Suppliers;
import java.util.List;
import java.util.function.Supplier;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.model.Institution;

/** Packs that the inspector must refuse to load, each for one reason. */
final class BrokenPacks {
  private BrokenPacks() {}

  /** A pack with a fixed id and checks, created on first use. */
  abstract static class TestPack implements CheckPack {
    private final String id;
    private final Supplier<List<Check>> checks;

    TestPack(String id, Supplier<List<Check>> checks) {
      this.id = id;
      this.checks = Suppliers.memoize(checks::get);
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String version() {
      return "1.0.0";
    }

    @Override
    public List<Check> checks() {
      return checks.get();
    }

    @Override
    public String messageBundle() {
      return "org/ducha/engine/testpacks/none";
    }
  }

  /** A check that finds nothing, with a descriptor for {@code id}. */
  abstract static class Quiet implements Check {
    private final CheckDescriptor descriptor;

    Quiet(String id) {
      this.descriptor = descriptor(id);
    }

    static CheckDescriptor descriptor(String id) {
      return CheckDescriptor.builder(id, Group.FACILITIES).regulation(RegulationRef.projectJudgement("test")).build();
    }

    @Override
    public CheckDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {}
  }

  // --- a malformed check id, found when the descriptor is asked for ---

  static final class MalformedIdCheck implements Check {
    static final String BAD_ID = "malformed.Rooms_None";

    @Override
    public CheckDescriptor descriptor() {
      return Quiet.descriptor(BAD_ID);
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {}
  }

  static final class MalformedIdPack extends TestPack {
    MalformedIdPack() {
      super("malformed", () -> List.of(new MalformedIdCheck()));
    }
  }

  // --- a malformed check id in a static descriptor, as first-party checks declare theirs ---

  static final class StaticMalformedIdCheck implements Check {
    static final String BAD_ID = "static.No Spaces Allowed";
    private static final CheckDescriptor D = Quiet.descriptor(BAD_ID);

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {}
  }

  static final class StaticMalformedIdPack extends TestPack {
    StaticMalformedIdPack() {
      super("static", () -> List.of(new StaticMalformedIdCheck()));
    }
  }

  // --- two checks with one id ---

  static final class TwinFirst extends Quiet {
    TwinFirst() {
      super("twin.rooms.none");
    }
  }

  static final class TwinSecond extends Quiet {
    TwinSecond() {
      super("twin.rooms.none");
    }
  }

  static final class TwinPack extends TestPack {
    TwinPack() {
      super("twin", () -> List.of(new TwinFirst(), new TwinSecond()));
    }
  }

  // --- a check whose id does not start with its pack's id ---

  static final class ForeignCheck extends Quiet {
    ForeignCheck() {
      super("other.rooms.none");
    }
  }

  static final class WrongPrefixPack extends TestPack {
    WrongPrefixPack() {
      super("prefix", () -> List.of(new ForeignCheck()));
    }
  }

  // --- a reserved pack id outside org.ducha.checks ---

  static final class ArchiveLookalike extends Quiet {
    ArchiveLookalike() {
      super("archive.rooms.none");
    }
  }

  static final class ReservedIdPack extends TestPack {
    ReservedIdPack() {
      super("archive", () -> List.of(new ArchiveLookalike()));
    }
  }

  // --- two packs with one id (and so with the same check id) ---

  static final class ClashCheckOne extends Quiet {
    ClashCheckOne() {
      super("clash.rooms.none");
    }
  }

  static final class ClashCheckTwo extends Quiet {
    ClashCheckTwo() {
      super("clash.rooms.none");
    }
  }

  static final class ClashPackOne extends TestPack {
    ClashPackOne() {
      super("clash", () -> List.of(new ClashCheckOne()));
    }
  }

  static final class ClashPackTwo extends TestPack {
    ClashPackTwo() {
      super("clash", () -> List.of(new ClashCheckTwo()));
    }
  }

  // --- a malformed pack id ---

  static final class MalformedPackIdPack extends TestPack {
    MalformedPackIdPack() {
      super("Demo Pack", List::of);
    }
  }
}
