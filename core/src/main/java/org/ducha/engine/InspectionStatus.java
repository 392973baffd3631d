package org.ducha.engine;

/** Whether an institution was inspected. */
public enum InspectionStatus {
  /** Its records were read, valid and checked. */
  INSPECTED,
  /** Its records could not be read or were invalid: see the report's problems. */
  NOT_INSPECTED
}
