package org.ducha.formats.violating;

import java.util.Map;
import org.ducha.internal.Values;

/** A deliberately wrong class of another module: it uses the core's internal package (possible on the class path only). */
public final class ReachingIntoInternal {
  private ReachingIntoInternal() {}

  /** Reaches into core's internals. */
  public static Map<String, Object> checked(Map<String, Object> values) {
    return Values.checkedMap(values, "argument");
  }
}
