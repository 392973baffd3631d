package org.ducha.check;

import java.time.LocalDate;

/**
 * Campaigns whose duties some checks enforce only when a profile turns them on (see
 * {@link CheckDescriptor.Builder#campaign(String)}).
 */
public final class Campaigns {
  private Campaigns() {}

  /**
   * The 2021–2022 national campaign against safety training that "goes through the motions"
   * (安全生产培训“走过场”专项整治, 应急厅函〔2021〕274号), November 2021 to October 2022.
   */
  public static final String ZOUGUOCHANG_2021 = "zouguochang-2021";

  /** First day of {@link #ZOUGUOCHANG_2021}. */
  public static final LocalDate ZOUGUOCHANG_2021_START = LocalDate.of(2021, 11, 1);

  /** Last day of {@link #ZOUGUOCHANG_2021}. */
  public static final LocalDate ZOUGUOCHANG_2021_END = LocalDate.of(2022, 10, 31);
}
