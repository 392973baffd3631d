package org.ducha.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the assertions of one {@code allOf} block put what does not match, so that the block reports every
 * mismatch at once instead of the first. Outside such a block assertions fail at once.
 */
final class Mismatches {
  private final List<String> found = new ArrayList<>();

  void add(String mismatch) {
    found.add(mismatch);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The mismatches, numbered, one per line, indented by two spaces. */
  String numbered() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < found.size(); i++) {
      sb.append("\n  ").append(i + 1).append(". ").append(found.get(i).replace("\n", "\n     "));
    }
    return sb.toString();
  }

  int size() {
    return found.size();
  }
}
