/**
 * Ducha's core: the model of what inspectors read, the SPI for check packs, findings, and the engine that
 * runs packs over institutions.
 *
 * <p>Exported API: {@code org.ducha.model} (records), {@code org.ducha.check} (SPI: implement
 * {@code Check} and {@code CheckPack}), {@code org.ducha.finding} (findings), {@code org.ducha.engine}
 * (the {@code Inspector}: call it), {@code org.ducha.report} (problem lists), {@code org.ducha.tracking} (states of
 * findings across inspections). {@code org.ducha.internal} is not exported and may change at any time.
 *
 * <p>The SPI's signatures use JDK types only (and Jakarta Validation's annotations on the model's records): Guava
 * is used inside the core but is not part of its API, so a pack need not depend on it.
 */
// Opened only to the modules that read and build these records reflectively: Hibernate Validator (the model's
// constraints), Jackson (data files and JSON reports) and Ducha's formats (its readers' record handling). A qualified
// target absent at run time is ignored.
@SuppressWarnings("module")
module org.ducha.core {
  requires com.google.common;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports org.ducha.model;
  exports org.ducha.check;
  exports org.ducha.finding;
  exports org.ducha.engine;
  exports org.ducha.report;
  exports org.ducha.tracking;

  opens org.ducha.model to org.hibernate.validator, tools.jackson.databind, org.ducha.formats;
  opens org.ducha.check to tools.jackson.databind, org.ducha.formats;
  opens org.ducha.finding to tools.jackson.databind, org.ducha.formats;
  opens org.ducha.engine to tools.jackson.databind, org.ducha.formats;
  opens org.ducha.report to tools.jackson.databind, org.ducha.formats;
  opens org.ducha.tracking to tools.jackson.databind, org.ducha.formats;

  uses org.ducha.check.CheckPack;
}
