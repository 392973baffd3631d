package org.ducha.internal;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/** Computes finding fingerprints. */
public final class Fingerprints {
  private Fingerprints() {}

  /** The first 16 hex digits of the SHA-256 of the parts joined by a unit separator. */
  public static String of(String... parts) {
    String joined = String.join("\u001f", parts);
    return Hashing.sha256().hashString(joined, StandardCharsets.UTF_8).toString().substring(0, 16);
  }
}
