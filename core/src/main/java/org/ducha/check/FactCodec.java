package org.ducha.check;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * How an {@link InspectionCheck}'s keys and facts are written to bytes and read back, so that the engine can keep
 * millions of them compactly and spill them to temporary files. {@code read} must return what {@code write} was
 * given (equal keys); equal keys must be written as equal bytes, since the engine partitions by those bytes.
 * Stateless and thread-safe.
 *
 * @param <K> the key type
 * @param <F> the fact type
 */
public interface FactCodec<K, F> {

  /** Writes {@code key}. */
  void writeKey(K key, DataOutput out) throws IOException;

  /** Reads a key written by {@link #writeKey}. */
  K readKey(DataInput in) throws IOException;

  /** Writes {@code fact}. */
  void writeFact(F fact, DataOutput out) throws IOException;

  /** Reads a fact written by {@link #writeFact}. */
  F readFact(DataInput in) throws IOException;
}
