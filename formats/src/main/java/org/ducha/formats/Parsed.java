package org.ducha.formats;

import java.util.List;
import java.util.Optional;
import org.ducha.engine.InputProblem;

/**
 * What reading one document gave: the value, if it could be built, and every problem found, each with the
 * file, line, column, field path and value. A value is present only when there are no problems.
 *
 * @param <T> the record type
 * @param source the file (or file and line, for JSON lines) it was read from
 * @param value the record, when it was read and valid
 * @param problems every problem, in document order
 */
public record Parsed<T>(String source, Optional<T> value, List<InputProblem> problems) {
  public Parsed {
    problems = List.copyOf(problems);
    value = problems.isEmpty() ? value : Optional.empty();
  }

  /** Whether the document was read and valid. */
  public boolean ok() {
    return value.isPresent();
  }
}
