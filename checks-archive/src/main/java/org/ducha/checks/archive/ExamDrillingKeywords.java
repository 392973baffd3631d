package org.ducha.checks.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ducha.check.Parameter;

/**
 * The words by which a lesson record's topic says that exam questions were taught instead of the course
 * (以讲题代培训): question banks, mock exams, drilling questions. A parameter of {@code archive.lesson.exam-drilling},
 * which reports such lessons, and of {@code archive.lesson.content-mismatch}, which leaves them to it; a profile that
 * changes the list should change it for both.
 *
 * <p>Default, the project's judgement from the wording of published inspection findings: 题库, 刷题, 讲题, 模拟考试,
 * 模拟试题, 模拟题, 真题, 考题, 试题讲解, 习题讲解, question bank, mock exam, practice test, exam questions. A topic
 * matches when it contains one of them, ignoring letter case.
 */
final class ExamDrillingKeywords {

  static final String DEFAULT = "题库,刷题,讲题,模拟考试,模拟试题,模拟题,真题,考题,试题讲解,习题讲解,"
      + "question bank,mock exam,practice test,exam questions";

  private ExamDrillingKeywords() {}

  /** The keyword parameter of {@code checkId}: comma-separated, blanks around commas ignored. */
  static Parameter<String> parameter(String checkId) {
    return new Parameter<>("examDrillingKeywords", String.class, new TreeMap<>(Map.of(LocalDate.MIN, DEFAULT)),
        Optional.empty(), Optional.empty(), checkId + ".param.examDrillingKeywords");
  }

  /** The keywords of a parameter value, lower-cased; empty ones dropped. */
  static List<String> split(String value) {
    List<String> words = new ArrayList<>();
    for (String w : value.split(",")) {
      String t = w.strip().toLowerCase(Locale.ROOT);
      if (!t.isEmpty()) {
        words.add(t);
      }
    }
    return words;
  }

  /** The first keyword {@code topic} contains, if any. */
  static Optional<String> match(String topic, List<String> keywords) {
    String t = topic.toLowerCase(Locale.ROOT);
    for (String k : keywords) {
      if (t.contains(k)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
