/**
 * What inspectors read: an {@link org.ducha.model.Institution} and its records — documents, agreements,
 * staff and rosters, training classes with their archives, rooms, equipment and earlier findings.
 *
 * <p>Every type is an immutable record. Records never pre-judge a verdict: no field says "defective";
 * checks derive that from the records. Optional values are {@link java.util.Optional}, never {@code null};
 * absent lists are empty.
 */
package org.ducha.model;
