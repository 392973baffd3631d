package org.ducha.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ducha.engine.InputProblem;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * The parsers' errors in Ducha's own words: a message key per common kind of syntax error, one position (where the
 * parser found the problem), and never a parser's or a class's name. What no rule here recognises is reported as a
 * broken structure at that position.
 */
final class ParserTexts {
  private ParserTexts() {}

  private static final Pattern CHAR = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\)");
  private static final Pattern WORD = Pattern.compile("Unrecognized token '([^']*)'");
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
  private static final Pattern ALIAS = Pattern.compile("found undefined alias (\\S+)");

  /** The problem a syntax error of {@code format} stands for (unlocated: see {@link #line}, {@link #column}). */
  static InputProblem syntax(JacksonException e, DataFormat format) {
    if (e.getCause() instanceof MarkedYamlEngineException y) {
      return yaml(y);
    }
    String m = String.valueOf(e.getOriginalMessage());
    String f = format.name();
    Matcher c = CHAR.matcher(m);
    Matcher w = WORD.matcher(m);
    Matcher n = NON_STANDARD.matcher(m);
    if (m.contains("end-of-input")) {
      return InputProblem.keyed("", "", "input.syntax.eof", f);
    }
    if (n.find()) {
      return InputProblem.keyed("", n.group(1), "input.syntax.non-finite", f, n.group(1));
    }
    if (m.contains("Illegal unquoted character") || m.contains("Illegal character")) {
      return InputProblem.keyed("", "", "input.syntax.control", f);
    }
    if (m.contains("Trailing token") || m.contains("trailing token")) {
      return InputProblem.keyed("", "", "input.syntax.trailing", f);
    }
    if (w.find()) {
      return InputProblem.keyed("", w.group(1), "input.syntax.word", f, "'" + w.group(1) + "'");
    }
    if (c.find()) {
      String ch = "'" + c.group(1) + "'";
      if (m.contains("double-quote to start")) {
        return InputProblem.keyed("", "", "input.syntax.name-expected", f, ch);
      }
      if (m.contains("expecting comma") || m.contains("expecting a colon")) {
        return InputProblem.keyed("", "", m.contains("colon") ? "input.syntax.colon-missing" : "input.syntax.comma-missing", f, ch);
      }
      return InputProblem.keyed("", "", "input.syntax.unexpected", f, ch);
    }
    return InputProblem.keyed("", "", "input.syntax.other", f);
  }

  private static InputProblem yaml(MarkedYamlEngineException y) {
    String problem = String.valueOf(y.getProblem());
    String context = String.valueOf(y.getContext());
    Matcher alias = ALIAS.matcher(problem);
    if (problem.contains("TAB") || problem.contains("\\t")) {
      return InputProblem.keyed("", "", "input.yaml.tab");
    }
    if (alias.find()) {
      return InputProblem.keyed("", alias.group(1), "input.yaml.alias-undefined", alias.group(1));
    }
    if (problem.contains("mapping values are not allowed")) {
      return InputProblem.keyed("", "", "input.yaml.colon");
    }
    if (context.contains("quoted scalar") || problem.contains("quoted scalar")) {
      return InputProblem.keyed("", "", "input.yaml.quote");
    }
    if (context.contains("flow sequence") || context.contains("flow mapping")) {
      return InputProblem.keyed("", "", "input.yaml.flow");
    }
    if (problem.contains("could not find expected ':'") || context.contains("simple key")) {
      return InputProblem.keyed("", "", "input.yaml.key-expected");
    }
    if (problem.contains("<block end>") || problem.contains("<block mapping start>") || problem.contains("block collection")
        || context.contains("block mapping") || context.contains("block collection")) {
      return InputProblem.keyed("", "", "input.yaml.indent");
    }
    if (problem.contains("document")) {
      return InputProblem.keyed("", "", "input.syntax.trailing", "YAML");
    }
    return InputProblem.keyed("", "", "input.syntax.other", "YAML");
  }

  /** The line of the error: for YAML where the problem was found (not where its context began). */
  static Integer line(JacksonException e) {
    if (e.getCause() instanceof MarkedYamlEngineException y && y.getProblemMark().isPresent()) {
      return y.getProblemMark().get().getLine() + 1;
    }
    TokenStreamLocation l = e.getLocation();
    return l == null || l.getLineNr() < 1 ? null : l.getLineNr();
  }

  /** The column of the error, as {@link #line}; for a word that is no value (NaN), where the word starts. */
  static Integer column(JacksonException e) {
    if (e.getCause() instanceof MarkedYamlEngineException y && y.getProblemMark().isPresent()) {
      Mark m = y.getProblemMark().get();
      return m.getColumn() + 1;
    }
    TokenStreamLocation l = e.getLocation();
    if (l == null || l.getColumnNr() < 1) {
      return null;
    }
    Matcher n = NON_STANDARD.matcher(String.valueOf(e.getOriginalMessage()));
    return n.find() && l.getColumnNr() > n.group(1).length() ? l.getColumnNr() - n.group(1).length() : l.getColumnNr();
  }

  /** A data-binding error the problem handler did not take (a whole number beyond its type, a value no creator takes). */
  static InputProblem binding(JacksonException e, String path) {
    String m = String.valueOf(e.getOriginalMessage());
    Matcher range = Pattern.compile("Numeric value \\(([^)]*)\\) out of range").matcher(m);
    if (range.find()) {
      return InputProblem.keyed(path, range.group(1), "input.number.range-type");
    }
    if (e.getCause() != null && !(e.getCause() instanceof JacksonException) && e.getCause().getMessage() != null) {
      // A record refused its values (its constructor's own check): its message is the project's own words.
      return InputProblem.keyed(path, "", "input.value.refused", e.getCause().getMessage());
    }
    return InputProblem.keyed(path, "", "input.value.unreadable");
  }
}
