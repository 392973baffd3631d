package org.ducha.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ducha.check.FactCodec;
import org.junit.jupiter.api.Test;

class FactStoreTest {

  private static final FactCodec<String, Integer> CODEC = new FactCodec<>() {
    @Override
    public void writeKey(String key, DataOutput out) throws IOException {
      out.writeUTF(key);
    }

    @Override
    public String readKey(DataInput in) throws IOException {
      return in.readUTF();
    }

    @Override
    public void writeFact(Integer fact, DataOutput out) throws IOException {
      out.writeInt(fact);
    }

    @Override
    public Integer readFact(DataInput in) throws IOException {
      return in.readInt();
    }
  };

  /** Adds 3 facts under each of 1000 keys, from institutions 0, 1 and 2, and reads every key back. */
  private static Map<String, List<String>> roundTrip(FactStore<String, Integer> store) {
    for (int inst = 0; inst < 3; inst++) {
      List<Map.Entry<String, Integer>> facts = new ArrayList<>();
      for (int k = 0; k < 1000; k++) {
        facts.add(new AbstractMap.SimpleImmutableEntry<>("key-" + k, inst * 1000 + k));
      }
      store.add(store.encode(inst, facts));
    }
    Map<String, List<String>> out = new TreeMap<>();
    store.forEachKey((k, entries) -> {
      List<String> list = out.computeIfAbsent(k, x -> new ArrayList<>());
      entries.forEach(e -> list.add(e.institution() + ":" + e.fact()));
    });
    return out;
  }

  @Test
  void facts_come_back_grouped_by_key_in_the_order_added_whether_kept_in_memory_or_spilled() {
    FactStore<String, Integer> memory = new FactStore<>(CODEC, Long.MAX_VALUE);
    FactStore<String, Integer> spilling = new FactStore<>(CODEC, 0);
    Map<String, List<String>> a = roundTrip(memory);
    Map<String, List<String>> b = roundTrip(spilling);
    assertThat(memory.spilled()).isFalse();
    assertThat(spilling.spilled()).isTrue();
    assertThat(a).hasSize(1000).isEqualTo(b);
    assertThat(a.get("key-7")).containsExactly("0:7", "1:1007", "2:2007");
    assertThat(memory.size()).isEqualTo(3000);
    spilling.close();
    assertThat(spilling.spilled()).isFalse();
  }
}
