/**
 * Ducha's test kit: {@link org.ducha.testkit.Fixtures} (a clean institution), {@link org.ducha.testkit.Mutations}
 * (one defect at a time), {@link org.ducha.testkit.CheckTester} (run a pack through the real engine) and
 * {@link org.ducha.testkit.DuchaAssertions} (AssertJ assertions over reports).
 */
package org.ducha.testkit;
