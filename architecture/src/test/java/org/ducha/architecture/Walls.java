package org.ducha.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The walls between Ducha's modules, as ArchUnit rules over their classes (by package: {@code org.ducha.checks..}
 * are the packs, {@code org.ducha.formats..} formats, {@code org.ducha.cli..} the command, {@code org.ducha.testkit..}
 * the test kit; the core is {@link #CORE}).
 */
final class Walls {
  private Walls() {}

  /** The core's packages; {@code org.ducha.internal} is its own and nobody else's. */
  static final String[] CORE = {"org.ducha.model..", "org.ducha.check..", "org.ducha.finding..", "org.ducha.engine..",
      "org.ducha.report..", "org.ducha.tracking..", "org.ducha.internal.."};

  /** The packages of the check SPI, whose public signatures a pack author compiles against. */
  static final String[] SPI = {"org.ducha.check..", "org.ducha.finding..", "org.ducha.model.."};

  /** A pack depends on the JDK, the core's API and its own classes: not on formats, the command, the test kit, Guava or core's internals. */
  static final ArchRule PACKS_DEPEND_ON_CORE_ONLY = classes().that().resideInAPackage("org.ducha.checks..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.ducha.checks..", "org.ducha.model..", "org.ducha.check..",
          "org.ducha.finding..", "org.ducha.engine..", "org.ducha.report..", "org.ducha.tracking..")
      .as("packs depend on the JDK and core's API only");

  /** The core knows no pack, reader, writer, command or test kit. */
  static final ArchRule CORE_DEPENDS_ON_NO_MODULE = noClasses().that().resideInAnyPackage(CORE)
      .should().dependOnClassesThat().resideInAnyPackage("org.ducha.checks..", "org.ducha.formats..", "org.ducha.cli..", "org.ducha.testkit..")
      .as("core depends on no other Ducha module");

  /** Formats build on the core: no pack, command or test kit. */
  static final ArchRule FORMATS_DEPEND_ON_CORE = noClasses().that().resideInAPackage("org.ducha.formats..")
      .should().dependOnClassesThat().resideInAnyPackage("org.ducha.checks..", "org.ducha.cli..", "org.ducha.testkit..")
      .as("formats depend on core only (no pack, command or test kit)");

  /** The command builds on formats (and so the core); packs reach it through ServiceLoader, never by name. */
  static final ArchRule CLI_DEPENDS_ON_FORMATS = noClasses().that().resideInAPackage("org.ducha.cli..")
      .should().dependOnClassesThat().resideInAnyPackage("org.ducha.checks..", "org.ducha.testkit..")
      .as("the command depends on formats and core only (packs through ServiceLoader)");

  /** The test kit builds on the core alone. */
  static final ArchRule TESTKIT_DEPENDS_ON_CORE = noClasses().that().resideInAPackage("org.ducha.testkit..")
      .should().dependOnClassesThat().resideInAnyPackage("org.ducha.checks..", "org.ducha.formats..", "org.ducha.cli..")
      .as("the test kit depends on core only");

  /** {@code org.ducha.internal} is used inside the core only. */
  static final ArchRule INTERNAL_STAYS_IN_CORE = noClasses().that().resideOutsideOfPackages(CORE)
      .should().dependOnClassesThat().resideInAPackage("org.ducha.internal..")
      .as("nothing outside core uses org.ducha.internal");

  /**
   * The SPI's public and protected signatures (supertypes, fields, parameters, return types and their type arguments,
   * thrown exceptions, annotations) name JDK types and the SPI's own, nothing else: a pack needs no library beside the
   * core. One exception, stated: Jakarta Validation's constraint annotations on the model's records, which a validator
   * reads (the core requires jakarta.validation transitively for them).
   */
  static final ArchRule SPI_SIGNATURES_USE_THE_JDK_ONLY = classes().that().resideInAnyPackage(SPI).and().arePublic()
      .should(exposeOnly(Set.of("java.", "org.ducha.check.", "org.ducha.finding.", "org.ducha.model.")))
      .as("the SPI's public signatures use JDK types only (and jakarta.validation constraints on the model)");

  /** Every rule, for the test over all modules. */
  static final List<ArchRule> ALL = List.of(PACKS_DEPEND_ON_CORE_ONLY, CORE_DEPENDS_ON_NO_MODULE, FORMATS_DEPEND_ON_CORE,
      CLI_DEPENDS_ON_FORMATS, TESTKIT_DEPENDS_ON_CORE, INTERNAL_STAYS_IN_CORE, SPI_SIGNATURES_USE_THE_JDK_ONLY);

  private static ArchCondition<JavaClass> exposeOnly(Set<String> allowed) {
    return new ArchCondition<>("expose only JDK and SPI types in public signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> bad = new ArrayList<>();
        c.getSuperclass().ifPresent(t -> types(t, "its superclass", allowed, bad));
        c.getInterfaces().forEach(t -> types(t, "its interface", allowed, bad));
        annotations(c.getAnnotations(), "the class", c, bad);
        for (JavaField f : c.getFields()) {
          if (exposed(f)) {
            types(f.getType(), "field " + f.getName(), allowed, bad);
            annotations(f.getAnnotations(), "field " + f.getName(), c, bad);
          }
        }
        for (JavaCodeUnit m : c.getCodeUnits()) {
          if (!exposed(m)) {
            continue;
          }
          String where = m.getName().equals("<init>") ? "a constructor" : "method " + m.getName() + "()";
          types(m.getReturnType(), where + " (return type)", allowed, bad);
          for (JavaParameter p : m.getParameters()) {
            types(p.getType(), where + " (parameter " + p.getIndex() + ")", allowed, bad);
            annotations(p.getAnnotations(), where + " (parameter " + p.getIndex() + ")", c, bad);
          }
          m.getThrowsClause().getTypes().forEach(t -> types(t, where + " (throws)", allowed, bad));
          annotations(m.getAnnotations(), where, c, bad);
        }
        for (String b : bad) {
          events.add(SimpleConditionEvent.violated(c, c.getName() + " exposes " + b));
        }
        if (bad.isEmpty()) {
          events.add(SimpleConditionEvent.satisfied(c, c.getName() + " exposes JDK and SPI types only"));
        }
      }
    };
  }

  private static boolean exposed(JavaMember m) {
    return m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED);
  }

  private static void types(JavaType type, String where, Set<String> allowed, List<String> bad) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      JavaClass base = raw;
      while (base.isArray()) {
        base = base.getComponentType();
      }
      String name = base.getName();
      if (!base.isPrimitive() && allowed.stream().noneMatch(name::startsWith)) {
        bad.add(name + " in " + where);
      }
    }
  }

  private static void annotations(Iterable<? extends JavaAnnotation<?>> annotations, String where, JavaClass owner, List<String> bad) {
    for (JavaAnnotation<?> a : annotations) {
      String name = a.getRawType().getName();
      boolean ok = name.startsWith("java.") || name.startsWith("org.ducha.")
          || (name.startsWith("jakarta.validation.") && owner.getPackageName().startsWith("org.ducha.model"));
      if (!ok) {
        bad.add("annotation " + name + " on " + where);
      }
    }
  }
}
