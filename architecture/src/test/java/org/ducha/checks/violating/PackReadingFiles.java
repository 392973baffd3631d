package org.ducha.checks.violating;

import java.nio.file.Path;
import java.util.List;
import org.ducha.formats.InspectionFiles;

/** A deliberately wrong "pack" class: it reads data files through formats, which a pack must not know. */
public final class PackReadingFiles {
  private PackReadingFiles() {}

  /** Reaches for formats. */
  public static InspectionFiles files(Path folder) {
    return InspectionFiles.of(List.of(folder));
  }
}
