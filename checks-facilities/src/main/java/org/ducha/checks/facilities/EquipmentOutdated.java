package org.ducha.checks.facilities;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.InstitutionIndex;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentUse;
import org.ducha.model.Institution;

/**
 * 实操实训设备陈旧至今未整改: a line of practical-training equipment still in service is older than a set
 * number of years, or is recorded as worn. One finding per equipment line.
 *
 * <p>Lines recorded as out of service are left out: equipment taken out of use is not used for training;
 * whether what remains is enough is {@link EquipmentInsufficient}'s question. Equipment recorded as faulty is
 * {@link EquipmentFaulty}'s finding (a repair, not a replacement, puts it right); faulty equipment that is also
 * older than the limit is outdated too.
 */
public final class EquipmentOutdated implements Check {

  static final String ID = "facilities.equipment.outdated";

  static final Parameter<Integer> MAX_AGE_YEARS = Parameter.ofInt(ID, "maxAgeYears", 10, 1, 50);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.equipment")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016(""))
      .regulation(Regulations.aq2023(""))
      .regulation(RegulationRef.projectJudgement(
          "no regulation read sets a service life for training equipment; the age limit is the project's own"))
      .parameter(MAX_AGE_YEARS)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    int year = context.inspectionDate().getYear();
    int maxAge = context.parameter(MAX_AGE_YEARS);
    InstitutionIndex index = context.index();
    for (Equipment e : institution.equipment()) {
      if (!e.uses().contains(EquipmentUse.TRAINING) || e.units() == 0
          || e.condition() == EquipmentCondition.OUT_OF_SERVICE) {
        continue;
      }
      int age = year - e.commissionedYear();
      boolean old = age > maxAge;
      if (!old && e.condition() != EquipmentCondition.WORN) {
        continue;
      }
      List<String> operations = new ArrayList<>();
      for (String code : e.operationTypes()) {
        operations.add(index.operationName(code));
      }
      FindingBuilder f = context.finding(Subject.equipment(e))
          .arg("equipmentName", e.name())
          .arg("commissionedYear", e.commissionedYear())
          .arg("ageYears", age)
          .arg("maxAgeYears", maxAge)
          .evidence("condition", e.condition().name())
          .evidence("commissionedYear", e.commissionedYear())
          .evidence("ageYears", age)
          .evidence("maxAgeYears", maxAge)
          .evidence("operationTypes", operations);
      if (!old) {
        f.messageKey(ID + ".worn");
      }
      f.emit();
    }
  }
}
