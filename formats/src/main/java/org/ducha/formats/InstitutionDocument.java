package org.ducha.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ducha.engine.InputProblem;

/**
 * An institution file read by an {@link InstitutionFileReader}: its records as a JSON institution document (the
 * layout formats/README.md describes), where each line came from, and the problems of the file's own shape.
 *
 * @param json the institution document, UTF-8 JSON; each value that came from one place on a line of its own. Empty
 *     when the file holds nothing to bind (not readable, or without the institution's own record): the problems then
 *     say why, and binding would only add noise
 * @param places where each line of {@code json} came from (line number from 1 → a place such as
 *     {@code a.xlsx:学员签到表!D17}); a problem on a line without a place is located at {@code file}
 * @param file the file's name, for problems that have no better place
 * @param problems the problems found reading the file itself, each located; may be empty
 */
public record InstitutionDocument(byte[] json, Map<Integer, String> places, String file, List<InputProblem> problems) {
  public InstitutionDocument {
    json = json.clone();
    places = Map.copyOf(places);
    problems = List.copyOf(problems);
  }

  /** The document as text (for tests and for showing what a file was read as). */
  public String jsonText() {
    return new String(json, StandardCharsets.UTF_8);
  }
}
