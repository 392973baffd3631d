package org.ducha.engine;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ducha.internal.IdentityRules;
import org.ducha.internal.ReferenceRules;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates records and lists every problem at once: field constraints (Jakarta Validation, Hibernate
 * Validator as provider), dates in order, unique ids, and references that point at nothing (a sign-in
 * line for a trainee not in the class, a lesson taught by an unknown teacher). Thread-safe.
 */
public final class RecordValidator {

  private static final RecordValidator INSTANCE = new RecordValidator();

  private final Validator validator;

  private RecordValidator() {
    ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /** The shared validator. */
  public static RecordValidator get() {
    return INSTANCE;
  }

  /** Every problem with {@code institution}'s records, sorted by path; empty when valid. */
  public List<InputProblem> validate(Institution institution) {
    List<InputProblem> problems = new ArrayList<>(constraints(institution));
    ReferenceRules.check(institution, problems);
    IdentityRules.check(institution, problems);
    problems.sort(Comparator.comparing(InputProblem::path, RecordValidator::comparePaths).thenComparing(InputProblem::message));
    return List.copyOf(problems);
  }

  /**
   * Every problem with {@code institution}'s records but those of the field constraints (the Jakarta Validation
   * annotations on the model's components): dates in order, unique ids, references, identity numbers; sorted by path.
   * For a reader that has checked every field constraint of the records it built itself: {@link #validate} is this
   * plus the field constraints.
   */
  public List<InputProblem> validateBeyondFields(Institution institution) {
    List<InputProblem> problems = new ArrayList<>();
    ReferenceRules.check(institution, problems);
    IdentityRules.check(institution, problems);
    problems.sort(Comparator.comparing(InputProblem::path, RecordValidator::comparePaths).thenComparing(InputProblem::message));
    return List.copyOf(problems);
  }

  /** Every problem with {@code inspection}; empty when valid. */
  public List<InputProblem> validate(Inspection inspection) {
    List<InputProblem> problems = new ArrayList<>(constraints(inspection));
    if (inspection.periodStart() != null && inspection.periodEnd() != null && inspection.periodEnd().isBefore(inspection.periodStart())) {
      problems.add(InputProblem.of("periodEnd", inspection.periodEnd(), "must not be before periodStart " + inspection.periodStart()));
    }
    problems.sort(Comparator.comparing(InputProblem::path, RecordValidator::comparePaths).thenComparing(InputProblem::message));
    return List.copyOf(problems);
  }

  /** Throws {@link InvalidRecordsException} listing every problem unless {@code institution} is valid. */
  public Institution requireValid(Institution institution) {
    List<InputProblem> problems = validate(institution);
    if (!problems.isEmpty()) {
      throw new InvalidRecordsException("institution " + institution.id(), problems);
    }
    return institution;
  }

  private <T> List<InputProblem> constraints(T object) {
    List<InputProblem> out = new ArrayList<>();
    for (ConstraintViolation<T> v : validator.validate(object)) {
      out.add(keyed(InputProblem.of(normalise(v.getPropertyPath().toString()), v.getInvalidValue(), v.getMessage()), v));
    }
    return out;
  }

  /**
   * The problem with its message key, {@code constraint.<annotation>}, and the annotation's bounds as arguments, so
   * that it can be rendered in every supported language; the English text stays the validator's.
   */
  private static InputProblem keyed(InputProblem p, ConstraintViolation<?> v) {
    java.lang.annotation.Annotation a = v.getConstraintDescriptor().getAnnotation();
    String key = "constraint." + a.annotationType().getSimpleName();
    if (!InputProblem.keys(MessageCatalog.EN).contains(key)) {
      return p;
    }
    java.util.Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
    List<Object> args = new ArrayList<>();
    for (String name : List.of("value", "min", "max", "regexp", "integer", "fraction")) {
      if (attrs.containsKey(name)) {
        args.add(attrs.get(name));
      }
    }
    InputProblem k = p.withKey(key, args.toArray());
    return new InputProblem(p.file(), p.line(), p.column(), p.path(), p.value(), p.message(), k.key(), k.args());
  }

  /** Hibernate Validator writes container elements as {@code lessons[0].<list element>}; keep the index only. */
  private static String normalise(String path) {
    return path.replace(".<list element>", "").replace("<list element>", "")
        .replace(".<map value>", "").replace(".<iterable element>", "").replace(".<map key>", "");
  }

  /** Orders paths so that {@code classes[2]} comes before {@code classes[10]}. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        int c = Long.compare(Long.parseLong(a.substring(si, i)), Long.parseLong(b.substring(sj, j)));
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
