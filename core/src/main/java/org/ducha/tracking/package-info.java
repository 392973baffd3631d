/**
 * Tracking findings across inspections (整改跟踪): a {@link org.ducha.tracking.Tracker} compares a new
 * inspection's report with a {@link org.ducha.tracking.Baseline} (an earlier report, with the tracking it
 * carried) and gives each finding a {@link org.ducha.tracking.TrackingState} — new, persisting, overdue against a
 * {@link org.ducha.tracking.RectificationPlan}, waived by a {@link org.ducha.tracking.Waiver}, resolved — with the
 * day it was first seen and how many successive inspections found it.
 */
package org.ducha.tracking;
