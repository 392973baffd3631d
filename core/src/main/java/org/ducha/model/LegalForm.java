package org.ducha.model;

/** The legal form in which an institution is registered (登记的法人形式), as its registration record says. */
public enum LegalForm {
  /** 企业法人. */
  ENTERPRISE_LEGAL_PERSON,
  /** 事业单位法人. */
  PUBLIC_INSTITUTION_LEGAL_PERSON,
  /** 社会团体或民办非企业单位法人. */
  SOCIAL_ORGANISATION_LEGAL_PERSON,
  /** 企业内设部门: no registration of its own. */
  INTERNAL_DEPARTMENT,
  /** 分支机构: a branch registered under a parent legal person. */
  BRANCH
}
