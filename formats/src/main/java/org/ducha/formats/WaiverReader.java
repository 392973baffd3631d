package org.ducha.formats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InvalidRecordsException;
import org.ducha.tracking.FindingRef;
import org.ducha.tracking.Waiver;

/**
 * Reads a file of waivers (accepted exceptions, 豁免), YAML or JSON:
 *
 * <pre>
 * waivers:
 *   - institution: huagang-power              # the finding: check, institution and subject key …
 *     check: facilities.exam-room.substandard
 *     subject: room:exam-room
 *     # fingerprint: 3f2a9c0d1e4b5a67         # … or its fingerprint (or check and institution alone: all their findings)
 *     justification: 新考试点正在建设中，建成前暂用现有机房
 *     approvedBy: 市应急管理局教育训练科
 *     approvedOn: 2022-05-20
 *     expires: 2022-12-31                     # mandatory; at most the maximum horizon after approvedOn
 * </pre>
 *
 * A waiver must end: one with no {@code expires}, or expiring more than the maximum horizon (by default
 * {@value Waiver#DEFAULT_MAX_HORIZON_DAYS} days) after {@code approvedOn}, or before it, is refused. Every problem
 * is reported at once, with file, line, column and path.
 */
public final class WaiverReader {
  private WaiverReader() {}

  /** The file's shape. */
  record WaiversFile(List<Item> waivers) {}

  /** One waiver of the file. */
  record Item(String fingerprint, String check, String institution, String subject, String justification, String approvedBy,
      LocalDate approvedOn, LocalDate expires) {}

  /** Reads {@code file} with the default horizon; throws {@link InvalidRecordsException} listing every problem. */
  public static List<Waiver> read(Path file) {
    return read(file, Waiver.DEFAULT_MAX_HORIZON_DAYS);
  }

  /** Reads {@code file}, refusing waivers that run more than {@code maxHorizonDays} after their approval. */
  public static List<Waiver> read(Path file, int maxHorizonDays) {
    return read(TrackingFiles.content(file, "waivers"), TrackingFiles.format(file), file.toString(), maxHorizonDays);
  }

  /** Reads a waivers document from {@code content}, naming {@code source} in problems. */
  public static List<Waiver> read(byte[] content, DataFormat format, String source, int maxHorizonDays) {
    if (maxHorizonDays < 1) {
      throw new IllegalArgumentException("the waiver horizon must be at least 1 day: " + maxHorizonDays);
    }
    Parsed<WaiversFile> parsed = DocumentReader.read(content, format, source, WaiversFile.class, f -> validate(f, maxHorizonDays));
    if (!parsed.ok()) {
      throw new InvalidRecordsException("waivers " + source, parsed.problems());
    }
    List<Waiver> out = new ArrayList<>();
    for (Item i : parsed.value().get().waivers()) {
      FindingRef ref = TrackingFiles.ref("", i.fingerprint(), i.check(), i.institution(), i.subject(), new ArrayList<>()).orElseThrow();
      out.add(new Waiver(ref, i.justification().strip(), i.approvedBy().strip(), i.approvedOn(), i.expires()));
    }
    return out;
  }

  private static List<InputProblem> validate(WaiversFile f, int maxDays) {
    List<InputProblem> out = new ArrayList<>();
    if (f.waivers() == null) {
      out.add(TrackingFiles.keep(InputProblem.of("waivers", "", "missing: list the waivers (an empty list is allowed)"), "tracking.waivers.missing"));
      return out;
    }
    java.util.Map<String, String> seen = TrackingFiles.seen();
    for (int n = 0; n < f.waivers().size(); n++) {
      String path = "waivers[" + n + "]";
      Item i = f.waivers().get(n);
      if (i == null) {
        out.add(TrackingFiles.keep(InputProblem.of(path, "null", "must be a waiver"), "tracking.waiver.null"));
        continue;
      }
      // Two waivers for one finding: which one's expiry and approval would hold is not for the reader to guess.
      TrackingFiles.ref(path, i.fingerprint(), i.check(), i.institution(), i.subject(), out)
          .ifPresent(r -> TrackingFiles.unique(seen, r, path, out));
      if (TrackingFiles.blank(i.justification())) {
        out.add(TrackingFiles.keep(InputProblem.of(path + ".justification", i.justification(), "missing: say why the exception is accepted"), "tracking.waiver.justification"));
      }
      if (TrackingFiles.blank(i.approvedBy())) {
        out.add(TrackingFiles.keep(InputProblem.of(path + ".approvedBy", i.approvedBy(), "missing: name who approved the waiver"), "tracking.waiver.approvedBy"));
      }
      if (i.approvedOn() == null) {
        out.add(TrackingFiles.keep(InputProblem.of(path + ".approvedOn", "", "missing: the day the waiver was approved, YYYY-MM-DD"), "tracking.waiver.approvedOn"));
      }
      if (i.expires() == null) {
        String latest = i.approvedOn() == null ? "" : " (at the latest " + Waiver.latestExpiry(i.approvedOn(), maxDays) + ")";
        out.add(TrackingFiles.keep(InputProblem.of(path + ".expires", "", "missing: a waiver must expire; give expires, YYYY-MM-DD, at most "
            + maxDays + " days after approvedOn" + latest), "tracking.waiver.expires-missing", maxDays, latest));
      } else if (i.approvedOn() != null) {
        LocalDate latest = Waiver.latestExpiry(i.approvedOn(), maxDays);
        if (i.expires().isBefore(i.approvedOn())) {
          out.add(TrackingFiles.keep(InputProblem.of(path + ".expires", i.expires(), "before approvedOn " + i.approvedOn()), "tracking.waiver.expires-before", i.approvedOn()));
        } else if (i.expires().isAfter(latest)) {
          out.add(TrackingFiles.keep(InputProblem.of(path + ".expires", i.expires(), "beyond the maximum horizon: more than " + maxDays
              + " days after approvedOn " + i.approvedOn() + " (the latest allowed is " + latest + ")"),
              "tracking.waiver.expires-beyond", maxDays, i.approvedOn(), latest));
        }
      }
    }
    return out;
  }
}
