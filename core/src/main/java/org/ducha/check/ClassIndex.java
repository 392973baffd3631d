package org.ducha.check;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.ExamScore;
import org.ducha.model.ExamSession;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.LessonRecord;
import org.ducha.model.PracticalRecord;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;
import org.ducha.model.VolumeKind;

/**
 * Lookup tables over one class's archive. Obtain through {@link InstitutionIndex#of(TrainingClass)}. Each
 * table is built once, on first use; safe to read from several threads.
 */
public final class ClassIndex {

  /** A score with the session it was given in. */
  public record ScoreLine(ExamSession session, ExamScore score) {}

  /**
   * How many minutes of presence make one class hour (学时), and what a sign-in sheet line without times earns.
   * AQ 8011-2023 §4.4 sets at least 45 minutes offline and 30 online from 2024-07-01; before that no national
   * minute rule existed, and the floor a check uses is a parameter the check documents.
   *
   * @param offlineMinutes minutes per class hour of a lesson taught offline, at least 1
   * @param onlineMinutes minutes per class hour of a lesson taught online, at least 1
   * @param untimedLinesCredited whether a line signed in and out but without both times earns the lesson's planned
   *     hours (the sheet proves presence, not its length) or nothing (presence cannot be measured)
   */
  public record ClassHour(int offlineMinutes, int onlineMinutes, boolean untimedLinesCredited) {

    public ClassHour {
      com.google.common.base.Preconditions.checkArgument(offlineMinutes >= 1 && onlineMinutes >= 1,
          "minutes per class hour must be at least 1: %s offline, %s online", offlineMinutes, onlineMinutes);
    }

    /** Minutes per class hour of {@code lesson}: online for a lesson taught online, offline otherwise. */
    public int minutesPerHour(Lesson lesson) {
      return lesson.mode() == DeliveryMode.ONLINE ? onlineMinutes : offlineMinutes;
    }

    /** Minutes of presence the planned hours of {@code lesson} need. */
    public BigDecimal minutesNeeded(Lesson lesson) {
      return lesson.hours().multiply(BigDecimal.valueOf(minutesPerHour(lesson)));
    }

    /** Whether {@code minutes} of time hold the planned hours of {@code lesson}. */
    public boolean holds(long minutes, Lesson lesson) {
      return BigDecimal.valueOf(minutes).compareTo(minutesNeeded(lesson)) >= 0;
    }

    /**
     * Minutes of {@code lesson} that {@code minutes} of presence earn: the presence, capped by what the lesson's
     * planned hours need.
     */
    public BigDecimal creditedMinutes(long minutes, Lesson lesson) {
      return BigDecimal.valueOf(Math.max(0, minutes)).min(minutesNeeded(lesson));
    }

    /** Class hours that {@code minutes} of presence earn in {@code lesson}, at most its planned hours. */
    public BigDecimal hours(BigDecimal creditedMinutes, Lesson lesson) {
      return creditedMinutes.divide(BigDecimal.valueOf(minutesPerHour(lesson)), 4, RoundingMode.DOWN).min(lesson.hours());
    }
  }

  private final TrainingClass trainingClass;
  private final Supplier<Map<String, Lesson>> lessons;
  private final Supplier<ImmutableListMultimap<String, LessonRecord>> lessonRecords;
  private final Supplier<Map<String, Trainee>> trainees;
  private final Supplier<Map<String, AttendanceEntry>> attendance;
  private final Supplier<ImmutableListMultimap<String, AttendanceEntry>> attendanceByTrainee;
  private final Supplier<ImmutableListMultimap<String, LeaveNote>> leaveNotes;
  private final Supplier<ImmutableListMultimap<ClassDocumentType, ClassDocument>> documents;
  private final Supplier<ImmutableListMultimap<LocalDate, PracticalRecord>> practicalByDate;
  private final Supplier<ImmutableListMultimap<String, ScoreLine>> scores;
  private final Supplier<ImmutableListMultimap<VolumeKind, ArchiveVolume>> volumes;
  private final Supplier<Map<VolumeKind, Set<String>>> filed;
  private final Supplier<ClassGrid> grid;
  private final java.util.concurrent.ConcurrentHashMap<Object, Object> shared = new java.util.concurrent.ConcurrentHashMap<>();

  ClassIndex(TrainingClass c) {
    this.trainingClass = c;
    this.lessons = Suppliers.memoize(() -> InstitutionIndex.uniqueIndex(c.lessons(), Lesson::id));
    this.lessonRecords = Suppliers.memoize(() -> Multimaps.index(c.lessonRecords(), LessonRecord::lessonId));
    this.trainees = Suppliers.memoize(() -> InstitutionIndex.uniqueIndex(c.trainees(), Trainee::id));
    this.attendance = Suppliers.memoize(() -> InstitutionIndex.uniqueIndex(c.attendance(), e -> key(e.traineeId(), e.lessonId())));
    this.attendanceByTrainee = Suppliers.memoize(() -> Multimaps.index(c.attendance(), AttendanceEntry::traineeId));
    this.leaveNotes = Suppliers.memoize(() -> Multimaps.index(c.leaveNotes(), LeaveNote::traineeId));
    this.documents = Suppliers.memoize(() -> Multimaps.index(c.documents(), ClassDocument::type));
    this.practicalByDate = Suppliers.memoize(() -> Multimaps.index(c.practicalRecords(), PracticalRecord::date));
    this.scores = Suppliers.memoize(() -> {
      ImmutableListMultimap.Builder<String, ScoreLine> b = ImmutableListMultimap.builder();
      for (ExamSession s : c.exams()) {
        for (ExamScore sc : s.scores()) {
          b.put(sc.traineeId(), new ScoreLine(s, sc));
        }
      }
      return b.build();
    });
    this.volumes = Suppliers.memoize(() -> Multimaps.index(c.archive(), ArchiveVolume::kind));
    this.filed = Suppliers.memoize(() -> {
      Map<VolumeKind, Set<String>> m = new HashMap<>();
      for (ArchiveVolume v : c.archive()) {
        m.computeIfAbsent(v.kind(), k -> new HashSet<>()).addAll(v.contents());
      }
      m.replaceAll((k, v) -> Set.copyOf(v));
      return Map.copyOf(m);
    });
    this.grid = Suppliers.memoize(() -> new ClassGrid(c));
  }

  private static String key(String traineeId, String lessonId) {
    return traineeId + '\u001f' + lessonId;
  }

  /**
   * A table of a pack's own, derived from this class's records, built on first use and then shared by every check
   * that asks with the same key during this inspection of the institution, so that several checks reading the same
   * join build it once. {@code build} must depend on the records only (never on a check's parameters or state); use
   * a key private to the pack, such as a class literal.
   */
  public <T> T shared(Class<T> key, java.util.function.Function<ClassIndex, T> build) {
    Object v = shared.get(key);
    if (v == null) {
      v = build.apply(this);
      Object prev = shared.putIfAbsent(key, v);
      if (prev != null) {
        v = prev;
      }
    }
    return key.cast(v);
  }

  /** The class indexed. */
  public TrainingClass trainingClass() {
    return trainingClass;
  }

  /**
   * The class's sign-in sheets as a grid of trainee × planned lesson, built in one pass over the sheet lines on
   * first use and shared by every check of this inspection of the institution.
   */
  public ClassGrid grid() {
    return grid.get();
  }

  /** The planned lesson with {@code id}. */
  public Optional<Lesson> lesson(String id) {
    return Optional.ofNullable(lessons.get().get(id));
  }

  /** Delivered records of lesson {@code lessonId}; may be empty. */
  public List<LessonRecord> lessonRecords(String lessonId) {
    return lessonRecords.get().get(lessonId);
  }

  /** The trainee with {@code id}. */
  public Optional<Trainee> trainee(String id) {
    return Optional.ofNullable(trainees.get().get(id));
  }

  /** The sign-in sheet line of {@code traineeId} for {@code lessonId}, if there is one (the first, if several). */
  public Optional<AttendanceEntry> attendance(String traineeId, String lessonId) {
    return Optional.ofNullable(attendance.get().get(key(traineeId, lessonId)));
  }

  /** All sign-in sheet lines of {@code traineeId}; may be empty. */
  public List<AttendanceEntry> attendanceOf(String traineeId) {
    return attendanceByTrainee.get().get(traineeId);
  }

  /** Leave notes of {@code traineeId}; may be empty. */
  public List<LeaveNote> leaveNotes(String traineeId) {
    return leaveNotes.get().get(traineeId);
  }

  /** Whether a leave note of {@code traineeId} covers {@code date}. */
  public boolean onLeave(String traineeId, LocalDate date) {
    for (LeaveNote n : leaveNotes(traineeId)) {
      if (n.covers(date)) {
        return true;
      }
    }
    return false;
  }

  /** Archive documents of {@code type}; may be empty. */
  public List<ClassDocument> documents(ClassDocumentType type) {
    return documents.get().get(type);
  }

  /** Practical-training records dated {@code date}; may be empty. */
  public List<PracticalRecord> practicalRecordsOn(LocalDate date) {
    return practicalByDate.get().get(date);
  }

  /** Scores of {@code traineeId} on the class's score sheets; may be empty. */
  public List<ScoreLine> scoresOf(String traineeId) {
    return scores.get().get(traineeId);
  }

  /** Archive volumes of {@code kind}; may be empty. */
  public List<ArchiveVolume> volumes(VolumeKind kind) {
    return volumes.get().get(kind);
  }

  /** Ids of documents and exam sessions filed in volumes of {@code kind}. */
  public Set<String> filedIn(VolumeKind kind) {
    return filed.get().getOrDefault(kind, Set.of());
  }

  /** Sum of the hours of all planned lessons. */
  public BigDecimal plannedHours() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Lesson l : trainingClass.lessons()) {
      sum = sum.add(l.hours());
    }
    return sum;
  }

  /**
   * Hours of the planned lessons for which {@code traineeId}'s sign-in sheet line bears both a sign-in and a
   * sign-out, whatever its times say: the hours the sheet credits. See {@link #attendedHours(String, ClassHour)} for
   * the hours the signed presence covers.
   */
  public BigDecimal attendedHours(String traineeId) {
    ClassGrid g = grid();
    int row = g.row(traineeId);
    return row < 0 ? BigDecimal.ZERO : g.sheetHours(row);
  }

  /**
   * Class hours the signed presence of {@code traineeId} covers, by the clock: for each planned lesson, the minutes
   * in which the line's [sign-in, sign-out] overlaps the lesson's scheduled [start, end], divided by the minutes of
   * a class hour of {@code rule}, at most the lesson's planned hours. A line signed in and out without both times
   * earns the planned hours or nothing, as {@code rule} says; a line without both signatures earns nothing. Of
   * several lines for one lesson the one that earns most counts. Read from the {@link #grid()}, which counts every
   * trainee's hours under {@code rule} in one pass over the class's lines.
   */
  public BigDecimal attendedHours(String traineeId, ClassHour rule) {
    ClassGrid g = grid();
    int row = g.row(traineeId);
    return row < 0 ? BigDecimal.ZERO : g.credits(rule).hours(row);
  }

  /**
   * Minutes of {@code lesson} that sheet line {@code e} earns under {@code rule} (see {@link #attendedHours(String,
   * ClassHour)}), or empty when the line earns nothing: no sign-in or sign-out, or no times when {@code rule} does
   * not credit untimed lines.
   */
  public static Optional<BigDecimal> creditedMinutes(AttendanceEntry e, Lesson lesson, ClassHour rule) {
    if (!e.signedIn() || !e.signedOut()) {
      return Optional.empty();
    }
    if (e.signInTime().isEmpty() || e.signOutTime().isEmpty()) {
      return rule.untimedLinesCredited() ? Optional.of(rule.minutesNeeded(lesson)) : Optional.empty();
    }
    return Optional.of(rule.creditedMinutes(overlapMinutes(e.signInTime().get(), e.signOutTime().get(), lesson.start(), lesson.end()), lesson));
  }

  /** Whole minutes in which [{@code from}, {@code to}] and [{@code start}, {@code end}] overlap; 0 when they do not. */
  public static long overlapMinutes(LocalTime from, LocalTime to, LocalTime start, LocalTime end) {
    return overlapMinutes(from.toNanoOfDay(), to.toNanoOfDay(), start.toNanoOfDay(), end.toNanoOfDay());
  }

  /** {@link #overlapMinutes(LocalTime, LocalTime, LocalTime, LocalTime)} of times given as nanos of the day. */
  static long overlapMinutes(long from, long to, long start, long end) {
    // as Duration.between(later start, earlier end).toMinutes(), without the objects: this runs for every sheet line
    long a = Math.max(from, start);
    long b = Math.min(to, end);
    return b > a ? (b - a) / NANOS_PER_MINUTE : 0;
  }

  /** Whole minutes from {@code start} to {@code end}; 0 when {@code end} is not after {@code start}. */
  public static long minutesBetween(LocalTime start, LocalTime end) {
    long a = start.toNanoOfDay();
    long b = end.toNanoOfDay();
    return b > a ? (b - a) / NANOS_PER_MINUTE : 0;
  }

  private static final long NANOS_PER_MINUTE = 60_000_000_000L;
}
