package org.ducha.model;

/** How training is delivered. */
public enum DeliveryMode {
  /** 线下. */
  OFFLINE,
  /** 线上. */
  ONLINE,
  /** 线上线下结合 (classes only; a single lesson is either online or offline). */
  BLENDED
}
