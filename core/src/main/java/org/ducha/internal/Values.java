package org.ducha.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The value types a finding's arguments and evidence may hold. */
public final class Values {
  private Values() {}

  /** An unmodifiable, insertion-ordered copy, refusing values of other types. */
  public static Map<String, Object> checkedMap(Map<String, Object> values, String what) {
    if (values == null || values.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      checkArgument(k != null && !k.isBlank(), "%s name must not be blank", what);
      copy.put(k, checked(v, what + " " + k));
    });
    return Collections.unmodifiableMap(copy);
  }

  /** {@code value} if it is of an allowed type; Integers and Longs stay as they are, lists are copied. */
  public static Object checked(Object value, String what) {
    checkArgument(value != null, "%s must not be null", what);
    if (value instanceof List<?> list) {
      for (Object e : list) {
        checkArgument(e != null && !(e instanceof List), "%s: list elements must be non-null scalars", what);
        checked(e, what);
      }
      return List.copyOf(list);
    }
    checkArgument(value instanceof String || value instanceof Integer || value instanceof Long
        || value instanceof BigDecimal || value instanceof Boolean || value instanceof LocalDate
        || value instanceof LocalTime,
        "%s has unsupported type %s (String, Integer, Long, BigDecimal, Boolean, LocalDate, LocalTime or List)",
        what, value.getClass().getName());
    return value;
  }
}
