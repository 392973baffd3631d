package org.ducha.testkit;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.model.TrainingClass;

/**
 * One-line ways to introduce a single defect into a fixture. Each returns a changed copy; the input is
 * untouched.
 */
public final class Mutations {
  private Mutations() {}

  /** Removes every governance document of {@code type}. */
  public static Institution withoutDocument(Institution inst, DocumentType type) {
    return inst.with(b -> {
      b.documents.removeIf(d -> d.type() == type);
      return b;
    });
  }

  /** Applies {@code change} to the class {@code classId}. */
  public static Institution mapClass(Institution inst, String classId, UnaryOperator<TrainingClass> change) {
    return inst.with(b -> b.mapClass(classId, change));
  }

  /** Removes every archive document of {@code type} from class {@code classId} (and from its archive volumes). */
  public static Institution withoutClassDocument(Institution inst, String classId, ClassDocumentType type) {
    return mapClass(inst, classId, c -> c.with(b -> {
      java.util.Set<String> gone = new java.util.HashSet<>();
      b.documents.removeIf(d -> {
        boolean remove = d.type() == type;
        if (remove) {
          gone.add(d.id());
        }
        return remove;
      });
      b.archive.replaceAll(v -> new org.ducha.model.ArchiveVolume(v.id(), v.kind(), v.bound(),
          v.contents().stream().filter(x -> !gone.contains(x)).toList()));
      return b;
    }));
  }

  /** Replaces the sign-in lines of class {@code classId} matching {@code which} by {@code change} applied to them. */
  public static Institution mapAttendance(Institution inst, String classId, Predicate<AttendanceEntry> which,
      UnaryOperator<AttendanceEntry> change) {
    return mapClass(inst, classId, c -> c.with(b -> {
      b.attendance.replaceAll(e -> which.test(e) ? change.apply(e) : e);
      return b;
    }));
  }

  /** Removes the sign-in lines of class {@code classId} matching {@code which}. */
  public static Institution removeAttendance(Institution inst, String classId, Predicate<AttendanceEntry> which) {
    return mapClass(inst, classId, c -> c.with(b -> {
      b.attendance.removeIf(which);
      return b;
    }));
  }
}
