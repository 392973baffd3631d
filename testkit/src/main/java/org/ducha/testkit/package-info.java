/**
 * Ducha's test kit, for pack authors and host applications:
 * {@link org.ducha.testkit.Fixtures} (a clean institution), {@link org.ducha.testkit.Mutations} (one defect at a
 * time, for every part of the model), {@link org.ducha.testkit.CheckTester} (run packs, one pack or one check
 * through the real engine, discovered or given by hand) and its {@link org.ducha.testkit.CheckResults},
 * {@link org.ducha.testkit.DuchaAssertions} (AssertJ assertions over reports that list what they saw and, inside
 * {@code allOf}, every mismatch at once), and {@link org.ducha.testkit.PackContract} (the contract every pack keeps,
 * checked in one go).
 */
package org.ducha.testkit;
