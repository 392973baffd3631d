package org.ducha.examples.jincheng;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ducha.formats.DataFormat;
import org.ducha.model.Agreement;
import org.ducha.model.Certificate;
import org.ducha.model.CertificateType;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Employment;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentKind;
import org.ducha.model.EquipmentUse;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.PriorFinding;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingClass;

/**
 * The follow-up inspection (“回头看”) of the Jincheng 2022 inspection: in September 2022 the bureau inspects the same
 * eight institutions again, to see whether the problems of its notice of 5 May were rectified as the notice's
 * part 二 demands — item by item, with a responsible person and a deadline (明确责任人、倒排工期), archives
 * supplemented and completed (该补的补、该完善的完善), premises and equipment put right.
 *
 * <p>The records are derived from those of the first inspection ({@link JinchengArchive}): the same institutions,
 * inspected on a September day, with what each did since. The story:
 *
 * <ul>
 *   <li>Every institution went through all its class archives (举一反三开展全面清查): missing forms written, forms
 *       sealed and completed, lesson records and score sheets signed, sign-in sheets given their times, leave taken
 *       without a note given one, practical-training records and online-learning records filed, volumes bound. A
 *       score earned without attendance or without the hours is annulled (成绩作废，补训后重新考核); a lesson whose
 *       record names another topic than the plan has its course change entered in the plan (补登调课记录).
 *   <li>Rectified besides: campaign plans, problem lists and self-inspection reports written; rules reissued as
 *       formal documents; agreements renewed; rosters updated and posts separated; seconded teachers taken on;
 *       classrooms enlarged; practical sites built and equipment repaired or bought; the provincial finding closed.
 *   <li>Persisting, with deadlines still ahead: the exam centre still runs its own exam site (1); Yangcheng still
 *       has no welding instructor (3); Huagang and Jinpushan are still departments of their companies (4, 8);
 *       Qinshui's new training equipment is on order, and the gas-inspection trainees of 2021, whose practice an
 *       electrician gave, still await their make-up practice (7).
 *   <li>Overdue: Zezhou still lists a full-time manager as a full-time teacher, past its deadline of 30 June (5).
 *   <li>Waived: Huagang's computer exam room — a new exam site is being built (4; the notice's 新考试点正在建设中).
 *   <li>New: an examiner of Jinneng retired in July and is still on its exam-staff roster (2).
 * </ul>
 *
 * <p>{@link #files()} gives the data files of {@code examples/jincheng-2022-followup}: {@code inspection.yaml}, one
 * file per institution numbered as before, and, in the {@value #TRACKING_FOLDER} subfolder (which the inspection
 * reader does not read), the rectification plan the institutions filed for the first inspection's findings and
 * the bureau's waivers.
 */
public final class JinchengFollowUp {
  private JinchengFollowUp() {}

  /** The id of the follow-up inspection. */
  public static final String INSPECTION_ID = "jincheng-2022-followup";

  /** The subfolder of the plan and the waivers: not read as institution files. */
  public static final String TRACKING_FOLDER = "tracking";

  /** The rectification plan, relative to the data folder. */
  public static final String PLAN_FILE = TRACKING_FOLDER + "/plan.yaml";

  /** The waivers, relative to the data folder. */
  public static final String WAIVERS_FILE = TRACKING_FOLDER + "/waivers.yaml";

  /** The days of the follow-up, by institution: the bureau visits them in September in the April order of days. */
  static final Map<String, LocalDate> DAYS = Map.of(
      ExamCentre.ID, LocalDate.of(2022, 9, 20),
      JinnengCentre.ID, LocalDate.of(2022, 9, 20),
      YangchengCentre.ID, LocalDate.of(2022, 9, 13),
      HuagangPower.ID, LocalDate.of(2022, 9, 16),
      ZezhouCentre.ID, LocalDate.of(2022, 9, 16),
      LanhuaCentre.ID, LocalDate.of(2022, 9, 15),
      QinshuiCentre.ID, LocalDate.of(2022, 9, 14),
      JinpushanCentre.ID, LocalDate.of(2022, 9, 15));

  /** The day the rectification plans were filed with the bureau. */
  static final LocalDate PLAN_FILED = LocalDate.of(2022, 5, 20);

  /** The follow-up inspection. */
  public static Inspection inspection() {
    return new Inspection(INSPECTION_ID, "晋城市培训机构（考试点）安全培训“走过场”专项整治“回头看”", "晋城市应急管理局",
        Optional.empty(), LocalDate.of(2022, 9, 13), LocalDate.of(2022, 9, 20), JinchengArchive.institutionIds(),
        List.of(JinchengArchive.CAMPAIGN));
  }

  /** The eight institutions' records in September, in the annex's order. */
  public static List<Institution> institutions() {
    List<Institution> out = new ArrayList<>();
    for (Institution first : JinchengArchive.institutions()) {
      out.add(followUp(first));
    }
    return out;
  }

  /** What {@code first} became by its follow-up day. */
  static Institution followUp(Institution first) {
    Institution.Builder b = first.toBuilder().inspectedOn(DAYS.get(first.id()));
    switch (first.id()) {
      case ExamCentre.ID -> examCentre(b);
      case JinnengCentre.ID -> jinneng(b);
      case YangchengCentre.ID -> yangcheng(b);
      case HuagangPower.ID -> huagang(b);
      case ZezhouCentre.ID -> zezhou(b);
      case LanhuaCentre.ID -> lanhua(b);
      case QinshuiCentre.ID -> qinshui(b);
      case JinpushanCentre.ID -> jinpushan(b);
      default -> throw new IllegalStateException("no follow-up for " + first.id());
    }
    Institution changed = b.build();
    Institution.Builder all = changed.toBuilder();
    all.classes.replaceAll(c -> ArchiveRectification.supplement(changed, c));
    return all.build();
  }

  // ---- the eight institutions ----------------------------------------------------------------------------------

  /** 1: rules reissued, problem list drawn up, posts separated; the exam site is still the centre's own. */
  private static void examCentre(Institution.Builder b) {
    reissue(b, "doc-rules-training", "晋应资考字〔2022〕15号", LocalDate.of(2022, 5, 18));
    reissue(b, "doc-rules-exam", "晋应资考字〔2022〕16号", LocalDate.of(2022, 5, 18));
    b.documents.add(new Document("doc-campaign-problems", DocumentType.CAMPAIGN_PROBLEM_LIST, "“走过场”专项整治问题清单及整改台账",
        Optional.empty(), Optional.of(LocalDate.of(2022, 5, 12)), 4, true, List.of()));
    // mgr-3 keeps the manager's post; the exam site's administrator is now exa-1 alone.
    rosterWithout(b, RosterType.TRAINING_STAFF, "mgr-3", StaffRole.TEACHER, LocalDate.of(2022, 5, 30));
    rosterWithout(b, RosterType.EXAM_STAFF, "tch-2", StaffRole.EXAM_ADMINISTRATOR, LocalDate.of(2022, 5, 30));
    // Persisting: the exam site is still headed by the centre's head and run by the centre (考教分离方案待市局批准).
  }

  /** 2: everything rectified; but an examiner retired in July and the exam-staff roster still lists him (new). */
  private static void jinneng(Institution.Builder b) {
    reissue(b, "doc-rules-training", "晋能装培字〔2022〕5号", LocalDate.of(2022, 5, 10));
    reissue(b, "doc-rules-exam", "晋能装培字〔2022〕6号", LocalDate.of(2022, 5, 10));
    b.documents.add(new Document("doc-campaign-problems", DocumentType.CAMPAIGN_PROBLEM_LIST, "“走过场”专项整治问题清单",
        Optional.empty(), Optional.of(LocalDate.of(2022, 5, 10)), 3, true, List.of()));
    b.documents.replaceAll(d -> d.id().equals("doc-campaign-plan")
        ? new Document(d.id(), d.type(), d.title(), d.number(), d.issuedOn(), 7, d.sealed(), List.of(LocalDate.of(2022, 5, 10)))
        : d);
    b.agreements.replaceAll(a -> a.id().equals("ag-medical") || a.id().equals("ag-logistics")
        ? new Agreement(a.id(), a.type(), a.counterparty(), LocalDate.of(2022, 5, 1), Optional.of(LocalDate.of(2025, 4, 30)))
        : a);
    rosterWithout(b, RosterType.EXAM_STAFF, "mgr-2", StaffRole.INVIGILATOR, LocalDate.of(2022, 5, 20));
    // New: the examiner xmr-3 retires on 31 July; the exam-staff roster of 20 May still lists him.
    b.mapStaff("xmr-3", s -> s.withLeftOn(LocalDate.of(2022, 7, 31)));
  }

  /** 3: plan, self-inspection report, the two examining managers moved to the exam site; still no welding instructor. */
  private static void yangcheng(Institution.Builder b) {
    b.documents.add(new Document("doc-campaign-plan", DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN, "安全生产培训“走过场”专项整治工作实施方案",
        Optional.of("阳安培字〔2022〕6号"), Optional.of(LocalDate.of(2022, 5, 12)), 8, true, List.of()));
    b.documents.add(new Document("doc-self-inspection", DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT, "专项整治自查报告",
        Optional.empty(), Optional.of(LocalDate.of(2022, 5, 16)), 5, true, List.of()));
    // 考教分离: the two managers who examined move to the exam site, which now has an exam-staff roster of its own;
    // two managers are taken on in their place.
    LocalDate moved = LocalDate.of(2022, 5, 20);
    rosterWithout(b, RosterType.TRAINING_STAFF, "mgr-2", StaffRole.MANAGER, moved);
    rosterWithout(b, RosterType.TRAINING_STAFF, "mgr-3", StaffRole.MANAGER, moved);
    for (String[] m : new String[][] {{"mgr-4", "郭晓燕"}, {"mgr-5", "秦立军"}}) {
      b.staff.add(new StaffMember(m[0], m[1], Employment.PUBLIC_INSTITUTION_CONTRACT, Optional.empty(), List.of(), List.of(),
          LocalDate.of(2022, 5, 16), Optional.empty(), Optional.of(8)));
      rosterWith(b, RosterType.TRAINING_STAFF, new RosterEntry(m[0], StaffRole.MANAGER, true), moved);
    }
    b.rosters.add(new Roster("roster-exam", RosterType.EXAM_STAFF, moved, List.of(
        new RosterEntry("exam-head", StaffRole.EXAM_ADMINISTRATOR, true),
        new RosterEntry("mgr-2", StaffRole.EXAMINER, true),
        new RosterEntry("mgr-3", StaffRole.EXAMINER, true))));
    annulScoresWithoutAttendance(b, YangchengCentre.CLASS_2019_LOW_VOLTAGE);
    enterCourseChanges(b, YangchengCentre.CLASS_2020_TEAM_LEADERS);
    // Persisting: the welding practice still has no instructor of that specialty (招聘中).
  }

  /** 4: plan, separated exam staff, archives completed, a larger classroom, smart exam devices; still a department. */
  private static void huagang(Institution.Builder b) {
    b.documents.add(new Document("doc-campaign-plan", DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN, "安全培训“走过场”专项整治工作实施方案",
        Optional.of("花港电培〔2022〕3号"), Optional.of(LocalDate.of(2022, 5, 11)), 6, true, List.of()));
    rosterWithout(b, RosterType.EXAM_STAFF, "tch-3", StaffRole.INVIGILATOR, LocalDate.of(2022, 5, 25));
    rosterWithout(b, RosterType.EXAM_STAFF, "mgr-3", StaffRole.EXAM_ADMINISTRATOR, LocalDate.of(2022, 5, 25));
    // Theory is taught in the company's refurbished training hall.
    b.rooms.replaceAll(r -> r.id().equals("room-c1")
        ? new Room(r.id(), "培训大厅（理论教室）", r.kind(), BigDecimal.valueOf(132), 72, r.fixed(), r.videoSurveillance(),
            r.identityVerification(), r.operationTypes())
        : r);
    b.equipment.add(new Equipment("eq-lv-smart", "低压电工智能仿真考核系统", List.of(Operations.LOW_VOLTAGE.code()),
        EquipmentKind.SMART_SIMULATOR, EnumSet.of(EquipmentUse.EXAM), 2022, EquipmentCondition.GOOD, 4));
    b.equipment.add(new Equipment("eq-hv-smart", "高压电工智能仿真考核系统", List.of(Operations.HIGH_VOLTAGE.code()),
        EquipmentKind.SMART_SIMULATOR, EnumSet.of(EquipmentUse.EXAM), 2022, EquipmentCondition.GOOD, 2));
    // Persisting: still a department of the company (独立法人登记办理中).
    // Waived: the computer exam room, until the new exam site opens.
  }

  /** 5: plan, roster, online archive, the annulled score; mgr-2 is still both manager and teacher (overdue). */
  private static void zezhou(Institution.Builder b) {
    b.documents.add(new Document("doc-campaign-plan", DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN, "安全生产培训“走过场”专项整治工作实施方案",
        Optional.of("泽安培字〔2022〕4号"), Optional.of(LocalDate.of(2022, 5, 13)), 6, true, List.of()));
    rosterWithout(b, RosterType.TRAINING_STAFF, "mgr-4", StaffRole.MANAGER, LocalDate.of(2022, 5, 25));
    annulScoresOfTraineesOnLeave(b, ZezhouCentre.CLASS_2019_TEAM_LEADERS);
    // Overdue: the plan promised to separate mgr-2's posts by 30 June; the roster still lists both.
  }

  /** 6: everything rectified. */
  private static void lanhua(Institution.Builder b) {
    b.documents.add(new Document("doc-campaign-plan", DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN, "安全生产培训“走过场”专项整治工作实施方案",
        Optional.of("兰培字〔2022〕5号"), Optional.of(LocalDate.of(2022, 5, 12)), 7, true, List.of()));
    b.documents.add(new Document("doc-campaign-problems", DocumentType.CAMPAIGN_PROBLEM_LIST, "“走过场”专项整治问题清单",
        Optional.empty(), Optional.of(LocalDate.of(2022, 5, 12)), 3, true, List.of()));
    b.documents.replaceAll(d -> d.id().equals("doc-emergency")
        ? new Document(d.id(), d.type(), d.title(), Optional.of("兰培字〔2022〕8号"), d.issuedOn(), 9, true, List.of(LocalDate.of(2022, 6, 10)))
        : d);
    b.priorFindings.replaceAll(f -> f.id().equals(LanhuaCentre.PRIOR_FINDING_OPEN)
        ? new PriorFinding(f.id(), f.authority(), f.foundOn(), f.description(), f.deadline(), Optional.of(LocalDate.of(2022, 8, 26)))
        : f);
    rosterWithout(b, RosterType.TRAINING_STAFF, "mgr-1", StaffRole.TEACHER, LocalDate.of(2022, 6, 1));
    rosterWithout(b, RosterType.TRAINING_STAFF, "mgr-4", StaffRole.MANAGER, LocalDate.of(2022, 6, 1));
    // The two seconded teachers are taken on by the centre.
    for (String id : List.of("tch-1", "tch-2")) {
      b.mapStaff(id, s -> new StaffMember(s.id(), s.name(), Employment.LABOUR_CONTRACT, Optional.empty(), s.specialties(),
          s.certificates(), LocalDate.of(2022, 7, 1), s.leftOn(), s.practiceYears()));
    }
    // Water drainage: the rig repaired, a site built.
    b.equipment.replaceAll(e -> e.id().equals("eq-drainage-rig") ? withCondition(e, EquipmentCondition.GOOD) : e);
    b.rooms.add(new Room("site-drainage", "探放水实训场", RoomKind.PRACTICAL_TRAINING_SITE, BigDecimal.valueOf(160), 20, true, true,
        false, List.of(Operations.COAL_WATER_DRAINAGE.code())));
    enterCourseChanges(b, LanhuaCentre.CLASS_2021_HIGH_VOLTAGE);
  }

  /** 7: plan, problem list, rules, a safety-inspection site, a gas instructor (make-up practice pending); equipment on order. */
  private static void qinshui(Institution.Builder b) {
    b.documents.add(new Document("doc-campaign-plan", DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN, "安全生产培训“走过场”专项整治工作实施方案",
        Optional.of("沁煤安字〔2022〕3号"), Optional.of(LocalDate.of(2022, 5, 16)), 6, true, List.of()));
    b.documents.add(new Document("doc-campaign-problems", DocumentType.CAMPAIGN_PROBLEM_LIST, "“走过场”专项整治问题清单",
        Optional.empty(), Optional.of(LocalDate.of(2022, 5, 16)), 2, true, List.of()));
    reissue(b, "doc-rules-training", "沁煤安字〔2022〕4号", LocalDate.of(2022, 5, 16));
    b.staff.add(new StaffMember("ins-3", "武建平", Employment.PUBLIC_INSTITUTION_CONTRACT, Optional.empty(),
        List.of(Operations.COAL_GAS_INSPECTION.code()),
        List.of(new Certificate(CertificateType.SPECIAL_OPERATION, "MK140521-2207", Optional.of(Operations.COAL_GAS_INSPECTION.code()),
            LocalDate.of(2020, 6, 8), Optional.of(LocalDate.of(2026, 6, 7)))),
        LocalDate.of(2022, 6, 1), Optional.empty(), Optional.of(16)));
    rosterWith(b, RosterType.TRAINING_STAFF, new RosterEntry("ins-3", StaffRole.PRACTICAL_INSTRUCTOR, true), LocalDate.of(2022, 6, 1));
    // Persisting: the gas-inspection class of 2021 had its practice from an electrician; its trainees' make-up
    // practice with the new instructor is planned for the autumn.
    b.rooms.add(new Room("site-safety-inspection", "安全检查实训室", RoomKind.PRACTICAL_TRAINING_SITE, BigDecimal.valueOf(100), 20,
        true, true, false, List.of(Operations.COAL_SAFETY_INSPECTION.code())));
    // Persisting: the worn electrical set and the old gas detectors are still in use; replacements are on order.
  }

  /** 8: plan, rules, a larger classroom, a hoist site and new equipment; still a department of the mine. */
  private static void jinpushan(Institution.Builder b) {
    b.documents.add(new Document("doc-campaign-plan", DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN, "安全生产培训“走过场”专项整治工作实施方案",
        Optional.of("晋普矿培字〔2022〕2号"), Optional.of(LocalDate.of(2022, 5, 13)), 6, true, List.of()));
    reissue(b, "doc-rules-training", "晋普矿培字〔2022〕3号", LocalDate.of(2022, 5, 13));
    b.rooms.replaceAll(r -> r.id().equals("room-c1")
        ? new Room(r.id(), r.name(), r.kind(), BigDecimal.valueOf(110), 72, r.fixed(), r.videoSurveillance(), r.identityVerification(),
            r.operationTypes())
        : r);
    b.rooms.add(new Room("site-hoist", "提升机操作实训室", RoomKind.PRACTICAL_TRAINING_SITE, BigDecimal.valueOf(120), 12, true, true,
        false, List.of(Operations.COAL_HOIST.code())));
    Set<String> replaced = Set.of("eq-elec-set", "eq-gas-detector", "eq-hoist-rig");
    b.equipment.replaceAll(e -> replaced.contains(e.id())
        ? new Equipment(e.id(), e.name(), e.operationTypes(), e.kind(), e.uses(), 2022, EquipmentCondition.GOOD, e.units())
        : e);
    // Persisting: still a department of the mine (独立法人登记办理中).
  }

  // ---- record changes --------------------------------------------------------------------------------------------

  /** Reissues a document as a formal one: a document number, the seal, the day. */
  private static void reissue(Institution.Builder b, String documentId, String number, LocalDate day) {
    boolean found = false;
    for (int i = 0; i < b.documents.size(); i++) {
      Document d = b.documents.get(i);
      if (d.id().equals(documentId)) {
        b.documents.set(i, new Document(d.id(), d.type(), d.title(), Optional.of(number), Optional.of(day), d.pages(), true, d.revisedOn()));
        found = true;
      }
    }
    check(found, "no document " + documentId);
  }

  private static Roster roster(Institution.Builder b, RosterType type) {
    return b.rosters.stream().filter(r -> r.type() == type).findFirst().orElseThrow(() -> new IllegalStateException("no roster " + type));
  }

  private static void replaceRoster(Institution.Builder b, Roster r) {
    b.rosters.replaceAll(x -> x.id().equals(r.id()) ? r : x);
  }

  /** Takes a line off a roster and dates the roster {@code updated}. */
  private static void rosterWithout(Institution.Builder b, RosterType type, String staffId, StaffRole role, LocalDate updated) {
    Roster r = roster(b, type);
    List<RosterEntry> entries = new ArrayList<>(r.entries());
    check(entries.removeIf(e -> e.staffId().equals(staffId) && e.role() == role), "no " + role + " line of " + staffId + " on " + type);
    replaceRoster(b, new Roster(r.id(), r.type(), updated, entries));
  }

  /** Adds a line to a roster and dates the roster {@code updated}. */
  private static void rosterWith(Institution.Builder b, RosterType type, RosterEntry entry, LocalDate updated) {
    Roster r = roster(b, type);
    List<RosterEntry> entries = new ArrayList<>(r.entries());
    entries.add(entry);
    replaceRoster(b, new Roster(r.id(), r.type(), updated, entries));
  }

  private static Equipment withCondition(Equipment e, EquipmentCondition condition) {
    return new Equipment(e.id(), e.name(), e.operationTypes(), e.kind(), e.uses(), e.commissionedYear(), condition, e.units());
  }

  /**
   * Annuls the scores of trainees who signed no sheet of the class, and records them as withdrawn for the whole class
   * (未参加培训，按退训处理，成绩作废，补训后重新考核).
   */
  private static void annulScoresWithoutAttendance(Institution.Builder b, String classId) {
    b.mapClass(classId, c -> {
      Set<String> attended = new LinkedHashSet<>();
      c.attendance().forEach(a -> attended.add(a.traineeId()));
      Set<String> annulled = new LinkedHashSet<>();
      c.trainees().forEach(t -> {
        if (!attended.contains(t.id())) {
          annulled.add(t.id());
        }
      });
      check(!annulled.isEmpty(), classId + ": no trainee without attendance");
      return ArchiveRectification.withoutScores(c, annulled).with(cb -> {
        annulled.forEach(t -> cb.leaveNotes.add(new LeaveNote(t, c.start(), c.end(), "未参加培训，按退训处理", c.headTeacherId())));
        return cb;
      });
    });
  }

  /** Annuls the scores of trainees who were examined after leave (成绩作废，补足学时后重新考核). */
  private static void annulScoresOfTraineesOnLeave(Institution.Builder b, String classId) {
    b.mapClass(classId, c -> {
      Set<String> onLeave = new LinkedHashSet<>();
      c.leaveNotes().forEach(n -> onLeave.add(n.traineeId()));
      check(!onLeave.isEmpty(), classId + ": no leave note");
      return ArchiveRectification.withoutScores(c, onLeave);
    });
  }

  /** Enters in the teaching plan the course changes that the lesson records show (补登调课记录). */
  private static void enterCourseChanges(Institution.Builder b, String classId) {
    b.mapClass(classId, c -> {
      Map<String, String> taught = new LinkedHashMap<>();
      c.lessonRecords().forEach(r -> taught.put(r.lessonId(), r.topic()));
      TrainingClass changed = c.with(cb -> {
        cb.lessons.replaceAll(l -> taught.containsKey(l.id()) && !taught.get(l.id()).equals(l.course())
            ? new Lesson(l.id(), l.date(), l.start(), l.end(), taught.get(l.id()), l.teacherId(), l.hours(), l.kind(), l.mode())
            : l);
        return cb;
      });
      check(!changed.equals(c), classId + ": no course change to enter");
      return changed;
    });
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what);
    }
  }

  // ---- files -----------------------------------------------------------------------------------------------------

  /** The data files, by path relative to the data folder, in reading order; the plan and waivers last. */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(JinchengArchive.INSPECTION_FILE, DataFormat.YAML.writeString(inspection()));
    List<Institution> institutions = institutions();
    for (int i = 0; i < institutions.size(); i++) {
      files.put(JinchengArchive.fileName(i, institutions.get(i).id()), DataFormat.YAML.writeString(institutions.get(i)));
    }
    files.put(PLAN_FILE, RectificationStory.planYaml(JinchengArchive.institutions()));
    files.put(WAIVERS_FILE, RectificationStory.waiversYaml());
    return files;
  }

  /**
   * Writes the data files into {@code folder} (and its {@value #TRACKING_FOLDER} subfolder), creating them, and deletes
   * data files there that are no longer written; returns the paths of the files written.
   */
  public static List<String> write(Path folder) throws IOException {
    Files.createDirectories(folder.resolve(TRACKING_FOLDER));
    Map<String, String> files = files();
    for (Path dir : List.of(folder, folder.resolve(TRACKING_FOLDER))) {
      try (Stream<Path> existing = Files.list(dir)) {
        for (Path p : existing.toList()) {
          String name = folder.relativize(p).toString().replace('\\', '/');
          if (name.endsWith(".yaml") && !files.containsKey(name)) {
            Files.delete(p);
          }
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
      System.err.println("usage: JinchengFollowUp <folder>");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    List<String> written = write(folder);
    System.out.println("wrote " + written.size() + " files to " + folder.toAbsolutePath().normalize());
  }
}
