package org.ducha.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * A reader of institution files in a format this module does not read itself (workbooks, CSV), found through
 * {@link ServiceLoader}: {@code ducha-formats-workbook} provides one for {@code .xlsx} and {@code .csv}. It turns a file
 * into an {@link InstitutionDocument} (the records as a JSON document, and where each of its lines came from); the
 * {@link InspectionReader} then binds and validates that document as it does a JSON file, so every format reports the
 * same problems, located in the reader's own terms (sheet and cell).
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface InstitutionFileReader {
  /** The endings of the file names it reads, lower case with the dot, e.g. {@code .xlsx}; never empty. */
  Set<String> extensions();

  /**
   * The institution in {@code file}: never null. Problems of the file's own shape (a sheet missing, a column unknown)
   * go into {@link InstitutionDocument#problems()}, located; the values go into the document, even where they are
   * wrong, so that binding reports them too, all at once.
   *
   * @throws IOException when the file cannot be read at all
   */
  InstitutionDocument read(Path file) throws IOException;

  /** The readers on the class path of this module's class loader, sorted by class name. */
  static List<InstitutionFileReader> installed() {
    return Installed.READERS;
  }

  /** The installed reader of {@code file}, by its name's ending. */
  static Optional<InstitutionFileReader> of(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return installed().stream().filter(r -> r.extensions().stream().anyMatch(name::endsWith)).findFirst();
  }
}

/** The readers found once, sorted so the order never depends on the class path. */
final class Installed {
  private Installed() {}

  static final List<InstitutionFileReader> READERS = ServiceLoader.load(InstitutionFileReader.class,
      InstitutionFileReader.class.getClassLoader()).stream().map(ServiceLoader.Provider::get)
      .sorted(java.util.Comparator.comparing(r -> r.getClass().getName())).toList();
}
