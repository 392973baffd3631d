package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.FormRow;
import org.ducha.model.TrainingClass;

/** Edits of the forms of a class archive, for tests. */
final class FormEdits {
  private FormEdits() {}

  /** Applies {@code change} to every document of {@code type} in the class being built. */
  static TrainingClass.Builder mapDocuments(TrainingClass.Builder b, ClassDocumentType type, UnaryOperator<ClassDocument> change) {
    b.documents.replaceAll(d -> d.type() == type ? change.apply(d) : d);
    return b;
  }

  /** Applies {@code change} to the rows of the teaching-plan execution form. */
  static TrainingClass.Builder mapExecutionRows(TrainingClass.Builder b, UnaryOperator<List<FormRow>> change) {
    return mapDocuments(b, ClassDocumentType.PLAN_EXECUTION_FORM, d -> new ClassDocument(d.id(), d.type(), d.traineeId(),
        d.dated(), d.sealed(), d.fields(), change.apply(new ArrayList<>(d.rows()))));
  }

  /** A copy of {@code d} with another seal. */
  static ClassDocument sealed(ClassDocument d, boolean sealed) {
    return new ClassDocument(d.id(), d.type(), d.traineeId(), d.dated(), sealed, d.fields(), d.rows());
  }

  /** A copy of {@code d} without a date. */
  static ClassDocument undated(ClassDocument d) {
    return new ClassDocument(d.id(), d.type(), d.traineeId(), Optional.empty(), d.sealed(), d.fields(), d.rows());
  }

  /** A copy of {@code d} whose {@code field} is blank. */
  static ClassDocument blankField(ClassDocument d, String field) {
    Map<String, String> fields = new LinkedHashMap<>(d.fields());
    fields.put(field, " ");
    return new ClassDocument(d.id(), d.type(), d.traineeId(), d.dated(), d.sealed(), fields, d.rows());
  }
}
