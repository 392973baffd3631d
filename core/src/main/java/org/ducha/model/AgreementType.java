package org.ducha.model;

/** What an agreement (协议) is about. */
public enum AgreementType {
  /** 医疗救援服务协议. */
  MEDICAL_RESCUE,
  /** 后勤保障服务协议. */
  LOGISTICS,
  /** 场地租赁协议. */
  PREMISES_LEASE,
  /** 实操实训场地租赁或共享协议. */
  PRACTICAL_SITE_LEASE,
  /** 委托培训协议. */
  TRAINING_ENTRUSTMENT,
  /** 其他. */
  OTHER
}
