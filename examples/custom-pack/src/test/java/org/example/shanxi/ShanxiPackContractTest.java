package org.example.shanxi;

import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.ducha.testkit.PackContract;
import org.junit.jupiter.api.Test;

/** The pack keeps Ducha's pack contract: ids, descriptors, messages in both languages, determinism, thread safety. */
class ShanxiPackContractTest {

  private static final Institution CLEAN = Fixtures.cleanInstitution();

  @Test
  void the_shanxi_pack_keeps_the_pack_contract() {
    PackContract.of(new ShanxiPack())
        .clean(CLEAN, Fixtures.cleanTrainingOnly())
        .firing(TeacherDailyHours.ID, TeacherDailyHoursTest.twelveHoursOnOneDay())
        .firing(ClassTooLarge.ID, Mutations.enrol(CLEAN, Fixtures.CLASS_OFFLINE, 46))
        .discoverable()
        .verify();
  }
}
