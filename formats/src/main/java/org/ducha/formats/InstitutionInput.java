package org.ducha.formats;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InstitutionReport;
import org.ducha.model.Institution;

/**
 * One institution's input: the records read from a file, or why they could not be read.
 *
 * @param source where it came from: a file name, or file name and line for JSON lines
 * @param institution the valid records, when they could be read
 * @param problems every problem, when they could not
 * @param id the institution's id as far as it could be read (else the source)
 * @param name the institution's name as far as it could be read (else the source)
 * @param examSite whether the input says it is an exam site, as far as it could be read
 * @param inspectedOn the inspection date, as far as it could be read
 */
public record InstitutionInput(String source, Optional<Institution> institution, List<InputProblem> problems,
    String id, String name, boolean examSite, Optional<LocalDate> inspectedOn) {

  public InstitutionInput {
    problems = List.copyOf(problems);
  }

  /** The report of an institution whose input could not be read: NOT_INSPECTED with every problem. */
  public InstitutionReport notInspectedReport() {
    return InstitutionReport.notInspected(id, name, examSite, inspectedOn, problems);
  }
}
