package org.ducha.spring;

import org.ducha.engine.Inspector;

/**
 * A callback that adjusts every {@link Inspector.Builder} the starter makes, after the {@code ducha.*} properties are
 * applied: a host's message overrides, packs added by hand, a check observer. Declare it as a bean.
 */
@FunctionalInterface
public interface InspectorCustomizer {

  /** Adjusts {@code builder}; called once per inspector built. */
  void customize(Inspector.Builder builder);
}
