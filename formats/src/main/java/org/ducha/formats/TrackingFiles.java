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
      out.add(keep(InputProblem.of(at, fingerprint != null && at.endsWith(".fingerprint") ? fingerprint : "", problem.get()),
          refKey(problem.get()), fingerprint));
      return Optional.empty();
    }
    return Optional.of(new FindingRef(Optional.ofNullable(fingerprint), Optional.ofNullable(check), Optional.ofNullable(institution),
        Optional.ofNullable(subject)));
  }

  /** Records the first entry naming each finding; a second one is a problem at its path. */
  static void unique(Map<String, String> seen, FindingRef ref, String path, List<InputProblem> out) {
    String first = seen.putIfAbsent(ref.key(), path);
    if (first != null) {
      out.add(keep(InputProblem.of(path, ref.toString(), "names the same findings as " + first), "tracking.duplicate", first));
    }
  }

  /** {@code p} with a message key and arguments, its English text kept as it is. */
  static InputProblem keep(InputProblem p, String key, Object... args) {
    InputProblem k = p.withKey(key, args);
    return new InputProblem(p.file(), p.line(), p.column(), p.path(), p.value(), p.message(), k.key(), k.args());
  }

  /** The message key of a problem {@link FindingRef#problem} names, by its (English) text. */
  private static String refKey(String text) {
    if (text.startsWith("check and institution go together")) {
      return "tracking.ref.partial";
    }
    if (text.startsWith("a fingerprint is 16 hex")) {
      return "tracking.ref.fingerprint-form";
    }
    if (text.startsWith("a fingerprint names one finding")) {
      return "tracking.ref.fingerprint-alone";
    }
    if (text.startsWith("fingerprint ")) {
      return "tracking.ref.fingerprint-mismatch";
    }
    return "tracking.ref.none";
  }

  static Map<String, String> seen() {
    return new HashMap<>();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
