package org.ducha.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Fact;
import org.ducha.check.FactCodec;
import org.ducha.check.InspectionCheck;
import org.ducha.check.InstitutionIndex;
import org.ducha.check.InstitutionRef;
import org.ducha.finding.Finding;
import org.ducha.internal.CollectRunContext;
import org.ducha.internal.JudgeRunContext;
import org.ducha.model.Institution;

/**
 * An {@link InspectionRun} taken apart into three stateless steps, for an engine that moves the data between machines
 * itself (Spark: {@code ducha-spark}): the run's state — the facts of the inspection-scope checks — travels as bytes
 * between the steps instead of staying in one process.
 *
 * <ol>
 *   <li>{@link #collect}, once per institution, anywhere: the per-institution checks' report, and the facts the
 *       inspection-scope checks collect from it, each as its check's codec writes key and fact.</li>
 *   <li>{@link #judge}, once per check and key (the caller groups the facts by check id and key bytes: a keyed
 *       shuffle): the findings judging finds, and the institutions whose outcome is ERROR because judging threw.</li>
 *   <li>{@link #complete}, once per institution: its report from step 1 with what step 2 found for it, exactly as
 *       {@link InspectionRun#report} completes it.</li>
 * </ol>
 *
 * Institution ids must be unique among the institutions whose facts are judged together (the readers refuse a second
 * institution with an id). Obtained from {@link Inspector#steps()}; thread-safe; call only.
 */
public final class InspectionSteps {

  /**
   * What {@link #collect} gives for one institution.
   *
   * @param report the report of the per-institution checks, with the outcomes of the inspection-scope checks decided
   *     while collecting (NOT_APPLICABLE, and ERROR for a {@code collect} that threw); NOT_INSPECTED for invalid records
   * @param facts the facts the inspection-scope checks emitted, in the order emitted; empty when not inspected
   */
  public record Collected(InstitutionReport report, List<EncodedFact> facts) {
    public Collected {
      checkNotNull(report, "report");
      facts = List.copyOf(facts);
    }
  }

  /**
   * One fact an inspection-scope check collected, as its {@link FactCodec} wrote it.
   *
   * @param checkId the check
   * @param key the key's bytes: equal keys have equal bytes
   * @param fact the fact's bytes
   */
  public record EncodedFact(String checkId, byte[] key, byte[] fact) {
    public EncodedFact {
      checkNotNull(checkId, "checkId");
      checkNotNull(key, "key");
      checkNotNull(fact, "fact");
    }

    /** Equal when check id, key bytes and fact bytes are. */
    @Override
    public boolean equals(Object o) {
      return o instanceof EncodedFact e && checkId.equals(e.checkId) && Arrays.equals(key, e.key) && Arrays.equals(fact, e.fact);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * checkId.hashCode() + Arrays.hashCode(key)) + Arrays.hashCode(fact);
    }

    @Override
    public String toString() {
      return "EncodedFact[" + checkId + ", " + key.length + " key bytes, " + fact.length + " fact bytes]";
    }
  }

  /**
   * What {@link #judge} gives for one key.
   *
   * @param findings the findings, each of one of the institutions whose facts were judged; empty when judging threw
   * @param errors by institution id: the ERROR outcome of every institution with a fact under the key, when judging threw
   */
  public record Judged(List<Finding> findings, Map<String, CheckOutcome> errors) {
    public Judged {
      findings = List.copyOf(findings);
      errors = Map.copyOf(errors);
    }
  }

  private final Inspector inspector;
  private final List<Inspector.ScopeCheck> checks;
  private final Map<String, Inspector.ScopeCheck> byId = new HashMap<>();
  private final Map<String, Integer> order = new HashMap<>();

  InspectionSteps(Inspector inspector, List<Inspector.ScopeCheck> checks, List<String> reportOrder) {
    this.inspector = inspector;
    this.checks = checks;
    checks.forEach(c -> byId.put(c.descriptor().id(), c));
    for (int i = 0; i < reportOrder.size(); i++) {
      order.put(reportOrder.get(i), i);
    }
  }

  /**
   * Step 1: inspects one institution with the per-institution checks and collects the facts of the enabled, applicable
   * inspection-scope checks. Never throws because of a check.
   */
  public Collected collect(Institution institution) {
    InstitutionReport report = inspector.inspectChecks(institution);
    if (report.status() != InspectionStatus.INSPECTED || checks.isEmpty()) {
      return new Collected(report, List.of());
    }
    List<EncodedFact> facts = new ArrayList<>();
    Map<String, CheckOutcome> outcomes = collect(inspector, checks, institution, (c, emitted) -> facts.addAll(encode(c, emitted)));
    List<CheckOutcome> all = new ArrayList<>(report.outcomes());
    all.addAll(outcomes.values());
    all.sort(Comparator.comparing(CheckOutcome::checkId));
    return new Collected(new InstitutionReport(report.institutionId(), report.institutionName(), report.examSite(),
        report.inspectedOn(), report.status(), report.findings(), all, report.problems()), facts);
  }

  /**
   * Step 2: decodes and judges the facts of one key of check {@code checkId}, as {@link InspectionRun#report} judges a
   * key: the facts are ordered by institution id (stably: give each institution's facts in the order {@link #collect}
   * emitted them), and a judgement that throws gives an ERROR outcome to every institution concerned and no finding.
   *
   * @param checkId an inspection-scope check of this inspector
   * @param key the key's bytes, as in {@link EncodedFact#key()}
   * @param facts every fact under that key, each with the institution that emitted it; at least one
   */
  public Judged judge(String checkId, byte[] key, List<Fact<byte[]>> facts) {
    Inspector.ScopeCheck c = byId.get(checkId);
    checkArgument(c != null, "not an inspection-scope check of this inspector: %s", checkId);
    checkArgument(!facts.isEmpty(), "no facts to judge for %s", checkId);
    return judgeEncoded(c, key, facts);
  }

  @SuppressWarnings("unchecked")
  private <K, F> Judged judgeEncoded(Inspector.ScopeCheck c, byte[] key, List<Fact<byte[]>> encoded) {
    InspectionCheck<K, F> check = (InspectionCheck<K, F>) c.check();
    FactCodec<K, F> codec = check.codec();
    K k;
    List<Fact<F>> facts = new ArrayList<>(encoded.size());
    try {
      k = codec.readKey(new DataInputStream(new ByteArrayInputStream(key)));
      for (Fact<byte[]> f : encoded) {
        facts.add(new Fact<>(f.institution(), codec.readFact(new DataInputStream(new ByteArrayInputStream(f.value())))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the facts of " + c.descriptor().id(), e);
    }
    List<Finding> sink = new ArrayList<>();
    Map<String, CheckOutcome> errors = new HashMap<>();
    judgeKey(check, c.descriptor().id(), k, facts, new JudgeRunContext(c.descriptor(), c.parameters(), c.severity(), sink), sink, errors);
    return new Judged(sink, errors);
  }

  /**
   * Step 3: the report of one institution from {@link #collect}, completed with the findings judging gave it and the
   * outcomes of the inspection-scope checks: ERROR when its {@code collect} or a judgement of one of its keys threw, else
   * PASS or FAIL by the number of findings. A report that is not INSPECTED is returned as it is.
   *
   * @param collected the report {@link #collect} gave
   * @param findings every finding {@link #judge} gave this institution, in any order
   * @param judgeErrors by check id: the ERROR outcome a judgement gave this institution (one per check)
   */
  public InstitutionReport complete(InstitutionReport collected, List<Finding> findings, Map<String, CheckOutcome> judgeErrors) {
    if (collected.status() != InspectionStatus.INSPECTED || checks.isEmpty()) {
      return collected;
    }
    Map<String, CheckOutcome> atCollect = new HashMap<>();
    List<CheckOutcome> perInstitution = new ArrayList<>();
    for (CheckOutcome o : collected.outcomes()) {
      if (byId.containsKey(o.checkId())) {
        atCollect.put(o.checkId(), o);
      } else {
        perInstitution.add(o);
      }
    }
    InstitutionReport r = new InstitutionReport(collected.institutionId(), collected.institutionName(), collected.examSite(),
        collected.inspectedOn(), collected.status(), collected.findings(), perInstitution, collected.problems());
    return complete(inspector, checks, order, r, atCollect, findings, judgeErrors);
  }

  /**
   * Runs the collect step of every enabled inspection-scope check over {@code institution}, handing each check's facts
   * to {@code sink}; returns the outcomes decided while collecting (NOT_APPLICABLE, ERROR) by check id.
   */
  static Map<String, CheckOutcome> collect(Inspector inspector, List<Inspector.ScopeCheck> checks, Institution institution,
      java.util.function.BiConsumer<Inspector.ScopeCheck, List<? extends Map.Entry<?, ?>>> sink) {
    InstitutionIndex index = new InstitutionIndex(institution);
    Map<String, CheckOutcome> outcomes = new LinkedHashMap<>();
    for (Inspector.ScopeCheck c : checks) {
      CheckDescriptor d = c.descriptor();
      if (!inspector.profile().enabled(d.id())) {
        continue;
      }
      Optional<String> skip = inspector.whyNotApplicable(d, institution);
      if (skip.isPresent()) {
        outcomes.put(d.id(), CheckOutcome.notApplicable(d.id(), skip.get()));
        continue;
      }
      try {
        sink.accept(c, collectOne(c.check(), institution, new CollectRunContext<>(d, institution.inspectedOn(), c.parameters(), index)));
      } catch (RuntimeException | LinkageError | AssertionError e) {
        outcomes.put(d.id(), CheckOutcome.error(d.id(), e));
      }
    }
    return outcomes;
  }

  @SuppressWarnings("unchecked")
  private static <K, F> List<Map.Entry<K, F>> collectOne(InspectionCheck<K, F> check, Institution institution, CollectRunContext<?, ?> context) {
    CollectRunContext<K, F> ctx = (CollectRunContext<K, F>) context;
    check.collect(institution, ctx);
    return ctx.facts();
  }

  @SuppressWarnings("unchecked")
  private static <K, F> List<EncodedFact> encode(Inspector.ScopeCheck c, List<? extends Map.Entry<?, ?>> emitted) {
    FactCodec<K, F> codec = (FactCodec<K, F>) c.check().codec();
    String id = c.descriptor().id();
    List<EncodedFact> out = new ArrayList<>(emitted.size());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    DataOutputStream data = new DataOutputStream(bytes);
    try {
      for (Map.Entry<?, ?> e : emitted) {
        bytes.reset();
        codec.writeKey((K) e.getKey(), data);
        data.flush();
        byte[] key = bytes.toByteArray();
        bytes.reset();
        codec.writeFact((F) e.getValue(), data);
        data.flush();
        out.add(new EncodedFact(id, key, bytes.toByteArray()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Judges one key of {@code check}: orders the facts by institution id (stably), calls the check, and when it throws
   * takes back what it emitted for this key and records an ERROR outcome for every institution concerned (the first
   * one per institution and check stays).
   */
  static <K, F> void judgeKey(InspectionCheck<K, F> check, String id, K key, List<Fact<F>> facts, JudgeRunContext context,
      List<Finding> sink, Map<String, CheckOutcome> errors) {
    List<Fact<F>> sorted = new ArrayList<>(facts);
    sorted.sort(Comparator.comparing(f -> f.institution().id()));
    int before = sink.size();
    try {
      check.judge(key, List.copyOf(sorted), context);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      sink.subList(before, sink.size()).clear();
      for (Fact<F> f : sorted) {
        errors.putIfAbsent(f.institution().id(), CheckOutcome.error(id, e));
      }
    }
  }

  /**
   * {@code r} (the per-institution checks' report) completed with the inspection-scope checks' outcomes and findings:
   * the outcome decided while collecting, else a judgement's ERROR, else PASS or FAIL with the findings ordered by
   * subject key and evidence; outcomes by check id, findings in report order.
   */
  static InstitutionReport complete(Inspector inspector, List<Inspector.ScopeCheck> checks, Map<String, Integer> order,
      InstitutionReport r, Map<String, CheckOutcome> atCollect, List<Finding> scopeFindings, Map<String, CheckOutcome> judgeErrors) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Finding f : scopeFindings) {
      counts.merge(f.checkId(), 1, Integer::sum);
    }
    List<CheckOutcome> outcomes = new ArrayList<>(r.outcomes());
    List<Finding> findings = new ArrayList<>(r.findings());
    for (Inspector.ScopeCheck c : checks) {
      String id = c.descriptor().id();
      if (!inspector.profile().enabled(id)) {
        continue;
      }
      CheckOutcome o = atCollect.get(id);
      if (o == null) {
        o = judgeErrors.get(id);
      }
      if (o == null) {
        o = CheckOutcome.ran(id, counts.getOrDefault(id, 0));
        scopeFindings.stream().filter(f -> f.checkId().equals(id))
            .sorted(Comparator.comparing((Finding f) -> f.subject().key()).thenComparing(f -> f.evidence().toString()))
            .forEach(findings::add);
      }
      outcomes.add(o);
    }
    outcomes.sort(Comparator.comparing(CheckOutcome::checkId));
    findings.sort(Comparator.comparingInt(f -> order.getOrDefault(f.checkId(), Integer.MAX_VALUE)));
    return new InstitutionReport(r.institutionId(), r.institutionName(), r.examSite(), r.inspectedOn(), r.status(), findings,
        outcomes, r.problems());
  }
}
