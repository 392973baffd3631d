package org.ducha.formats;

import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InvalidRecordsException;
import org.ducha.engine.Profile;
import org.ducha.finding.Severity;

/**
 * Reads a profile file (YAML or JSON):
 *
 * <pre>
 * name: jincheng-2022
 * campaigns: [zouguochang-2021]          # campaign duties to check
 * disable: [facilities.practical-exam.not-smart]
 * severities:
 *   archive.not-bound: MINOR
 * parameters:
 *   governance.emergency-plan.outdated:
 *     maxAgeMonths: 24
 * </pre>
 *
 * Unknown fields and wrong types are reported with line and column; unknown check ids and parameter names are
 * reported, with the closest known names, when the {@code Inspector} is built with the profile.
 */
public final class ProfileReader {
  private ProfileReader() {}

  /** The profile file's shape. */
  record ProfileFile(@NotBlank String name, List<String> campaigns, List<String> disable, Map<String, Severity> severities,
      Map<String, Map<String, Object>> parameters) {}

  /** Reads {@code file}; throws {@link InvalidRecordsException} listing every problem. */
  public static Profile read(Path file) {
    return read(file, null);
  }

  /**
   * Reads {@code file}, refusing campaign ids not among {@code knownCampaigns} (the campaigns of the check packs);
   * throws {@link InvalidRecordsException} listing every problem, located.
   */
  public static Profile read(Path file, java.util.Set<String> knownCampaigns) {
    DataFormat format = DataFormat.of(file).orElseThrow(() -> new IllegalArgumentException(file + ": not a YAML or JSON file"));
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read profile " + file, e);
    }
    Parsed<ProfileFile> parsed = DocumentReader.read(content, format, file.toString(), ProfileFile.class, f -> {
      List<InputProblem> out = validate(f);
      if (knownCampaigns != null) {
        out.addAll(InspectionReader.unknownCampaigns(nonNull(f.campaigns()), "campaigns", knownCampaigns));
      }
      return out;
    });
    if (!parsed.ok()) {
      throw new InvalidRecordsException("profile " + file, parsed.problems());
    }
    ProfileFile f = parsed.value().get();
    Profile.Builder b = Profile.builder(f.name());
    nonNull(f.campaigns()).forEach(b::campaign);
    nonNull(f.disable()).forEach(b::disable);
    if (f.severities() != null) {
      f.severities().forEach(b::severity);
    }
    if (f.parameters() != null) {
      f.parameters().forEach((check, values) -> values.forEach((name, value) -> b.parameter(check, name, value)));
    }
    return b.build();
  }

  private static List<String> nonNull(List<String> l) {
    return l == null ? List.of() : l;
  }

  private static List<InputProblem> validate(ProfileFile f) {
    List<InputProblem> out = new ArrayList<>();
    if (f.name() == null || f.name().isBlank()) {
      out.add(InputProblem.keyed("name", f.name(), "constraint.NotBlank"));
    }
    if (f.severities() != null) {
      f.severities().forEach((k, v) -> {
        if (v == null) {
          out.add(InputProblem.keyed("severities." + k, "", "input.value.not-enum", java.util.Arrays.toString(Severity.values())));
        }
      });
    }
    if (f.parameters() != null) {
      f.parameters().forEach((k, v) -> {
        if (v == null) {
          out.add(TrackingFiles.keep(InputProblem.of("parameters." + k, "", "must map parameter names to values"), "profile.parameters.map"));
        } else {
          v.forEach((n, x) -> {
            if (x == null || x instanceof Map || x instanceof List) {
              out.add(TrackingFiles.keep(InputProblem.of("parameters." + k + "." + n, String.valueOf(x), "must be a number, true/false or text"), "profile.parameters.value"));
            }
          });
        }
      });
    }
    return out;
  }
}
