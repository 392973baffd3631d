/**
 * What checks report: {@link org.ducha.finding.Finding}s with their {@link org.ducha.finding.Severity},
 * {@link org.ducha.finding.Group} and {@link org.ducha.finding.Subject}.
 */
package org.ducha.finding;
