package org.ducha.engine;

import java.util.Optional;

/**
 * One problem with input records: where it is, which field, which value, and what is wrong.
 *
 * @param file the file it was read from, if any
 * @param line 1-based line in the file, if known
 * @param column 1-based column in the file, if known
 * @param path the field's path in the record, e.g. {@code classes[0].lessons[2].hours}
 * @param value the offending value as text (empty when absent)
 * @param message what is wrong
 */
public record InputProblem(Optional<String> file, Optional<Integer> line, Optional<Integer> column, String path, String value, String message) {

  public InputProblem {
    file = file == null ? Optional.empty() : file;
    line = line == null ? Optional.empty() : line;
    column = column == null ? Optional.empty() : column;
    path = path == null ? "" : path;
    value = value == null ? "" : value;
  }

  /** A problem with no known location in a file. */
  public static InputProblem of(String path, Object value, String message) {
    String v = value == null ? "" : String.valueOf(value);
    if (v.length() > 120) {
      v = v.substring(0, 117) + "...";
    }
    return new InputProblem(Optional.empty(), Optional.empty(), Optional.empty(), path, v, message);
  }

  /** A copy located in {@code file} at {@code line} and {@code column} (either may be null). */
  public InputProblem at(String fileName, Integer lineNo, Integer columnNo) {
    return new InputProblem(Optional.ofNullable(fileName), Optional.ofNullable(lineNo), Optional.ofNullable(columnNo), path, value, message);
  }

  /** {@code file:line:column: path = 'value': message}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    file.ifPresent(f -> sb.append(f).append(':'));
    line.ifPresent(l -> sb.append(l).append(':'));
    column.ifPresent(c -> sb.append(c).append(':'));
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(path.isEmpty() ? "(root)" : path);
    if (!value.isEmpty()) {
      sb.append(" = '").append(value).append('\'');
    }
    return sb.append(": ").append(message).toString();
  }
}
