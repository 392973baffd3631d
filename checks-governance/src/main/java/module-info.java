/** Ducha's governance check pack. Exports nothing: the engine finds it through ServiceLoader. */
module org.ducha.checks.governance {
  requires org.ducha.core;

  // The pack's message bundles sit beside its classes; the core reads them.
  opens org.ducha.checks.governance to org.ducha.core;

  provides org.ducha.check.CheckPack with org.ducha.checks.governance.GovernancePack;
}
