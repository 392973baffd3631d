package org.ducha.formats;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Jakarta Validation constraints of one model record's components, checked directly on a bound record: the
 * common case's alternative to running Hibernate Validator over a record {@link TokenBinder} has just bound. Only the
 * constraints the model uses are known here ({@code NotNull}, {@code NotBlank}, {@code Positive},
 * {@code PositiveOrZero}, {@code Min}, {@code DecimalMin}, {@code DecimalMax}, {@code Pattern}, on a component or on
 * the elements, keys or values of its optional, list, set or map; and {@code Valid}, which the binder's checking of
 * every record it binds covers), each as the provider defines it. A record with any
 * other constraint, with constraints in groups, on its class, its methods or on a container itself, is
 * {@linkplain #known() not known}: its documents are validated by Hibernate Validator as before.
 *
 * <p>Checking every bound record is at least as strict as the validator, which checks nested records only through
 * {@code @Valid}: a record this finds wanting goes to the full reading, which then reports what the validator reports.
 */
final class FieldConstraints {
  private final boolean known;
  /** The checks of the components that have a constraint, in component order; the others need no look. */
  private final List<Component> constrained;

  private FieldConstraints(boolean known, List<Component> constrained) {
    this.known = known;
    this.constrained = constrained;
  }

  private static final ClassValue<FieldConstraints> OF = new ClassValue<>() {
    @Override
    protected FieldConstraints computeValue(Class<?> type) {
      return build(type);
    }
  };

  /** The constraints of record {@code type}. */
  static FieldConstraints of(Class<?> type) {
    return OF.get(type);
  }

  /** Whether every constraint of the record is one checked here (else it is left to the validator). */
  boolean known() {
    return known;
  }

  /**
   * The components with at least one constraint (on the value, or on the elements, keys or values it holds), each
   * with its check; a component left out has none, so a record's value of it holds whatever it is.
   */
  List<Component> constrained() {
    return constrained;
  }

  /** How a component holds what its constraints apply to, from its declared type: decided once, not per value. */
  private enum Shape { VALUE, OPTIONAL, COLLECTION, MAP }

  /** The constraints of one record component. */
  static final class Component {
    private final int index;
    private final Shape shape;
    /** What the value itself must satisfy (a plain component's constraints). */
    private final Predicate<Object> value;
    /** What each element (of an optional, a list, a set) or each map value must satisfy, or null. */
    private final Predicate<Object> element;
    /** What each key of a map must satisfy, or null. */
    private final Predicate<Object> key;

    private Component(int index, Shape shape, Predicate<Object> value, Predicate<Object> element, Predicate<Object> key) {
      this.index = index;
      this.shape = shape;
      this.value = value;
      this.element = element;
      this.key = key;
    }

    /** The component's position in the record's components. */
    int index() {
      return index;
    }

    /** Whether the component's value {@code v}, as the record's accessor returns it, satisfies its constraints. */
    boolean holds(Object v) {
      switch (shape) {
        case VALUE:
          return value.test(v);
        case OPTIONAL:
          return v == null || ((Optional<?>) v).isEmpty() || element.test(((Optional<?>) v).get());
        case COLLECTION:
          return v == null || everyElementHolds((Collection<?>) v);
        default:
          return v == null || everyEntryHolds((java.util.Map<?, ?>) v);
      }
    }

    private boolean everyElementHolds(Collection<?> values) {
      for (Object x : values) {
        if (!element.test(x)) {
          return false;
        }
      }
      return true;
    }

    private boolean everyEntryHolds(java.util.Map<?, ?> map) {
      for (java.util.Map.Entry<?, ?> x : map.entrySet()) {
        if (key != null && !key.test(x.getKey()) || element != null && !element.test(x.getValue())) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Predicate<Object> ANY = v -> true;

  private static FieldConstraints build(Class<?> type) {
    boolean known = type.isRecord() && !constrained(type);
    RecordComponent[] rcs = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
    Set<String> components = new java.util.HashSet<>();
    for (RecordComponent rc : rcs) {
      components.add(rc.getName());
    }
    // Constraints anywhere but on the components (fields and accessors): a class constraint, a getter's.
    for (Method m : type.getDeclaredMethods()) {
      if (constrained(m) && !(components.contains(m.getName()) && m.getParameterCount() == 0)) {
        known = false;
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (constrained(f) && !components.contains(f.getName())) {
        known = false;
      }
    }
    List<Component> constrained = new ArrayList<>();
    for (int i = 0; i < rcs.length; i++) {
      RecordComponent rc = rcs[i];
      Predicate<Object> key = null;
      Set<Annotation> own = new LinkedHashSet<>(List.of(rc.getAnnotations()));
      AnnotatedType at = rc.getAnnotatedType();
      own.addAll(List.of(at.getAnnotations()));
      Class<?> raw = rc.getType();
      boolean container = raw == Optional.class || List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)
          || java.util.Map.class.isAssignableFrom(raw);
      Predicate<Object> value = ANY;
      Predicate<Object> element = null;
      if (container) {
        if (!constraints(own).isEmpty()) {
          known = false; // on the container itself: left to the validator
        }
        if (at instanceof AnnotatedParameterizedType apt) {
          AnnotatedType[] args = apt.getAnnotatedActualTypeArguments();
          for (int a = 0; a < args.length; a++) {
            Set<Annotation> inner = new LinkedHashSet<>(List.of(args[a].getAnnotations()));
            Predicate<Object> p = predicate(inner);
            if (p == null || a > 1) {
              known = false;
            } else if (p != ANY && a == args.length - 1) {
              element = p; // an optional's, a list's or a set's element, a map's value
            } else if (p != ANY) {
              key = p;
            }
            if (args[a] instanceof AnnotatedParameterizedType) {
              known = false; // nested containers: not in the model
            }
          }
        }
      } else {
        Predicate<Object> p = predicate(own);
        if (p == null) {
          known = false;
        } else {
          value = p;
        }
      }
      if (value != ANY) {
        constrained.add(new Component(i, Shape.VALUE, value, null, null));
      } else if (element != null || key != null) {
        Shape shape = raw == Optional.class ? Shape.OPTIONAL : java.util.Map.class.isAssignableFrom(raw) ? Shape.MAP : Shape.COLLECTION;
        constrained.add(new Component(i, shape, ANY, element, key));
      }
    }
    return new FieldConstraints(known, List.copyOf(constrained));
  }

  /** Whether class {@code c} (not a record) has no constraint: none on it, its fields or its methods. */
  static boolean unconstrained(Class<?> c) {
    if (constrained(c)) {
      return false;
    }
    for (Field f : c.getDeclaredFields()) {
      if (constrained(f)) {
        return false;
      }
    }
    for (Method m : c.getDeclaredMethods()) {
      if (constrained(m)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code e} carries a Jakarta Validation annotation (a constraint or {@code @Valid}). */
  private static boolean constrained(AnnotatedElement e) {
    for (Annotation a : e.getAnnotations()) {
      if (isConstraint(a) || a.annotationType() == jakarta.validation.Valid.class) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConstraint(Annotation a) {
    return a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)
        || a.annotationType().getName().startsWith("jakarta.validation.constraints.")
        || a.annotationType().getName().startsWith("org.hibernate.validator.constraints.");
  }

  private static List<Annotation> constraints(Set<Annotation> annotations) {
    return annotations.stream().filter(FieldConstraints::isConstraint).toList();
  }

  /** The conjunction of {@code annotations}' constraints ({@code @Valid} adds none here), or null if one is unknown. */
  private static Predicate<Object> predicate(Set<Annotation> annotations) {
    Predicate<Object> all = ANY;
    for (Annotation a : annotations) {
      if (!isConstraint(a)) {
        continue;
      }
      Predicate<Object> p = predicate(a);
      if (p == null) {
        return null;
      }
      Predicate<Object> before = all;
      all = before == ANY ? p : v -> before.test(v) && p.test(v);
    }
    return all;
  }

  private static Predicate<Object> predicate(Annotation a) {
    if (groups(a)) {
      return null;
    }
    if (a instanceof jakarta.validation.constraints.NotNull) {
      return v -> v != null;
    }
    if (a instanceof jakarta.validation.constraints.NotBlank) {
      return v -> v instanceof CharSequence s && !s.toString().trim().isEmpty();
    }
    if (a instanceof jakarta.validation.constraints.Positive) {
      return v -> v == null || sign(v) > 0;
    }
    if (a instanceof jakarta.validation.constraints.PositiveOrZero) {
      return v -> v == null || sign(v) >= 0;
    }
    if (a instanceof jakarta.validation.constraints.Min m) {
      BigDecimal min = BigDecimal.valueOf(m.value());
      return v -> v == null || decimal(v).compareTo(min) >= 0;
    }
    if (a instanceof jakarta.validation.constraints.DecimalMin m) {
      BigDecimal min = new BigDecimal(m.value());
      boolean inclusive = m.inclusive();
      return v -> v == null || (inclusive ? decimal(v).compareTo(min) >= 0 : decimal(v).compareTo(min) > 0);
    }
    if (a instanceof jakarta.validation.constraints.DecimalMax m) {
      BigDecimal max = new BigDecimal(m.value());
      boolean inclusive = m.inclusive();
      return v -> v == null || (inclusive ? decimal(v).compareTo(max) <= 0 : decimal(v).compareTo(max) < 0);
    }
    if (a instanceof jakarta.validation.constraints.Pattern m) {
      if (m.flags().length > 0) {
        return null;
      }
      java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(m.regexp());
      return v -> v == null || v instanceof CharSequence s && pattern.matcher(s).matches();
    }
    return null;
  }

  /** Whether the constraint names groups (then the default validation does not check it; left to the validator). */
  private static boolean groups(Annotation a) {
    try {
      Object g = a.annotationType().getMethod("groups").invoke(a);
      return g instanceof Class<?>[] c && c.length > 0;
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** The sign of a whole number or a decimal; anything else fails the check (it is left to the validator). */
  private static int sign(Object v) {
    if (v instanceof Integer i) {
      return Integer.signum(i);
    }
    if (v instanceof Long l) {
      return Long.signum(l);
    }
    if (v instanceof BigDecimal d) {
      return d.signum();
    }
    throw new IllegalArgumentException("not a number: " + v.getClass().getName());
  }

  private static BigDecimal decimal(Object v) {
    if (v instanceof Integer i) {
      return BigDecimal.valueOf(i);
    }
    if (v instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    if (v instanceof BigDecimal d) {
      return d;
    }
    throw new IllegalArgumentException("not a number: " + v.getClass().getName());
  }
}
