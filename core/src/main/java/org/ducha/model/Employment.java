package org.ducha.model;

/** How a person is employed, as the personnel file shows. */
public enum Employment {
  /** 与本机构签订劳动合同. */
  LABOUR_CONTRACT,
  /** 与本机构签订事业单位聘用合同. */
  PUBLIC_INSTITUTION_CONTRACT,
  /** 由上级或其他单位借调. */
  SECONDED,
  /** 劳务派遣. */
  DISPATCHED,
  /** 外聘（兼职）. */
  ENGAGED,
  /** 退休返聘. */
  RETIRED_REHIRED;

  /** Whether this is a formal employment by the institution itself (本机构正式员工). */
  public boolean formalEmployee() {
    return this == LABOUR_CONTRACT || this == PUBLIC_INSTITUTION_CONTRACT;
  }
}
