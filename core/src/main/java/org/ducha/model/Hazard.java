package org.ducha.model;

/**
 * A kind of incident an emergency plan (应急预案) provides for, as the plan itself names it: the plan's scope, recorded
 * from its text, not a judgement of whether it is enough.
 */
public enum Hazard {
  /** 火灾. */
  FIRE,
  /** 踩踏 (crowd crush). */
  CROWD_CRUSH,
  /** 触电 (electric shock). */
  ELECTRIC_SHOCK,
  /** 突发疾病、意外伤害 (sudden illness or injury of a trainee). */
  MEDICAL,
  /** 其他. */
  OTHER
}
