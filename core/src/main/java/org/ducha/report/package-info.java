/**
 * Report models computed from an inspection report: the {@link org.ducha.report.ProblemList} in the shape of the
 * notice's annex, and its {@link org.ducha.report.Summary}. Writers in other modules render these.
 */
package org.ducha.report;
