package org.ducha.engine;

/**
 * Thrown when building an {@link Inspector} fails: a pack that cannot be loaded, clashing or malformed
 * check ids, a profile naming unknown checks or parameters, or bad parameter values. The message names
 * the offending values and classes.
 */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public ConfigurationException(String message) {
    super(message);
  }

  /** An exception with {@code message} and {@code cause}. */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
