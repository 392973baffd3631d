package org.ducha.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A typed, bounded parameter of a check, whose default may depend on the rulebook in force on the
 * inspection date (e.g. classroom area per trainee under AQ/T 8011-2016 and under AQ 8011-2023).
 *
 * <p>Supported types: {@link Integer}, {@link BigDecimal}, {@link Boolean}, {@link String}. Bounds apply to
 * numbers and are inclusive. Immutable.
 *
 * @param <T> the value type
 * @param name lower-camel-case name, unique within the check
 * @param type the value type
 * @param defaults default values by the first day they apply; the entry with the latest key on or before
 *     the inspection date applies, {@link LocalDate#MIN} for "always"; stored as an unmodifiable sorted copy
 * @param min inclusive lower bound, for numbers
 * @param max inclusive upper bound, for numbers
 * @param descriptionKey message key describing it
 */
public record Parameter<T>(
    String name,
    Class<T> type,
    NavigableMap<LocalDate, T> defaults,
    Optional<T> min,
    Optional<T> max,
    String descriptionKey) {

  public Parameter {
    checkArgument(name != null && name.matches("[a-z][a-zA-Z0-9]*"), "parameter name must be lower camel case: %s", name);
    checkNotNull(type, "type");
    checkArgument(type == Integer.class || type == BigDecimal.class || type == Boolean.class || type == String.class,
        "parameter %s has unsupported type %s", name, type);
    checkArgument(defaults != null && !defaults.isEmpty(), "parameter %s needs a default", name);
    defaults = Collections.unmodifiableNavigableMap(new TreeMap<>(defaults));
    checkArgument(defaults.firstKey().equals(LocalDate.MIN), "parameter %s needs a default for all dates (LocalDate.MIN)", name);
    min = min == null ? Optional.empty() : min;
    max = max == null ? Optional.empty() : max;
    checkArgument(descriptionKey != null && !descriptionKey.isBlank(), "parameter %s needs a description key", name);
    for (T d : defaults.values()) {
      String problem = problemWith(d, type, min, max);
      checkArgument(problem == null, "default of parameter %s: %s", name, problem);
    }
  }

  /** An integer parameter between {@code min} and {@code max} with one default. */
  public static Parameter<Integer> ofInt(String checkId, String name, int defaultValue, int min, int max) {
    return new Parameter<>(name, Integer.class, always(defaultValue),
        Optional.of(min), Optional.of(max), checkId + ".param." + name);
  }

  /** A decimal parameter between {@code min} and {@code max} with one default. */
  public static Parameter<BigDecimal> ofDecimal(String checkId, String name, String defaultValue, String min, String max) {
    return new Parameter<>(name, BigDecimal.class, always(new BigDecimal(defaultValue)),
        Optional.of(new BigDecimal(min)), Optional.of(new BigDecimal(max)), checkId + ".param." + name);
  }

  /** A boolean parameter. */
  public static Parameter<Boolean> ofBoolean(String checkId, String name, boolean defaultValue) {
    return new Parameter<>(name, Boolean.class, always(defaultValue),
        Optional.empty(), Optional.empty(), checkId + ".param." + name);
  }

  /**
   * A copy whose default changes to {@code value} from {@code from} on, for a rule whose number changed
   * with a new rulebook.
   */
  public Parameter<T> changingOn(LocalDate from, T value) {
    TreeMap<LocalDate, T> more = new TreeMap<>(defaults);
    more.put(checkNotNull(from, "from"), checkNotNull(value, "value"));
    return new Parameter<>(name, type, more, min, max, descriptionKey);
  }

  private static <T> NavigableMap<LocalDate, T> always(T value) {
    TreeMap<LocalDate, T> m = new TreeMap<>();
    m.put(LocalDate.MIN, value);
    return m;
  }

  /** The default on {@code date}: the one of the rulebook in force then. */
  public T defaultOn(LocalDate date) {
    return defaults.floorEntry(date).getValue();
  }

  /**
   * {@code raw} as a value of this parameter: a value of the type, a number for numeric types, or a string
   * to parse. Fails with a message naming the parameter, the value and the bounds.
   */
  public T coerce(Object raw) {
    checkArgument(raw != null, "parameter %s: value must not be null", name);
    Object v = raw;
    try {
      if (type == Integer.class) {
        if (v instanceof String s) {
          v = Integer.valueOf(s.trim());
        } else if (v instanceof Number n && !(v instanceof Integer)) {
          v = new BigDecimal(n.toString()).intValueExact();
        }
      } else if (type == BigDecimal.class) {
        if (v instanceof String s) {
          v = new BigDecimal(s.trim());
        } else if (v instanceof Number n && !(v instanceof BigDecimal)) {
          v = new BigDecimal(n.toString());
        }
      } else if (type == Boolean.class && v instanceof String s) {
        String t = s.trim().toLowerCase(java.util.Locale.ROOT);
        checkArgument(t.equals("true") || t.equals("false"), "not a boolean");
        v = Boolean.valueOf(t);
      }
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("parameter " + name + ": '" + raw + "' is not " + typeName());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("parameter " + name + ": '" + raw + "' is not " + typeName());
    }
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException("parameter " + name + ": '" + raw + "' is not " + typeName());
    }
    T value = type.cast(v);
    String problem = problemWith(value, type, min, max);
    if (problem != null) {
      throw new IllegalArgumentException("parameter " + name + ": " + problem);
    }
    return value;
  }

  private String typeName() {
    return type == Integer.class ? "an integer" : type == BigDecimal.class ? "a number" : type == Boolean.class ? "true or false" : "a string";
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> String problemWith(T value, Class<T> type, Optional<T> min, Optional<T> max) {
    if (!type.isInstance(value)) {
      return "'" + value + "' is not of type " + type.getSimpleName();
    }
    if (value instanceof Comparable c && !(value instanceof String) && !(value instanceof Boolean)) {
      if (min.isPresent() && c.compareTo(min.get()) < 0) {
        return "'" + value + "' is below the minimum " + min.get();
      }
      if (max.isPresent() && c.compareTo(max.get()) > 0) {
        return "'" + value + "' is above the maximum " + max.get();
      }
    }
    return null;
  }
}
