package org.ducha.model.violating;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A deliberately wrong SPI type: its public signature hands out a Guava collection, which would force Guava on every pack. */
public final class GuavaInSignature {
  private final List<String> names;

  /** A holder of {@code names}. */
  public GuavaInSignature(List<String> names) {
    this.names = List.copyOf(names);
  }

  /** The names, as a Guava list. */
  public ImmutableList<String> names() {
    return ImmutableList.copyOf(names);
  }
}
