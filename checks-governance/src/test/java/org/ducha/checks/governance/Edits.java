package org.ducha.checks.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.model.Document;
import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;

/** Changes to the clean fixture's governance records, for the tests of this pack. */
final class Edits {
  private Edits() {}

  /** Replaces the governance document {@code id} by {@code change} applied to it; fails if there is none. */
  static Institution mapDocument(Institution inst, String id, UnaryOperator<Document> change) {
    if (inst.documents().stream().noneMatch(d -> d.id().equals(id))) {
      throw new IllegalArgumentException("no document with id " + id);
    }
    return inst.with(b -> {
      b.documents.replaceAll(d -> d.id().equals(id) ? change.apply(d) : d);
      return b;
    });
  }

  /** Adds a governance document. */
  static Institution addDocument(Institution inst, Document d) {
    return inst.with(b -> {
      b.documents.add(d);
      return b;
    });
  }

  static Document withId(Document d, String id) {
    return new Document(id, d.type(), d.title(), d.number(), d.issuedOn(), d.pages(), d.sealed(), d.revisedOn(), d.hazards(), d.standards());
  }

  /** The clean fixture's governance document {@code id}. */
  static Document cleanDocument(String id) {
    return Fixtures.cleanInstitution().documents().stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no document with id " + id));
  }

  static Document withPages(Document d, int pages) {
    return new Document(d.id(), d.type(), d.title(), d.number(), d.issuedOn(), pages, d.sealed(), d.revisedOn(), d.hazards(), d.standards());
  }

  static Document withNumber(Document d, Optional<String> number) {
    return new Document(d.id(), d.type(), d.title(), number, d.issuedOn(), d.pages(), d.sealed(), d.revisedOn(), d.hazards(), d.standards());
  }

  static Document withIssuedOn(Document d, Optional<LocalDate> issuedOn) {
    return new Document(d.id(), d.type(), d.title(), d.number(), issuedOn, d.pages(), d.sealed(), d.revisedOn(), d.hazards(), d.standards());
  }

  static Document withSealed(Document d, boolean sealed) {
    return new Document(d.id(), d.type(), d.title(), d.number(), d.issuedOn(), d.pages(), sealed, d.revisedOn(), d.hazards(), d.standards());
  }

  static Document withRevisions(Document d, List<LocalDate> revisedOn) {
    return new Document(d.id(), d.type(), d.title(), d.number(), d.issuedOn(), d.pages(), d.sealed(), revisedOn, d.hazards(), d.standards());
  }

  /** The findings of {@code checkId} in {@code report}. */
  static List<Finding> findings(InstitutionReport report, String checkId) {
    return report.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
  }
}
