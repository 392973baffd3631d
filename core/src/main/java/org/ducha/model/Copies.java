package org.ducha.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Defensive copies for record components. Absent collections become empty; {@code null} elements are
 * kept (not rejected) so that validation can report them with their path instead of failing on the
 * first one.
 */
final class Copies {
  private Copies() {}

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
  }

  static <T> Set<T> set(Set<T> values) {
    return values == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  static <K, V> Map<K, V> map(Map<K, V> values) {
    return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  static <T> Optional<T> optional(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
