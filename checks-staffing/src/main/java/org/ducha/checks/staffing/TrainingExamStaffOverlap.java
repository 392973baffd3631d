package org.ducha.checks.staffing;

import org.ducha.finding.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingClass;

/**
 * 培训机构工作人员与考试点考务人员重复: people on the training-staff roster also serve the exam site as exam staff.
 * One finding per exam site, naming the people.
 *
 * <p>Exam staff are the people on the exam-staff roster and the examiners of exam sessions held in the last
 * {@code examinerWindowMonths} months: an exam site without an exam-staff roster still shows who examined. Training
 * staff are the people on the training-staff roster in any role except head of the institution (机构负责人),
 * unless {@code includeHead}: a head over both the institution and the exam site is the separation of the two
 * organisations (a governance matter), not a person doing both jobs. People who have left count on neither side.
 */
public final class TrainingExamStaffOverlap implements Check {

  static final String ID = "staffing.training-exam-staff.overlap";

  static final Parameter<Boolean> INCLUDE_HEAD = Parameter.ofBoolean(ID, "includeHead", false);
  static final Parameter<Integer> EXAMINER_WINDOW_MONTHS = Parameter.ofInt(ID, "examinerWindowMonths", 12, 0, 120);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.overlap")
      .severity(Severity.MAJOR)
      .regulation(Regulations.EXAM_MEASURES)
      .regulation(RegulationRef.projectJudgement(
          "Which exam sessions show who the exam staff are, and that the institution's head is left out, are the project's choices."))
      .parameter(INCLUDE_HEAD)
      .parameter(EXAMINER_WINDOW_MONTHS)
      .applicability(Applicability.EXAM_SITES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    LocalDate date = context.inspectionDate();
    boolean includeHead = context.parameter(INCLUDE_HEAD);
    Map<String, ListedPerson> training = new HashMap<>();
    for (ListedPerson p : ListedPerson.current(context.index(), RosterType.TRAINING_STAFF, date)) {
      if (includeHead || !p.roles().equals(Set.of(StaffRole.HEAD))) {
        training.put(p.member().id(), p);
      }
    }
    if (training.isEmpty()) {
      return;
    }
    Map<String, StaffMember> overlapping = new LinkedHashMap<>();
    for (ListedPerson p : ListedPerson.current(context.index(), RosterType.EXAM_STAFF, date)) {
      if (training.containsKey(p.member().id())) {
        overlapping.put(p.member().id(), p.member());
      }
    }
    LocalDate from = date.minusMonths(context.parameter(EXAMINER_WINDOW_MONTHS));
    Set<String> sessions = new LinkedHashSet<>();
    for (TrainingClass c : institution.classes()) {
      for (ExamSession s : c.exams()) {
        if (!s.date().isAfter(from) || s.date().isAfter(date)) {
          continue;
        }
        for (String examiner : s.examinerIds()) {
          ListedPerson p = training.get(examiner);
          if (p != null) {
            overlapping.putIfAbsent(examiner, p.member());
            sessions.add(s.id());
          }
        }
      }
    }
    if (overlapping.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (StaffMember m : overlapping.values()) {
      names.add(m.name());
    }
    context.finding(Subject.examSite(institution.examSite().orElseThrow()))
        .arg("names", names)
        .arg("count", names.size())
        .evidence("staffIds", List.copyOf(overlapping.keySet()))
        .evidence("examSessions", List.copyOf(sessions))
        .emit();
  }
}
