package org.ducha.check;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A typed reference to the rule a check enforces: a regulation or standard's code, the clause, and its
 * title. Where no regulation fixes the rule, {@link #projectJudgement(String)} says so plainly.
 *
 * @param code e.g. {@code AQ/T 8011-2016}, {@code 国家安全监管总局令第44号}
 * @param clause e.g. {@code 3.1.2}, {@code 第三十四条}; empty when the whole text is meant
 * @param title e.g. 安全培训机构基本条件
 */
public record RegulationRef(String code, String clause, String title) {

  /** The code used for rules that no regulation fixes and the project judges on its own. */
  public static final String PROJECT_JUDGEMENT = "DUCHA";

  public RegulationRef {
    checkArgument(code != null && !code.isBlank(), "regulation code must not be blank");
    clause = clause == null ? "" : clause;
    checkArgument(title != null && !title.isBlank(), "regulation title must not be blank for %s", code);
  }

  /** A reference saying that the rule is the project's own judgement, with the reason in {@code rationale}. */
  public static RegulationRef projectJudgement(String rationale) {
    return new RegulationRef(PROJECT_JUDGEMENT, "", rationale);
  }

  /** Whether this is the project's own judgement rather than a regulation. */
  public boolean projectJudgementOnly() {
    return PROJECT_JUDGEMENT.equals(code);
  }

  /** {@code code clause title}, e.g. {@code AQ/T 8011-2016 3.1.2 安全培训机构基本条件}. */
  public String citation() {
    return clause.isEmpty() ? code + " " + title : code + " " + clause + " " + title;
  }
}
