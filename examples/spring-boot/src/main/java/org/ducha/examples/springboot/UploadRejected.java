package org.ducha.examples.springboot;

import java.util.List;

/** An upload the service will not read: every problem found, and whether it was too large (413) or malformed (400). */
final class UploadRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;
  private final boolean tooLarge;

  UploadRejected(List<String> problems, boolean tooLarge) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
    this.tooLarge = tooLarge;
  }

  static UploadRejected tooLarge(String problem) {
    return new UploadRejected(List.of(problem), true);
  }

  List<String> problems() {
    return problems;
  }

  boolean tooLarge() {
    return tooLarge;
  }
}
