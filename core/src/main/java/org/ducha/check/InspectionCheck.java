package org.ducha.check;

import java.util.List;
import org.ducha.model.Institution;

/**
 * A rule that needs several institutions' records at once — the same person signed in at two institutions at the
 * same hour — in a shape that streams: while institutions pass, {@link #collect} reads one institution and emits
 * keyed facts; when all have passed, {@link #judge} sees, key by key, the facts every institution emitted under that
 * key and reports findings, each attributed to one institution concerned and naming the other side in its evidence.
 *
 * <p><b>Memory.</b> The engine keeps the facts, not the institutions: its store holds each fact in the form the
 * {@link #codec()} writes (for the first-party checks 10–40 bytes a fact, see each check's Javadoc), at most a fixed
 * amount of them in memory and the rest in temporary files, and decodes one partition of keys at a time to judge
 * them. A check chooses a fact type that holds only what its judgement and its findings need; document the bytes per
 * fact in the implementation's Javadoc.
 *
 * <p><b>Contract.</b> Like {@link Check}, implementations are stateless and thread-safe: {@code collect} runs for
 * several institutions at once, on any thread; facts travel only through the context. {@code judge} is called once
 * per key, with the key's facts ordered by institution id and, within one institution, in the order emitted. A check
 * may find a problem within one institution when its records show it (two trainee records of one institution
 * carrying the same identity number); a single-institution inspection judges that institution's facts alone.
 *
 * <p>Profiles, applicability, the period in force and campaigns apply as to a {@link Check}, institution by
 * institution: an institution to which the check does not apply emits no facts and receives no findings. A
 * {@code collect} that throws gives that institution an {@code ERROR} outcome and its facts are dropped; a
 * {@code judge} that throws gives an {@code ERROR} outcome to every institution with a fact under that key.
 *
 * <p>Implement this and offer it through {@link CheckPack#inspectionChecks()}; the engine calls it.
 *
 * @param <K> the key facts are grouped by (e.g. a person's identity number); equal keys must encode equally
 * @param <F> the fact one institution contributes under a key
 */
public interface InspectionCheck<K, F> {

  /** What this check is; the same kind of descriptor as a {@link Check}'s. Never null; always the same object. */
  CheckDescriptor descriptor();

  /** How the engine stores keys and facts as bytes. Never null; always the same object. */
  FactCodec<K, F> codec();

  /**
   * Reads one institution and emits its facts through {@link CollectContext#fact}.
   *
   * @param institution the records; valid
   * @param context the inspection date, the resolved parameters, the shared indexes, the fact emitter
   */
  void collect(Institution institution, CollectContext<K, F> context);

  /**
   * Judges the facts of one key, emitting findings through {@link JudgeContext#finding}.
   *
   * @param key the key
   * @param facts every fact emitted under {@code key}, at least one, by institution id
   * @param context parameters and the finding emitter
   */
  void judge(K key, List<Fact<F>> facts, JudgeContext context);
}
