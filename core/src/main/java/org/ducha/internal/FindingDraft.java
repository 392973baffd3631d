package org.ducha.internal;

import static com.google.common.base.Preconditions.checkState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;

/**
 * A finding being built by a check, of either kind: arguments and evidence checked as they are added, emitted once
 * into the run's list. Not thread-safe.
 */
final class FindingDraft implements FindingBuilder {
  private final CheckDescriptor descriptor;
  private final Severity severity;
  private final String institutionId;
  private final Subject subject;
  private final List<Finding> sink;
  private final Map<String, Object> args = new LinkedHashMap<>();
  private final Map<String, Object> evidence = new LinkedHashMap<>();
  private String messageKey;
  private boolean emitted;

  FindingDraft(CheckDescriptor descriptor, Severity severity, String institutionId, Subject subject, List<Finding> sink) {
    this.descriptor = descriptor;
    this.severity = severity;
    this.institutionId = institutionId;
    this.subject = subject;
    this.sink = sink;
    this.messageKey = descriptor.messageKey();
  }

  @Override
  public FindingBuilder arg(String name, Object value) {
    args.put(name, Values.checked(value, "argument " + name));
    return this;
  }

  @Override
  public FindingBuilder evidence(String name, Object value) {
    evidence.put(name, Values.checked(value, "evidence " + name));
    return this;
  }

  @Override
  public FindingBuilder messageKey(String key) {
    this.messageKey = key;
    return this;
  }

  @Override
  public void emit() {
    checkState(!emitted, "finding already emitted");
    emitted = true;
    sink.add(new Finding(descriptor.id(), severity, descriptor.group(), institutionId, subject, messageKey, args, evidence,
        descriptor.regulations(), null));
  }
}
