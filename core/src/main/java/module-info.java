/**
 * Ducha's core: the model of what inspectors read, the SPI for check packs, findings, and the engine that
 * runs packs over institutions.
 *
 * <p>Exported API: {@code org.ducha.model} (records), {@code org.ducha.check} (SPI: implement
 * {@code Check} and {@code CheckPack}), {@code org.ducha.finding} (findings), {@code org.ducha.engine}
 * (the {@code Inspector}: call it), {@code org.ducha.report} (problem lists), {@code org.ducha.tracking} (states of
 * findings across inspections). {@code org.ducha.internal} is not exported and may change at any time.
 */
// Open: validators, data-file readers and report writers read and build these records reflectively.
open module org.ducha.core {
  requires transitive com.google.common;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports org.ducha.model;
  exports org.ducha.check;
  exports org.ducha.finding;
  exports org.ducha.engine;
  exports org.ducha.report;
  exports org.ducha.tracking;

  uses org.ducha.check.CheckPack;
}
