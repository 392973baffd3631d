package org.ducha.internal;


import java.util.List;
import java.util.Map;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.InstitutionRef;
import org.ducha.check.JudgeContext;
import org.ducha.check.Parameter;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;

/** The {@link JudgeContext} of one inspection-scope check in one run; collects what the check emits. Not thread-safe. */
public final class JudgeRunContext implements JudgeContext {
  private final CheckDescriptor descriptor;
  private final Map<String, Object> parameters;
  private final Severity severity;
  private final List<Finding> sink;

  /**
   * A context.
   *
   * @param parameters profile values by parameter name, already coerced
   * @param sink where emitted findings go
   */
  public JudgeRunContext(CheckDescriptor descriptor, Map<String, Object> parameters, Severity severity, List<Finding> sink) {
    this.descriptor = descriptor;
    this.parameters = parameters;
    this.severity = severity;
    this.sink = sink;
  }

  @Override
  public CheckDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public <T> T parameter(Parameter<T> parameter, InstitutionRef institution) {
    return CollectRunContext.resolve(descriptor, parameters, parameter, institution.inspectedOn());
  }

  @Override
  public FindingBuilder finding(InstitutionRef institution, Subject subject) {
    return new FindingDraft(descriptor, severity, institution.id(), subject, sink);
  }
}
