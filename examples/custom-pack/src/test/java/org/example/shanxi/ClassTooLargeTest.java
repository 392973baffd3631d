package org.example.shanxi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckResults;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/** The fixture's offline class has 5 trainees, its blended class 3. */
class ClassTooLargeTest {

  private final CheckTester tester = CheckTester.forPack(new ShanxiPack()).only(ClassTooLarge.ID);

  /** The clean institution whose offline class has {@code trainees} trainees, each with a complete archive. */
  private static Institution offlineClassOf(int trainees) {
    return Mutations.enrol(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, trainees - Fixtures.OFFLINE_TRAINEES.size());
  }

  @Test
  void fifty_trainees_are_allowed() {
    assertThat(tester.inspect(offlineClassOf(50))).hasNoFindings().hasOutcome(ClassTooLarge.ID, OutcomeStatus.PASS);
  }

  @Test
  void fifty_one_trainees_are_too_many() {
    CheckResults results = tester.execute(offlineClassOf(51));
    assertThat(results).allOf(r -> {
      r.hasFinding(ClassTooLarge.ID)
          .times(1)
          .forSubject(SubjectKind.CLASS, Fixtures.CLASS_OFFLINE)
          .withArgument("count", 51)
          .withArgument("max", 50)
          .withEvidence("signedIn", 51);
      r.hasNoErrors();
    });
    assertThat(results.messages(MessageCatalog.ZH_CN)).containsExactly("低压电工初训班（2022年3月7日开班）有学员51人，超过每班50人的地方规定");
    assertThat(results.messages(MessageCatalog.EN)).containsExactly(
        "低压电工初训班 (first day 7 March 2022) has 51 trainees, more than the local limit of 50 per class");
  }

  @Test
  void the_limit_is_a_parameter() {
    assertThat(tester.parameter(ClassTooLarge.ID, "maxTrainees", 4).inspect(Fixtures.cleanInstitution()))
        .hasFinding(ClassTooLarge.ID).times(1).forSubjectId(Fixtures.CLASS_OFFLINE).withArgument("max", 4);
  }

  @Test
  void a_wholly_online_class_is_not_judged() {
    Institution online = Mutations.mapClass(offlineClassOf(51), Fixtures.CLASS_OFFLINE, c -> c.with(b -> b.mode(DeliveryMode.ONLINE)));
    assertThat(tester.inspect(online)).hasNoFindings();
    Institution onlyOnline = Mutations.removeClass(online, Fixtures.CLASS_BLENDED);
    assertThat(tester.inspect(onlyOnline)).hasOutcome(ClassTooLarge.ID, OutcomeStatus.NOT_APPLICABLE);
  }
}
