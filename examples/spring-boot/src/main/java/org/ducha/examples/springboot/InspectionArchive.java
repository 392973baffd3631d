package org.ducha.examples.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * An uploaded inspection (a zip of {@code inspection.yaml} and one file per institution) unpacked into a fresh
 * temporary folder, deleted on {@link #close()}.
 *
 * <p>Unpacking trusts nothing in the archive: every entry name is checked before anything is written (no absolute
 * paths, no {@code ..}, no backslashes or drive letters, only {@code .json}, {@code .jsonl}, {@code .yaml} and
 * {@code .yml} files, no hidden files, no two files of the same name), and every file is written by its bare name
 * into the folder, so nothing can land outside it (zip-slip). The bytes actually unpacked are counted, not the sizes
 * the archive declares, against a limit per file and for the whole archive, and so are the entries: a zip bomb stops
 * at the limit. Files may sit at the top of the archive or in folders (as zipping a folder gives); folders are
 * flattened.
 */
final class InspectionArchive implements AutoCloseable {

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
  private static final List<String> EXTENSIONS = List.of(".json", ".jsonl", ".yaml", ".yml");

  private final Path folder;

  private InspectionArchive(Path folder) {
    this.folder = folder;
  }

  /** The folder holding the unpacked files. */
  Path folder() {
    return folder;
  }

  /**
   * Unpacks {@code zip}. Throws {@link UploadRejected} listing every bad entry name at once, or naming the limit an
   * entry or the whole archive went past; nothing is left behind then.
   */
  static InspectionArchive unpack(InputStream zip, UploadLimits limits) throws IOException {
    Path folder = Files.createTempDirectory("ducha-upload");
    InspectionArchive archive = new InspectionArchive(folder);
    try {
      archive.unpackInto(zip, limits);
      return archive;
    } catch (IOException | RuntimeException e) {
      archive.close();
      throw e;
    }
  }

  private void unpackInto(InputStream body, UploadLimits limits) throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    long total = 0;
    int entries = 0;
    // The compressed body is bounded too, by the same limit as the unpacked files.
    try (ZipInputStream in = new ZipInputStream(new BoundedInputStream(body, limits.maxBytes().toBytes(), "the upload"))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (++entries > limits.maxEntries()) {
          throw UploadRejected.tooLarge("more than " + limits.maxEntries() + " entries in the archive");
        }
        String name = e.getName();
        String why = whyRejected(name, e.isDirectory());
        if (why != null) {
          problems.add("entry '" + printable(name) + "': " + why);
          continue;
        }
        if (e.isDirectory()) {
          continue;
        }
        String file = name.substring(name.lastIndexOf('/') + 1);
        if (!names.add(file)) {
          problems.add("entry '" + printable(name) + "': a second file named " + file);
          continue;
        }
        if (!problems.isEmpty()) {
          continue; // the archive is refused anyway: only its names are still checked
        }
        Path target = folder.resolve(file).normalize();
        if (!folder.equals(target.getParent())) {
          problems.add("entry '" + printable(name) + "': would be written outside the upload folder");
          continue;
        }
        long max = Math.min(limits.maxEntryBytes().toBytes(), limits.maxBytes().toBytes() - total);
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          total += copy(in, out, max, limits, name);
        }
      }
    } catch (ZipException e) {
      throw new UploadRejected(List.of("not a readable zip archive: " + e.getMessage()), false);
    }
    if (problems.isEmpty() && names.isEmpty()) {
      problems.add("the archive holds no inspection files (" + String.join(", ", EXTENSIONS) + ")");
    }
    if (!problems.isEmpty()) {
      throw new UploadRejected(problems, false);
    }
  }

  /** Why an entry name is refused, or null. */
  private static String whyRejected(String name, boolean directory) {
    if (name.isEmpty() || name.indexOf('\0') >= 0) {
      return "empty or with a NUL character";
    }
    if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
      return "an absolute path";
    }
    if (name.indexOf('\\') >= 0) {
      return "a backslash in the name";
    }
    String[] segments = (directory && name.endsWith("/") ? name.substring(0, name.length() - 1) : name).split("/", -1);
    for (String s : segments) {
      if (s.equals("..") || s.equals(".") || s.isEmpty()) {
        return "a '" + s + "' segment in the path";
      }
      if (s.startsWith(".")) {
        return "a hidden file or folder";
      }
    }
    if (directory) {
      return null;
    }
    String lower = segments[segments.length - 1].toLowerCase(Locale.ROOT);
    if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
      return "not an inspection file (" + String.join(", ", EXTENSIONS) + ")";
    }
    return null;
  }

  /** Copies at most {@code max} bytes; one more fails the upload. */
  private static long copy(InputStream in, OutputStream out, long max, UploadLimits limits, String name) throws IOException {
    byte[] buffer = new byte[8192];
    long n = 0;
    for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
      n += r;
      if (n > max) {
        throw UploadRejected.tooLarge("entry '" + printable(name) + "' unpacks to more than "
            + (max == limits.maxEntryBytes().toBytes() ? limits.maxEntryBytes() + " (the limit per file)" : "what is left of " + limits.maxBytes() + " for the archive"));
      }
      out.write(buffer, 0, r);
    }
    return n;
  }

  /** The name as it may appear in a message: control characters escaped, at most 200 characters. */
  private static String printable(String name) {
    StringBuilder b = new StringBuilder();
    name.codePoints().limit(200).forEach(c -> {
      if (Character.isISOControl(c)) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return name.codePointCount(0, name.length()) > 200 ? b + "…" : b.toString();
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
