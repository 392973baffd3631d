package org.ducha.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when records are invalid; lists every problem, not just the first. */
public final class InvalidRecordsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<InputProblem> problems;

  /** An exception listing {@code problems}, which must not be empty. */
  public InvalidRecordsException(String what, List<InputProblem> problems) {
    super(what + ": " + problems.size() + " problem(s)\n  " + problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  /** The message with every problem's text in {@code locale} (the first line, naming what was read, as it is). */
  public String message(java.util.Locale locale) {
    String first = getMessage().lines().findFirst().orElse("");
    return first + "\n  " + problems.stream().map(p -> p.render(locale)).collect(Collectors.joining("\n  "));
  }

  /** Every problem found. */
  public List<InputProblem> problems() {
    return problems;
  }
}
