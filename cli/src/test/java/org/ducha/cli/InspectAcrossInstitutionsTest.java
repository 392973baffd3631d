package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ducha.formats.DataFormat;
import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ducha inspect} over several files runs the inspection-scope checks over all of them, in one run. */
class InspectAcrossInstitutionsTest {

  @TempDir
  Path dir;

  private void write(String name, Institution i) throws IOException {
    Files.writeString(dir.resolve(name), DataFormat.JSON.writeString(i), StandardCharsets.UTF_8);
  }

  private String inspect(String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = new String[2 + extra.length];
    args[0] = "inspect";
    args[1] = dir.toString();
    System.arraycopy(extra, 0, args, 2, extra.length);
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void one_person_in_two_files_is_found_at_both_and_shown_masked() throws IOException {
    Institution here = Mutations.traineeIdentity(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, "tr-01", Fixtures.identityNumber(12));
    write("a.json", here);
    write("b.json", Mutations.asInstitution(here, "other-centre", "示例县安全技术培训中心"));
    for (String parallel : new String[] {"1", "2"}) {
      String csv = inspect("--format", "csv", "--locale", "en", "--parallel", parallel);
      assertThat(csv).contains("archive.attendance.cross-institution").contains("140502********0123").doesNotContain("140502199001010123");
      assertThat(csv.lines().filter(l -> l.contains("archive.attendance.cross-institution")).count()).isEqualTo(2);
    }
  }

  @Test
  void one_file_alone_shows_nothing() throws IOException {
    write("a.json", Mutations.traineeIdentity(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, "tr-01", Fixtures.identityNumber(12)));
    assertThat(inspect("--format", "csv")).doesNotContain("cross-institution");
  }
}
