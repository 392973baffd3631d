package org.ducha.checks.governance;

import java.util.ArrayList;
import java.util.List;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;

/**
 * A written rule (制度) an institution must hold under AQ/T 8011-2016 3.1.2 and AQ 8011-2023 4.1.1, as far as
 * the records type it: the training-management rules, the training-archive rules, and, for an institution
 * that also operates an exam site, the exam-management rules.
 */
enum RequiredRule {
  /** 安全培训管理制度. */
  TRAINING(DocumentType.TRAINING_MANAGEMENT_RULES, "training", "安全培训管理制度", false),
  /** 培训档案管理制度. */
  ARCHIVE(DocumentType.ARCHIVE_MANAGEMENT_RULES, "archive", "培训档案管理制度", false),
  /** 考试管理制度, for exam sites only. */
  EXAM(DocumentType.EXAM_MANAGEMENT_RULES, "exam", "考试管理制度", true);

  private final DocumentType type;
  private final String keySuffix;
  private final String label;
  private final boolean examSitesOnly;

  RequiredRule(DocumentType type, String keySuffix, String label, boolean examSitesOnly) {
    this.type = type;
    this.keySuffix = keySuffix;
    this.label = label;
    this.examSitesOnly = examSitesOnly;
  }

  /** The rules {@code institution} must hold, in a fixed order. */
  static List<RequiredRule> of(Institution institution) {
    List<RequiredRule> rules = new ArrayList<>();
    for (RequiredRule r : values()) {
      if (!r.examSitesOnly || institution.operatesExamSite()) {
        rules.add(r);
      }
    }
    return rules;
  }

  /** The document type holding this rule. */
  DocumentType type() {
    return type;
  }

  /** The suffix of the message keys that name this rule, e.g. {@code training}. */
  String keySuffix() {
    return keySuffix;
  }

  /** The rule's name as the records write it, for subject labels. */
  String label() {
    return label;
  }
}
