package org.ducha.check;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Equipment;
import org.ducha.model.Institution;
import org.ducha.model.OperationType;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.TrainingClass;

/**
 * Lookup tables over one institution's records, shared by every check run on it so that joins are hash
 * lookups, not nested scans. Each table is built on first use, once, and is safe to read from several
 * threads. Lists keep the order of the records.
 */
public final class InstitutionIndex {
  private final Institution institution;
  private final Supplier<Map<String, StaffMember>> staff;
  private final Supplier<Map<String, OperationType>> operationTypes;
  private final Supplier<ImmutableListMultimap<DocumentType, Document>> documents;
  private final Supplier<ImmutableListMultimap<AgreementType, Agreement>> agreements;
  private final Supplier<ImmutableListMultimap<RosterType, Roster>> rosters;
  private final Supplier<Map<RosterType, ImmutableListMultimap<String, RosterEntry>>> rosterEntries;
  private final Supplier<Map<String, Equipment>> equipment;
  private final Supplier<ImmutableListMultimap<String, Equipment>> equipmentByOperation;
  private final Supplier<ImmutableListMultimap<RoomKind, Room>> rooms;
  private final Map<String, ClassIndex> classes = new ConcurrentHashMap<>();

  /** An index over {@code institution}'s records. Cheap: tables are built lazily. */
  public InstitutionIndex(Institution institution) {
    this.institution = institution;
    this.staff = Suppliers.memoize(() -> uniqueIndex(institution.staff(), StaffMember::id));
    this.operationTypes = Suppliers.memoize(() -> uniqueIndex(institution.operationTypes(), OperationType::code));
    this.documents = Suppliers.memoize(() -> Multimaps.index(institution.documents(), Document::type));
    this.agreements = Suppliers.memoize(() -> Multimaps.index(institution.agreements(), Agreement::type));
    this.rosters = Suppliers.memoize(() -> Multimaps.index(institution.rosters(), Roster::type));
    this.rosterEntries = Suppliers.memoize(() -> {
      Map<RosterType, ImmutableListMultimap.Builder<String, RosterEntry>> builders = new HashMap<>();
      for (RosterType t : RosterType.values()) {
        builders.put(t, ImmutableListMultimap.builder());
      }
      for (Roster r : institution.rosters()) {
        for (RosterEntry e : r.entries()) {
          builders.get(r.type()).put(e.staffId(), e);
        }
      }
      Map<RosterType, ImmutableListMultimap<String, RosterEntry>> built = new HashMap<>();
      builders.forEach((t, b) -> built.put(t, b.build()));
      return Map.copyOf(built);
    });
    this.equipment = Suppliers.memoize(() -> uniqueIndex(institution.equipment(), Equipment::id));
    this.equipmentByOperation = Suppliers.memoize(() -> {
      ImmutableListMultimap.Builder<String, Equipment> b = ImmutableListMultimap.builder();
      for (Equipment e : institution.equipment()) {
        for (String op : e.operationTypes()) {
          b.put(op, e);
        }
      }
      return b.build();
    });
    this.rooms = Suppliers.memoize(() -> Multimaps.index(institution.rooms(), Room::kind));
  }

  /** The institution indexed. */
  public Institution institution() {
    return institution;
  }

  /** The staff member with {@code id}. */
  public Optional<StaffMember> staff(String id) {
    return Optional.ofNullable(staff.get().get(id));
  }

  /** The operation type with {@code code}. */
  public Optional<OperationType> operationType(String code) {
    return Optional.ofNullable(operationTypes.get().get(code));
  }

  /** The name of the operation type with {@code code}, or the code itself when the institution does not list it. */
  public String operationName(String code) {
    return operationType(code).map(OperationType::name).orElse(code);
  }

  /** Governance documents of {@code type}; may be empty. */
  public List<Document> documents(DocumentType type) {
    return documents.get().get(type);
  }

  /** Agreements of {@code type}; may be empty. */
  public List<Agreement> agreements(AgreementType type) {
    return agreements.get().get(type);
  }

  /** Rosters of {@code type}; may be empty. */
  public List<Roster> rosters(RosterType type) {
    return rosters.get().get(type);
  }

  /** The lines of rosters of {@code type} that list {@code staffId}; may be empty. */
  public List<RosterEntry> rosterEntries(RosterType type, String staffId) {
    return rosterEntries.get().get(type).get(staffId);
  }

  /** All lines of rosters of {@code type}, by staff id (unmodifiable; a staff member on no such roster is not a key). */
  public Map<String, List<RosterEntry>> rosterEntries(RosterType type) {
    return Multimaps.asMap(rosterEntries.get().get(type));
  }

  /** The equipment with {@code id}. */
  public Optional<Equipment> equipment(String id) {
    return Optional.ofNullable(equipment.get().get(id));
  }

  /** Equipment serving the operation type {@code code}; may be empty. */
  public List<Equipment> equipmentFor(String code) {
    return equipmentByOperation.get().get(code);
  }

  /** Rooms of {@code kind}; may be empty. */
  public List<Room> rooms(RoomKind kind) {
    return rooms.get().get(kind);
  }

  /** The index of one of the institution's classes, built on first use. */
  public ClassIndex of(TrainingClass trainingClass) {
    return classes.computeIfAbsent(trainingClass.id(), id -> new ClassIndex(trainingClass));
  }

  /** First wins on duplicate keys (the validator reports duplicates; checks must not fail on them). */
  static <K, V> Map<K, V> uniqueIndex(List<V> values, Function<V, K> key) {
    Map<K, V> map = new HashMap<>(values.size() * 2);
    for (V v : values) {
      map.putIfAbsent(key.apply(v), v);
    }
    return ImmutableMap.copyOf(map);
  }
}
