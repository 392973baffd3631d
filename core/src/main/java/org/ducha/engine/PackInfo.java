package org.ducha.engine;

import java.util.List;

/**
 * A pack used in an inspection.
 *
 * @param id the pack id
 * @param version its version
 * @param implementation the class implementing it
 * @param checkIds ids of its checks, sorted
 */
public record PackInfo(String id, String version, String implementation, List<String> checkIds) {
  public PackInfo {
    checkIds = List.copyOf(checkIds);
  }
}
