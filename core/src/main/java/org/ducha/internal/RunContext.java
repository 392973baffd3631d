package org.ducha.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.InstitutionIndex;
import org.ducha.check.Parameter;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;

/** The {@link CheckContext} of one check on one institution; collects what the check emits. Not thread-safe. */
public final class RunContext implements CheckContext {
  private final CheckDescriptor descriptor;
  private final String institutionId;
  private final LocalDate date;
  private final Map<String, Object> parameters;
  private final Severity severity;
  private final InstitutionIndex index;
  private final List<Finding> sink;

  /**
   * A context.
   *
   * @param parameters profile values by parameter name, already coerced
   * @param sink where emitted findings go
   */
  public RunContext(CheckDescriptor descriptor, String institutionId, LocalDate date, Map<String, Object> parameters,
      Severity severity, InstitutionIndex index, List<Finding> sink) {
    this.descriptor = descriptor;
    this.institutionId = institutionId;
    this.date = date;
    this.parameters = parameters;
    this.severity = severity;
    this.index = index;
    this.sink = sink;
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
    checkArgument(descriptor.parameters().contains(parameter),
        "check %s did not declare parameter %s in its descriptor", descriptor.id(), parameter.name());
    Object v = parameters.get(parameter.name());
    return v != null ? parameter.type().cast(v) : parameter.defaultOn(date);
  }

  @Override
  public InstitutionIndex index() {
    return index;
  }

  @Override
  public FindingBuilder finding(Subject subject) {
    return new FindingDraft(descriptor, severity, institutionId, subject, sink);
  }
}
