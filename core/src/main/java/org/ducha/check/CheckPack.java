package org.ducha.check;

import java.util.List;

/**
 * A set of checks shipped together with their messages: the unit that {@link java.util.ServiceLoader}
 * discovers. Register an implementation in {@code META-INF/services/org.ducha.check.CheckPack} and, in a
 * named module, with {@code provides org.ducha.check.CheckPack with …}.
 *
 * <p>Every check id must start with the pack id and a dot. The pack ships its messages as UTF-8 properties
 * files {@code <messageBundle>_zh_CN.properties} (the default language) and {@code <messageBundle>_en.properties}
 * next to its classes; in a named module, open that package to {@code org.ducha.core} so they can be read.
 *
 * <pre>{@code
 * public final class ShanxiPack implements CheckPack {
 *   public String id() { return "shanxi"; }
 *   public String version() { return "1.0.0"; }
 *   public List<Check> checks() { return List.of(new FeesNotPublished(), new ClassTooLarge()); }
 * }  // messages: org/example/shanxi/messages_zh_CN.properties and messages_en.properties
 * }</pre>
 *
 * <p>Implement this; it needs a public no-argument constructor.
 */
public interface CheckPack {

  /** Lower-case id, the first segment of each of its check ids, e.g. {@code archive}. */
  String id();

  /** The pack's version, e.g. {@code 1.0.0}. */
  String version();

  /** The checks; never null, the same instances on every call. */
  List<Check> checks();

  /**
   * The checks that see a whole inspection ({@link InspectionCheck}); never null, the same instances on every call.
   * None by default. Their ids share the namespace of {@link #checks()}.
   */
  default List<InspectionCheck<?, ?>> inspectionChecks() {
    return List.of();
  }

  /**
   * Resource path of the message bundle without locale suffix, e.g. {@code org/ducha/checks/archive/messages}.
   * By default {@code messages} in the pack class's own package.
   */
  default String messageBundle() {
    return getClass().getPackageName().replace('.', '/') + "/messages";
  }
}
