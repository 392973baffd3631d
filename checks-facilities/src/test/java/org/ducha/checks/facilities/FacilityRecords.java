package org.ducha.checks.facilities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Finding;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentKind;
import org.ducha.model.EquipmentUse;
import org.ducha.model.ExamSite;
import org.ducha.model.Institution;
import org.ducha.model.Room;
import org.ducha.testkit.CheckTester;

/** Changed copies of the fixture's rooms and equipment, and the findings of a report, for this pack's tests. */
final class FacilityRecords {
  private FacilityRecords() {}

  static Institution mapEquipment(Institution inst, String id, UnaryOperator<Equipment> change) {
    return inst.with(b -> {
      boolean found = false;
      for (int i = 0; i < b.equipment.size(); i++) {
        if (b.equipment.get(i).id().equals(id)) {
          b.equipment.set(i, change.apply(b.equipment.get(i)));
          found = true;
        }
      }
      if (!found) {
        throw new IllegalArgumentException("no equipment " + id);
      }
      return b;
    });
  }

  static Institution mapRoom(Institution inst, String id, UnaryOperator<Room> change) {
    return inst.with(b -> {
      boolean found = false;
      for (int i = 0; i < b.rooms.size(); i++) {
        if (b.rooms.get(i).id().equals(id)) {
          b.rooms.set(i, change.apply(b.rooms.get(i)));
          found = true;
        }
      }
      if (!found) {
        throw new IllegalArgumentException("no room " + id);
      }
      return b;
    });
  }

  /** Removes the room {@code id}, and from the exam site's rooms. */
  static Institution withoutRoom(Institution inst, String id) {
    return inst.with(b -> {
      b.rooms.removeIf(r -> r.id().equals(id));
      inst.examSite().ifPresent(site -> b.examSite(new ExamSite(site.name(), site.headId(), site.managingDepartment(),
          site.roomIds().stream().filter(r -> !r.equals(id)).toList())));
      return b;
    });
  }

  static Institution inspectedOn(Institution inst, LocalDate date) {
    return inst.with(b -> b.inspectedOn(date));
  }

  static Equipment condition(Equipment e, EquipmentCondition condition) {
    return new Equipment(e.id(), e.name(), e.operationTypes(), e.kind(), e.uses(), e.commissionedYear(), condition, e.units());
  }

  static Equipment commissioned(Equipment e, int year) {
    return new Equipment(e.id(), e.name(), e.operationTypes(), e.kind(), e.uses(), year, e.condition(), e.units());
  }

  static Equipment kind(Equipment e, EquipmentKind kind) {
    return new Equipment(e.id(), e.name(), e.operationTypes(), kind, e.uses(), e.commissionedYear(), e.condition(), e.units());
  }

  static Equipment uses(Equipment e, EquipmentUse... uses) {
    return new Equipment(e.id(), e.name(), e.operationTypes(), e.kind(), Set.of(uses), e.commissionedYear(), e.condition(), e.units());
  }

  static Equipment units(Equipment e, int units) {
    return new Equipment(e.id(), e.name(), e.operationTypes(), e.kind(), e.uses(), e.commissionedYear(), e.condition(), units);
  }

  static Equipment operations(Equipment e, String... operationTypes) {
    return new Equipment(e.id(), e.name(), List.of(operationTypes), e.kind(), e.uses(), e.commissionedYear(), e.condition(), e.units());
  }

  static Room seats(Room r, int seats) {
    return new Room(r.id(), r.name(), r.kind(), r.areaSquareMetres(), seats, r.fixed(), r.videoSurveillance(), r.identityVerification(), r.operationTypes());
  }

  static Room area(Room r, String area) {
    return new Room(r.id(), r.name(), r.kind(), new BigDecimal(area), r.seats(), r.fixed(), r.videoSurveillance(), r.identityVerification(), r.operationTypes());
  }

  static Room fixed(Room r, boolean fixed) {
    return new Room(r.id(), r.name(), r.kind(), r.areaSquareMetres(), r.seats(), fixed, r.videoSurveillance(), r.identityVerification(), r.operationTypes());
  }

  static Room surveillance(Room r, boolean video, boolean identity) {
    return new Room(r.id(), r.name(), r.kind(), r.areaSquareMetres(), r.seats(), r.fixed(), video, identity, r.operationTypes());
  }

  static Room serving(Room r, String... operationTypes) {
    return new Room(r.id(), r.name(), r.kind(), r.areaSquareMetres(), r.seats(), r.fixed(), r.videoSurveillance(), r.identityVerification(), List.of(operationTypes));
  }

  /** The findings of {@code checkId} in {@code report}, in report order. */
  static List<Finding> findings(InstitutionReport report, String checkId) {
    return report.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
  }

  /** The messages of {@code report}'s findings rendered in Chinese, in report order. */
  static List<String> zh(CheckTester tester, InstitutionReport report) {
    return render(tester, report, MessageCatalog.ZH_CN);
  }

  /** The messages of {@code report}'s findings rendered in English, in report order. */
  static List<String> en(CheckTester tester, InstitutionReport report) {
    return render(tester, report, Locale.ENGLISH);
  }

  private static List<String> render(CheckTester tester, InstitutionReport report, Locale locale) {
    MessageCatalog messages = tester.inspector().messages();
    return report.findings().stream().map(f -> messages.message(f, locale)).toList();
  }
}
