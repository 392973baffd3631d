package org.ducha.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.ducha.check.Applicability;
import org.ducha.check.Campaigns;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.check.InForce;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;
import org.ducha.model.TrainingClass;

/**
 * A small pack for the core's tests, added by hand. Its numbers are test values, not the regulations'.
 */
public final class DemoPack implements CheckPack {

  public static final String ID = "demo";
  public static final String ROOMS_NONE = "demo.rooms.none";
  public static final String CLASSROOM_TOO_SMALL = "demo.classroom.too-small";
  public static final String CLASS_TOO_LARGE = "demo.class.too-large";
  public static final String EXAM_SITE_NO_ROOM = "demo.exam-site.no-room";
  public static final String CAMPAIGN_NO_SELF_INSPECTION = "demo.campaign.no-self-inspection";
  public static final String RETIRED_RULE_NO_HEAD = "demo.retired-rule.no-head";

  /** The day the demo rulebook changed the classroom area per seat, like AQ 8011-2023 did. */
  public static final LocalDate NEW_RULEBOOK = LocalDate.of(2024, 7, 1);

  public static final Parameter<BigDecimal> MIN_AREA_PER_SEAT =
      Parameter.ofDecimal(CLASSROOM_TOO_SMALL, "minAreaPerSeat", "1.8", "0.5", "10")
          .changingOn(NEW_RULEBOOK, new BigDecimal("2.0"));
  public static final Parameter<Integer> MAX_TRAINEES = Parameter.ofInt(CLASS_TOO_LARGE, "maxTrainees", 50, 1, 500);
  /** Declared, not used: gives the parameter tests a boolean to get wrong. */
  public static final Parameter<Boolean> COUNT_EMPTY = Parameter.ofBoolean(CLASS_TOO_LARGE, "countEmptyClasses", false);

  private static final RegulationRef RULE = RegulationRef.projectJudgement("test rule of the core's test pack");

  private static final List<Check> CHECKS = List.of(
      new RoomsNone(), new ClassroomTooSmall(), new ClassTooLarge(), new ExamSiteNoRoom(),
      new CampaignNoSelfInspection(), new RetiredRuleNoHead());

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
    return "org/ducha/engine/testpacks/demo";
  }

  /** Fires once when the institution records no room at all. */
  public static final class RoomsNone implements Check {
    private static final CheckDescriptor D = CheckDescriptor.builder(ROOMS_NONE, Group.FACILITIES)
        .severity(Severity.MAJOR).regulation(RULE).build();

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      if (institution.rooms().isEmpty()) {
        context.finding(Subject.institution(institution))
            .arg("institutionName", institution.name())
            .arg("inspectedOn", context.inspectionDate())
            .emit();
      }
    }
  }

  /** Fires per theory classroom with less floor area per seat than {@link #MIN_AREA_PER_SEAT}. */
  public static final class ClassroomTooSmall implements Check {
    private static final CheckDescriptor D = CheckDescriptor.builder(CLASSROOM_TOO_SMALL, Group.FACILITIES)
        .severity(Severity.MINOR).regulation(RULE).parameter(MIN_AREA_PER_SEAT).build();

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      BigDecimal minimum = context.parameter(MIN_AREA_PER_SEAT);
      for (Room r : context.index().rooms(RoomKind.THEORY_CLASSROOM)) {
        if (r.seats() == 0) {
          continue;
        }
        BigDecimal perSeat = r.areaSquareMetres().divide(BigDecimal.valueOf(r.seats()), 2, RoundingMode.HALF_UP);
        if (perSeat.compareTo(minimum) < 0) {
          context.finding(Subject.room(r))
              .arg("roomName", r.name())
              .arg("areaPerSeat", perSeat)
              .arg("minimum", minimum)
              .evidence("seats", r.seats())
              .emit();
        }
      }
    }
  }

  /** Fires per class with more trainees than {@link #MAX_TRAINEES}. */
  public static final class ClassTooLarge implements Check {
    private static final CheckDescriptor D = CheckDescriptor.builder(CLASS_TOO_LARGE, Group.ARCHIVE)
        .severity(Severity.MAJOR).regulation(RULE).parameter(MAX_TRAINEES).parameter(COUNT_EMPTY).build();

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      int max = context.parameter(MAX_TRAINEES);
      for (TrainingClass c : institution.classes()) {
        if (c.trainees().size() > max) {
          context.finding(Subject.trainingClass(c))
              .arg("className", c.name())
              .arg("classDate", c.start())
              .arg("trainees", c.trainees().size())
              .arg("maximum", max)
              .emit();
        }
      }
    }
  }

  /** Applies to exam sites only: fires when the exam site names no room. */
  public static final class ExamSiteNoRoom implements Check {
    private static final CheckDescriptor D = CheckDescriptor.builder(EXAM_SITE_NO_ROOM, Group.FACILITIES)
        .regulation(RULE).applicability(Applicability.EXAM_SITES).build();

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      if (institution.examSite().orElseThrow().roomIds().isEmpty()) {
        context.finding(Subject.institution(institution)).emit();
      }
    }
  }

  /** A duty of the 2021–2022 campaign: fires when no self-inspection is recorded. */
  public static final class CampaignNoSelfInspection implements Check {
    private static final CheckDescriptor D = CheckDescriptor.builder(CAMPAIGN_NO_SELF_INSPECTION, Group.GOVERNANCE)
        .regulation(RULE).campaign(Campaigns.ZOUGUOCHANG_2021).build();

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      if (institution.selfInspections().isEmpty()) {
        context.finding(Subject.institution(institution)).emit();
      }
    }
  }

  /** A rule of the old rulebook only (to 2024-06-30): fires when no head is named. */
  public static final class RetiredRuleNoHead implements Check {
    private static final CheckDescriptor D = CheckDescriptor.builder(RETIRED_RULE_NO_HEAD, Group.STAFFING)
        .regulation(RULE).inForce(InForce.between(LocalDate.of(2017, 3, 1), NEW_RULEBOOK.minusDays(1))).build();

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      if (institution.headId().isEmpty()) {
        context.finding(Subject.institution(institution)).emit();
      }
    }
  }
}
