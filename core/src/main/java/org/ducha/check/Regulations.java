package org.ducha.check;

/**
 * References to the regulations and standards behind the first-party checks, for packs to cite. Clauses
 * are given where the text was read; an empty clause means the whole text.
 */
public final class Regulations {
  private Regulations() {}

  /** AQ/T 8011-2016, in force 2017-03-01 to 2024-06-30. */
  public static final String AQT_8011_2016 = "AQ/T 8011-2016";
  /** AQ 8011-2023, in force from 2024-07-01. */
  public static final String AQ_8011_2023 = "AQ 8011-2023";
  /** Title of AQ/T 8011-2016. */
  public static final String AQT_8011_2016_TITLE = "安全培训机构基本条件";
  /** Title of AQ 8011-2023. */
  public static final String AQ_8011_2023_TITLE = "安全生产培训机构基本条件";

  /** 安全生产培训管理办法 (原国家安全监管总局令第44号). */
  public static final RegulationRef TRAINING_MEASURES = new RegulationRef("国家安全监管总局令第44号", "", "安全生产培训管理办法");
  /** 安全生产培训管理办法, Art. 34: no or irregular training archives. */
  public static final RegulationRef TRAINING_MEASURES_ART34 = new RegulationRef("国家安全监管总局令第44号", "第三十四条", "安全生产培训管理办法");
  /** 特种作业人员安全技术培训考核管理规定 (原国家安全监管总局令第30号). */
  public static final RegulationRef SPECIAL_OPERATIONS = new RegulationRef("国家安全监管总局令第30号", "", "特种作业人员安全技术培训考核管理规定");
  /** 安全生产资格考试与证书管理暂行办法: separation of teaching and examining, exam sites. */
  public static final RegulationRef EXAM_MEASURES = new RegulationRef("安监总宣教〔2013〕104号", "", "安全生产资格考试与证书管理暂行办法");
  /** 煤矿安全培训规定 (原国家安全监管总局令第92号). */
  public static final RegulationRef COAL_TRAINING = new RegulationRef("国家安全监管总局令第92号", "", "煤矿安全培训规定");
  /** The national campaign notice. */
  public static final RegulationRef CAMPAIGN_NOTICE = new RegulationRef("应急厅函〔2021〕274号", "", "安全生产培训“走过场”专项整治（全国）");
  /** The Shanxi campaign notice. */
  public static final RegulationRef CAMPAIGN_SHANXI = new RegulationRef("晋应急发〔2021〕330号", "", "安全生产培训“走过场”专项整治（山西省）");

  /** A clause of AQ/T 8011-2016. */
  public static RegulationRef aqt2016(String clause) {
    return new RegulationRef(AQT_8011_2016, clause, AQT_8011_2016_TITLE);
  }

  /** A clause of AQ 8011-2023. */
  public static RegulationRef aq2023(String clause) {
    return new RegulationRef(AQ_8011_2023, clause, AQ_8011_2023_TITLE);
  }
}
