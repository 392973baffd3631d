package org.ducha.finding;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A group of problems, as the notice groups them under headings. The four first-party groups are
 * constants; a pack may define more. The group's heading is the message with key {@code group.<id>}.
 *
 * @param id lower-case identifier, e.g. {@code archive}
 * @param order position among groups in reports (lower first)
 */
public record Group(String id, int order) implements Comparable<Group> {

  /** 对专项整治工作重视不够: governance, rules, plans. */
  public static final Group GOVERNANCE = new Group("governance", 10);
  /** 培训考核档案管理不规范: class and exam archives. */
  public static final Group ARCHIVE = new Group("archive", 20);
  /** 师资力量配备不足: staff and rosters. */
  public static final Group STAFFING = new Group("staffing", 30);
  /** 实操实训“走过场”: premises and equipment. */
  public static final Group FACILITIES = new Group("facilities", 40);

  public Group {
    checkArgument(id != null && id.matches("[a-z][a-z0-9-]*"), "group id must be lower-case letters, digits and '-': %s", id);
  }

  /** The message key of the group's heading. */
  public String titleKey() {
    return "group." + id;
  }

  @Override
  public int compareTo(Group o) {
    int c = Integer.compare(order, o.order);
    return c != 0 ? c : id.compareTo(o.id);
  }
}
