package org.ducha.formats.office;

import java.util.List;

/**
 * A font the notice uses, named as GB/T 9704 asks, with the names under which the same face is commonly installed
 * (written to the document's font table as alternative names, so that a word processor without the standard's
 * font takes the common one).
 *
 * @param name the font the standard names, written in every run
 * @param alternatives common installed fonts of the same kind, best first
 * @param family the font table's family: {@code roman} for serif faces, {@code modern} for fixed-pitch ones
 */
record NoticeFont(String name, List<String> alternatives, String family) {

  /** 方正小标宋简体: the title. */
  static final NoticeFont TITLE = new NoticeFont("方正小标宋简体", List.of("华文中宋", "宋体", "SimSun", "Noto Serif CJK SC"), "roman");
  /** 仿宋_GB2312: the body. */
  static final NoticeFont BODY = new NoticeFont("仿宋_GB2312", List.of("仿宋", "FangSong", "Noto Serif CJK SC"), "modern");
  /** 黑体: first-level headings (一、) and the annex label. */
  static final NoticeFont HEADING = new NoticeFont("黑体", List.of("SimHei", "Noto Sans CJK SC"), "modern");
  /** 楷体_GB2312: second-level headings (（一）). */
  static final NoticeFont SUBHEADING = new NoticeFont("楷体_GB2312", List.of("楷体", "KaiTi", "Noto Serif CJK SC"), "modern");
  /** 宋体: page numbers. */
  static final NoticeFont PAGE_NUMBER = new NoticeFont("宋体", List.of("SimSun", "Noto Serif CJK SC"), "roman");

  /** Every font the notice uses. */
  static final List<NoticeFont> ALL = List.of(TITLE, BODY, HEADING, SUBHEADING, PAGE_NUMBER);

  NoticeFont {
    alternatives = List.copyOf(alternatives);
  }
}
