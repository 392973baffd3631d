package org.example.shanxi;

import java.time.LocalDate;
import java.util.Optional;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
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
        .firing(FeesUnpublished.ID,
            Mutations.withoutDocument(CLEAN, DocumentType.FEE_SCHEDULE_NOTICE),
            feesIssuedOn(Optional.of(LocalDate.of(2022, 3, 1))),
            feesIssuedOn(Optional.empty()))
        .firing(ClassTooLarge.ID, Mutations.enrol(CLEAN, Fixtures.CLASS_OFFLINE, 46))
        .discoverable()
        .verify();
  }

  private static Institution feesIssuedOn(Optional<LocalDate> issuedOn) {
    return Mutations.mapDocument(CLEAN, Fixtures.DOC_FEES,
        d -> new Document(d.id(), d.type(), d.title(), d.number(), issuedOn, d.pages(), d.sealed(), d.revisedOn()));
  }
}
