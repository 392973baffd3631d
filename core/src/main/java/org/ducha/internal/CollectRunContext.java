package org.ducha.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CollectContext;
import org.ducha.check.InstitutionIndex;
import org.ducha.check.Parameter;

/**
 * The {@link CollectContext} of one inspection-scope check on one institution: keeps what the check emits until it
 * returns, so that a check that throws leaves no facts behind. Not thread-safe.
 */
public final class CollectRunContext<K, F> implements CollectContext<K, F> {
  private final CheckDescriptor descriptor;
  private final LocalDate date;
  private final Map<String, Object> parameters;
  private final InstitutionIndex index;
  private final List<Map.Entry<K, F>> facts = new ArrayList<>();

  /** A context; {@code parameters} are the profile's values by name, already coerced. */
  public CollectRunContext(CheckDescriptor descriptor, LocalDate date, Map<String, Object> parameters, InstitutionIndex index) {
    this.descriptor = descriptor;
    this.date = date;
    this.parameters = parameters;
    this.index = index;
  }

  @Override
  public LocalDate inspectionDate() {
    return date;
  }

  @Override
  public CheckDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public <T> T parameter(Parameter<T> parameter) {
    return resolve(descriptor, parameters, parameter, date);
  }

  @Override
  public InstitutionIndex index() {
    return index;
  }

  @Override
  public void fact(K key, F fact) {
    facts.add(new AbstractMap.SimpleImmutableEntry<>(checkNotNull(key, "key"), checkNotNull(fact, "fact")));
  }

  /** What the check emitted, in order. */
  public List<Map.Entry<K, F>> facts() {
    return facts;
  }

  /** The profile's value of {@code parameter}, or its default on {@code date}. */
  static <T> T resolve(CheckDescriptor descriptor, Map<String, Object> parameters, Parameter<T> parameter, LocalDate date) {
    checkArgument(descriptor.parameters().contains(parameter),
        "check %s did not declare parameter %s in its descriptor", descriptor.id(), parameter.name());
    Object v = parameters.get(parameter.name());
    return v != null ? parameter.type().cast(v) : parameter.defaultOn(date);
  }
}
