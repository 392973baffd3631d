package org.ducha.checks.facilities;

import static org.ducha.checks.facilities.FacilityRecords.commissioned;
import static org.ducha.checks.facilities.FacilityRecords.condition;
import static org.ducha.checks.facilities.FacilityRecords.fixed;
import static org.ducha.checks.facilities.FacilityRecords.kind;
import static org.ducha.checks.facilities.FacilityRecords.operations;
import static org.ducha.checks.facilities.FacilityRecords.seats;
import static org.ducha.checks.facilities.FacilityRecords.area;
import static org.ducha.checks.facilities.FacilityRecords.surveillance;
import static org.ducha.checks.facilities.FacilityRecords.uses;

import java.util.List;
import org.ducha.model.DocumentType;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentKind;
import org.ducha.model.EquipmentUse;
import org.ducha.model.Institution;
import org.ducha.model.PracticalRecord;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.ducha.testkit.PackContract;
import org.junit.jupiter.api.Test;

/** The facilities pack keeps the pack contract: ids, descriptors, messages, determinism, thread safety, fixtures. */
class PackContractTest {

  private static final Institution CLEAN = Fixtures.cleanInstitution();

  @Test
  void the_facilities_pack_keeps_the_pack_contract() {
    PackContract.of(new FacilitiesPack())
        .clean(CLEAN, Fixtures.cleanTrainingOnly())
        .firing(ClassroomInadequate.ID,
            Mutations.mapRoom(CLEAN, Fixtures.ROOM_CLASSROOM, r -> seats(r, 59)),
            Mutations.mapRoom(CLEAN, Fixtures.ROOM_CLASSROOM, r -> fixed(r, false)))
        .firing(ClassroomAreaPerSeat.ID, Mutations.mapRoom(CLEAN, Fixtures.ROOM_CLASSROOM, r -> area(r, "95.9")))
        .firing(ClassroomTotalArea.ID, Mutations.mapRoom(CLEAN, Fixtures.ROOM_CLASSROOM, r -> area(r, "89.9"))
            .with(b -> b.inspectedOn(java.time.LocalDate.of(2024, 7, 1))))
        .firing(ClassExceedsClassroom.ID, Mutations.mapRoom(CLEAN, Fixtures.ROOM_CLASSROOM, r -> seats(r, 4)))
        .firing(EquipmentInsufficient.ID,
            Mutations.mapEquipment(Mutations.mapEquipment(CLEAN, Fixtures.EQ_LV_BENCH, e -> condition(e, EquipmentCondition.DEFECTIVE)),
                Fixtures.EQ_LV_SMART, e -> condition(e, EquipmentCondition.DEFECTIVE)))
        .firing(TrainingSiteMissing.ID, Mutations.withoutRoom(CLEAN, Fixtures.SITE_COAL))
        .firing(EquipmentLedgerMissing.ID, Mutations.withoutDocument(CLEAN, DocumentType.EQUIPMENT_LEDGER))
        .firing(EquipmentOutdated.ID,
            Mutations.mapEquipment(CLEAN, Fixtures.EQ_LV_BENCH, e -> commissioned(e, 2011)),
            Mutations.mapEquipment(CLEAN, Fixtures.EQ_LV_BENCH, e -> condition(e, EquipmentCondition.WORN)))
        .firing(EquipmentFaulty.ID, Mutations.mapEquipment(CLEAN, Fixtures.EQ_LV_BENCH, e -> condition(e, EquipmentCondition.DEFECTIVE)))
        .firing(EquipmentUnfitUsed.ID, Mutations.mapEquipment(CLEAN, Fixtures.EQ_LV_BENCH, e -> condition(e, EquipmentCondition.OUT_OF_SERVICE)))
        .firing(EquipmentWrongOperation.ID,
            Mutations.mapPracticalRecords(CLEAN, Fixtures.CLASS_BLENDED, r -> true, r -> new PracticalRecord(r.id(), r.date(), r.lessonId(),
                r.instructorId(), List.of(Fixtures.EQ_LV_BENCH), r.traineeIds())),
            Mutations.mapEquipment(CLEAN, Fixtures.EQ_LV_SMART, e -> operations(e, Fixtures.OP_COAL_ELECTRICAL)))
        .firing(ExamRoomInadequate.ID,
            Mutations.withoutRoom(CLEAN, Fixtures.ROOM_EXAM),
            Mutations.mapRoom(CLEAN, Fixtures.ROOM_EXAM, r -> seats(r, 29)))
        .firing(ExamRoomNoVideo.ID, Mutations.mapRoom(CLEAN, Fixtures.ROOM_EXAM, r -> surveillance(r, false, true)))
        .firing(ExamRoomNoIdentityCheck.ID, Mutations.mapRoom(CLEAN, Fixtures.ROOM_EXAM, r -> surveillance(r, true, false)))
        .firing(ExamRoomNoPracticalRoom.ID,
            Mutations.withoutRoom(CLEAN, Fixtures.ROOM_PRACTICAL_EXAM),
            Mutations.mapRoom(CLEAN, Fixtures.ROOM_PRACTICAL_EXAM, r -> fixed(r, false)))
        .firing(PracticalExamNotSmart.ID,
            Mutations.mapEquipment(CLEAN, Fixtures.EQ_LV_SMART, e -> kind(e, EquipmentKind.SIMULATOR)),
            Mutations.mapEquipment(CLEAN, Fixtures.EQ_COAL_BENCH, e -> uses(e, EquipmentUse.TRAINING)))
        .discoverable()
        .verify();
  }
}
