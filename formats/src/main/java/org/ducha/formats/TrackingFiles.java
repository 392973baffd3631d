package org.ducha.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.InputProblem;
import org.ducha.tracking.FindingRef;

/** What the rectification-plan and waiver readers share: reading the file, and the finding an entry names. */
final class TrackingFiles {
  private TrackingFiles() {}

  static byte[] content(Path file, String what) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + file, e);
    }
  }

  static DataFormat format(Path file) {
    return DataFormat.of(file).orElseThrow(() -> new IllegalArgumentException(file + ": not a YAML or JSON file"));
  }

  /** The finding named at {@code path}, or a problem with it added to {@code out}. */
  static Optional<FindingRef> ref(String path, String fingerprint, String check, String institution, String subject, List<InputProblem> out) {
    Optional<String> problem = FindingRef.problem(Optional.ofNullable(fingerprint), Optional.ofNullable(check), Optional.ofNullable(institution),
        Optional.ofNullable(subject));
    if (problem.isPresent()) {
      String at = fingerprint != null && !fingerprint.isBlank() && (check == null || check.isBlank()) ? path + ".fingerprint" : path;
      out.add(InputProblem.of(at, fingerprint != null && at.endsWith(".fingerprint") ? fingerprint : "", problem.get()));
      return Optional.empty();
    }
    return Optional.of(new FindingRef(Optional.ofNullable(fingerprint), Optional.ofNullable(check), Optional.ofNullable(institution),
        Optional.ofNullable(subject)));
  }

  /** Records the first entry naming each finding; a second one is a problem at its path. */
  static void unique(Map<String, String> seen, FindingRef ref, String path, List<InputProblem> out) {
    String first = seen.putIfAbsent(ref.key(), path);
    if (first != null) {
      out.add(InputProblem.of(path, ref.toString(), "names the same findings as " + first));
    }
  }

  static Map<String, String> seen() {
    return new HashMap<>();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
