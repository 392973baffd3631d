package org.ducha.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.ducha.check.FactCodec;

/**
 * The facts of one inspection-scope check in one run: encoded by the check's codec, partitioned by a hash of the key's
 * bytes, held in memory up to a limit and then appended to temporary files (a keyed shuffle, as Spark does it).
 * Judging decodes one partition at a time, so memory is bounded by the limit plus one partition's decoded facts,
 * whatever the number of institutions. Adding is thread-safe; {@link #forEachKey} and {@link #close} are not to be
 * called concurrently with adding.
 *
 * <p>A record is: key length, key bytes, institution ordinal, fact length, fact bytes (lengths and ordinal as
 * variable-length integers).
 *
 * @param <K> key type
 * @param <F> fact type
 */
public final class FactStore<K, F> implements AutoCloseable {

  /**
   * In-memory bytes of encoded facts a store keeps before it spills them to temporary files: 2 MiB (its buffers may
   * hold up to twice that). Small on purpose: under {@code -Xmx256m} the reports of 1,500 institutions already take
   * most of the heap, and a 16 MiB limit for each of four checks made the collector thrash (measured on a 2 GB input).
   */
  public static final long DEFAULT_MEMORY_LIMIT = 2L << 20;

  /** Partitions: judging decodes one at a time, so one 64th of the facts at once. */
  public static final int PARTITIONS = 64;

  /** One fact read back: which institution (by ordinal) and the fact. */
  public record Entry<F>(int institution, F fact) {}

  private final FactCodec<K, F> codec;
  private final long memoryLimit;
  private final Buffer[] memory = new Buffer[PARTITIONS];
  private final Path[] files = new Path[PARTITIONS];
  private Path directory;
  private long inMemory;
  private long count;

  /** A store writing with {@code codec}, spilling beyond {@code memoryLimit} bytes (0: spill everything). */
  public FactStore(FactCodec<K, F> codec, long memoryLimit) {
    this.codec = codec;
    this.memoryLimit = memoryLimit;
    for (int i = 0; i < PARTITIONS; i++) {
      memory[i] = new Buffer();
    }
  }

  /** Encodes facts of one institution; the result goes to {@link #add}. Thread-safe (no shared state). */
  public List<byte[]> encode(int institution, List<Map.Entry<K, F>> facts) {
    List<byte[]> out = new ArrayList<>(facts.size());
    Buffer keyBytes = new Buffer();
    Buffer factBytes = new Buffer();
    try {
      DataOutputStream keys = new DataOutputStream(keyBytes);
      DataOutputStream values = new DataOutputStream(factBytes);
      for (Map.Entry<K, F> e : facts) {
        keyBytes.reset();
        factBytes.reset();
        codec.writeKey(e.getKey(), keys);
        keys.flush();
        codec.writeFact(e.getValue(), values);
        values.flush();
        Buffer record = new Buffer();
        writeVarInt(record, keyBytes.size());
        record.write(keyBytes.bytes(), 0, keyBytes.size());
        writeVarInt(record, institution);
        writeVarInt(record, factBytes.size());
        record.write(factBytes.bytes(), 0, factBytes.size());
        byte[] r = record.toByteArray();
        out.add(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Adds encoded records (from {@link #encode}); spills when memory holds more than the limit. */
  public synchronized void add(List<byte[]> records) {
    for (byte[] r : records) {
      int keyLength = readVarInt(r, 0);
      int keyStart = varIntSize(keyLength);
      int p = Math.floorMod(hash(r, keyStart, keyLength), PARTITIONS);
      memory[p].write(r, 0, r.length);
      inMemory += r.length;
      count++;
    }
    if (inMemory > memoryLimit) {
      spill();
    }
  }

  /** How many facts were added. */
  public synchronized long size() {
    return count;
  }

  /** Whether some facts were written to temporary files. */
  public synchronized boolean spilled() {
    return directory != null;
  }

  /**
   * Calls {@code judge} once per key with its facts, partition by partition, keys in the order first added within a
   * partition, facts in the order added.
   */
  public void forEachKey(BiConsumer<K, List<Entry<F>>> judge) {
    for (int p = 0; p < PARTITIONS; p++) {
      forEachKey(p, judge);
    }
  }

  /**
   * As {@link #forEachKey(BiConsumer)} for the keys of partition {@code p} (0 to {@link #PARTITIONS} − 1) alone: every
   * key is in exactly one partition, so partitions may be judged on different threads at once.
   */
  public void forEachKey(int p, BiConsumer<K, List<Entry<F>>> judge) {
    Map<K, List<Entry<F>>> groups = new LinkedHashMap<>();
    try {
      if (files[p] != null) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(files[p]), 1 << 16))) {
          readAll(in, groups);
        }
      }
      readAll(new DataInputStream(new ByteArrayInputStream(memory[p].bytes(), 0, memory[p].size())), groups);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the facts of " + codec.getClass().getName(), e);
    }
    groups.forEach(judge);
  }

  private void readAll(DataInputStream in, Map<K, List<Entry<F>>> groups) throws IOException {
    while (true) {
      int keyLength;
      try {
        keyLength = readVarInt(in);
      } catch (EOFException end) {
        return;
      }
      byte[] key = new byte[keyLength];
      in.readFully(key);
      int institution = readVarInt(in);
      byte[] fact = new byte[readVarInt(in)];
      in.readFully(fact);
      K k = codec.readKey(new DataInputStream(new ByteArrayInputStream(key)));
      F f = codec.readFact(new DataInputStream(new ByteArrayInputStream(fact)));
      groups.computeIfAbsent(k, x -> new ArrayList<>(2)).add(new Entry<>(institution, f));
    }
  }

  private void spill() {
    try {
      if (directory == null) {
        directory = Files.createTempDirectory("ducha-facts");
        directory.toFile().deleteOnExit();
      }
      for (int p = 0; p < PARTITIONS; p++) {
        if (memory[p].size() == 0) {
          continue;
        }
        if (files[p] == null) {
          files[p] = directory.resolve("p" + p);
          files[p].toFile().deleteOnExit();
        }
        try (OutputStream out = Files.newOutputStream(files[p], StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
          out.write(memory[p].bytes(), 0, memory[p].size());
        }
        memory[p] = new Buffer();
      }
      inMemory = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill facts to a temporary file", e);
    }
  }

  /** Drops every fact and deletes the temporary files. */
  @Override
  public synchronized void close() {
    for (int p = 0; p < PARTITIONS; p++) {
      memory[p] = new Buffer();
      if (files[p] != null) {
        try {
          Files.deleteIfExists(files[p]);
        } catch (IOException ignored) {
          // deleted on exit
        }
        files[p] = null;
      }
    }
    if (directory != null) {
      try {
        Files.deleteIfExists(directory);
      } catch (IOException ignored) {
        // deleted on exit
      }
      directory = null;
    }
    inMemory = 0;
  }

  private static int hash(byte[] b, int from, int length) {
    int h = 1;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 16);
  }

  private static void writeVarInt(OutputStream out, int v) {
    try {
      while ((v & ~0x7F) != 0) {
        out.write((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      out.write(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int varIntSize(int v) {
    int n = 1;
    while ((v & ~0x7F) != 0) {
      v >>>= 7;
      n++;
    }
    return n;
  }

  private static int readVarInt(byte[] b, int at) {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      int x = b[at++];
      v |= (x & 0x7F) << shift;
      if ((x & 0x80) == 0) {
        return v;
      }
    }
  }

  private static int readVarInt(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      int x = in.readUnsignedByte();
      v |= (x & 0x7F) << shift;
      if ((x & 0x80) == 0) {
        return v;
      }
    }
  }

  /** A byte buffer whose array is readable without a copy. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(64);
    }

    byte[] bytes() {
      return buf;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      super.write(b, off, len);
    }

    @Override
    public void reset() {
      super.reset();
    }

    @Override
    public byte[] toByteArray() {
      return Arrays.copyOf(buf, count);
    }
  }
}
