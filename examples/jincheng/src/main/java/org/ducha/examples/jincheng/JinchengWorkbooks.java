package org.ducha.examples.jincheng;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ducha.formats.workbook.WorkbookWriter;
import org.ducha.model.Institution;

/**
 * The records of the Jincheng 2022 inspection as institutions keep them: one Excel workbook per institution, in the
 * layout of {@code ducha template}, beside the same {@code inspection.yaml} as {@link JinchengArchive} writes. The
 * records are {@link JinchengArchive#institutions()}, the source of the YAML files too, so the two folders hold the
 * same inspection; {@code main} writes {@code examples/jincheng-2022-xlsx}.
 */
public final class JinchengWorkbooks {
  private JinchengWorkbooks() {}

  /** The workbook of the institution at {@code index} (0-based) in the annex's order, e.g. {@code 01-jincheng-exam-centre.xlsx}. */
  public static String fileName(int index, String institutionId) {
    return String.format("%02d-%s.xlsx", index + 1, institutionId);
  }

  /** The data files, by file name, in reading order: the inspection (YAML), then one workbook per institution. */
  public static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(JinchengArchive.INSPECTION_FILE, JinchengArchive.files().get(JinchengArchive.INSPECTION_FILE).getBytes(StandardCharsets.UTF_8));
    List<Institution> institutions = JinchengArchive.institutions();
    for (int i = 0; i < institutions.size(); i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        WorkbookWriter.write(institutions.get(i), out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files.put(fileName(i, institutions.get(i).id()), out.toByteArray());
    }
    return files;
  }

  /** Whether {@code name} is one of the data files this class writes (and so may delete). */
  static boolean isDataFile(String name) {
    return name.endsWith(".xlsx") || name.equals(JinchengArchive.INSPECTION_FILE);
  }

  /**
   * Writes the data files into {@code folder}, creating it, and deletes workbooks there that are no longer written;
   * returns the names of the files written.
   */
  public static List<String> write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Map<String, byte[]> files = files();
    try (Stream<Path> existing = Files.list(folder)) {
      for (Path p : existing.toList()) {
        String name = p.getFileName().toString();
        if (isDataFile(name) && !files.containsKey(name)) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(folder.resolve(f.getKey()), f.getValue());
    }
    return List.copyOf(files.keySet());
  }

  /** Writes the data files into the folder given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JinchengWorkbooks <folder>");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    List<String> written = write(folder);
    System.out.println("wrote " + written.size() + " files to " + folder.toAbsolutePath().normalize());
  }
}
