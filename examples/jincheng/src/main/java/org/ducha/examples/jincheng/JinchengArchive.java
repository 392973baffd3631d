package org.ducha.examples.jincheng;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ducha.formats.DataFormat;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;

/**
 * The records of the Jincheng 2022 inspection (晋市应急教发〔2022〕89号): the city's emergency-management bureau
 * inspected all eight safety-training institutions and exam sites of the city from 19 to 24 April 2022, during the
 * campaign against training that "goes through the motions" (安全培训“走过场”专项整治), and listed their problems in
 * the annex of its notice of 5 May 2022.
 *
 * <p>The institutions, their names, inspection days and exam sites are those of the notice; everything else — staff,
 * trainees, classes and their archives, documents, rooms, equipment — is invented, complete enough for an inspector
 * to leaf through, and in order except for what the notice reports. The people's names are invented.
 *
 * <p>{@code main} writes the data files: {@code inspection.yaml} and one file per institution, numbered in the
 * notice's order ({@code 01-jincheng-exam-centre.yaml} … {@code 08-jinpushan-coal-training-centre.yaml}).
 */
public final class JinchengArchive {
  private JinchengArchive() {}

  /** The id of the inspection. */
  public static final String INSPECTION_ID = "jincheng-2022";

  /** The campaign the inspection is part of. */
  public static final String CAMPAIGN = "zouguochang-2021";

  /** The file of the inspection. */
  public static final String INSPECTION_FILE = "inspection.yaml";

  /** The institutions in the annex's order: file-name stem (without number) and builder. */
  private record Entry(String id, Supplier<Institution> builder) {}

  private static final List<Entry> ENTRIES = List.of(
      new Entry(ExamCentre.ID, ExamCentre::build),
      new Entry(JinnengCentre.ID, JinnengCentre::build),
      new Entry(YangchengCentre.ID, YangchengCentre::build),
      new Entry(HuagangPower.ID, HuagangPower::build),
      new Entry(ZezhouCentre.ID, ZezhouCentre::build),
      new Entry(LanhuaCentre.ID, LanhuaCentre::build),
      new Entry(QinshuiCentre.ID, QinshuiCentre::build),
      new Entry(JinpushanCentre.ID, JinpushanCentre::build));

  /** The ids of the eight institutions, in the order of the notice's annex. */
  public static List<String> institutionIds() {
    return ENTRIES.stream().map(Entry::id).toList();
  }

  /** The inspection: who inspected, when, which institutions in which order, as part of which campaign. */
  public static Inspection inspection() {
    return new Inspection(INSPECTION_ID, "晋城市培训机构（考试点）安全培训“走过场”专项整治督查检查", "晋城市应急管理局",
        Optional.of("晋市应急教发〔2022〕89号"), LocalDate.of(2022, 4, 19), LocalDate.of(2022, 4, 24), institutionIds(),
        List.of(CAMPAIGN), Optional.of(LocalDate.of(2022, 5, 5)), Optional.empty(), List.of());
  }

  /** The eight institutions' records, in the order of the notice's annex. */
  public static List<Institution> institutions() {
    List<Institution> all = new ArrayList<>();
    for (Entry e : ENTRIES) {
      Institution i = e.builder().get();
      if (!i.id().equals(e.id())) {
        throw new IllegalStateException("institution " + i.id() + " listed as " + e.id());
      }
      all.add(i);
    }
    return all;
  }

  /** The file name of the institution at {@code index} (0-based) in the annex's order, e.g. {@code 01-jincheng-exam-centre.yaml}. */
  public static String fileName(int index, String institutionId) {
    return String.format("%02d-%s.yaml", index + 1, institutionId);
  }

  /** The data files, by file name, in reading order: the inspection, then the institutions. */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(INSPECTION_FILE, DataFormat.YAML.writeString(inspection()));
    List<Institution> institutions = institutions();
    for (int i = 0; i < institutions.size(); i++) {
      files.put(fileName(i, institutions.get(i).id()), DataFormat.YAML.writeString(institutions.get(i)));
    }
    return files;
  }

  /**
   * Writes the data files into {@code folder}, creating it, and deletes data files there that are no longer written;
   * returns the names of the files written.
   */
  public static List<String> write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Map<String, String> files = files();
    try (Stream<Path> existing = Files.list(folder)) {
      for (Path p : existing.toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".yaml") && !files.containsKey(name)) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    return List.copyOf(files.keySet());
  }

  /** Writes the data files into the folder given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JinchengArchive <folder>");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    List<String> written = write(folder);
    System.out.println("wrote " + written.size() + " files to " + folder.toAbsolutePath().normalize());
  }
}
