package org.ducha.model;

/** How attendance was recorded. */
public enum AttendanceMethod {
  /** 手写签名. */
  SIGNATURE,
  /** 身份证识别. */
  ID_CARD,
  /** 指纹. */
  FINGERPRINT,
  /** 人脸识别. */
  FACE,
  /** 线上平台记录. */
  ONLINE_PLATFORM
}
