/**
 * The first-party staffing pack (师资力量配备不足): rosters (花名表), roles, employment, qualifications and the
 * teaching actually given.
 *
 * <p>What a finding is about: how the institution's staff is made up (overlapping posts, too few managers,
 * full-time teachers who are not employees, outside teachers) is a finding about the institution, or about the exam
 * site for its exam staff, naming the people; an out-of-date roster is a finding about that roster; a person's own
 * qualification (certificate, years of practice, a double-booked plan) is a finding about that person; an unfit
 * practical instructor is a finding about the operation type trained. People who had left by the inspection date
 * fill no post: only the stale-roster check looks at them.
 */
package org.ducha.checks.staffing;
