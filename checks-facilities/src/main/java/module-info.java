/** Ducha's facilities check pack. Exports nothing: the engine finds it through ServiceLoader. */
module org.ducha.checks.facilities {
  requires org.ducha.core;

  // The pack's message bundles sit beside its classes; the core reads them.
  opens org.ducha.checks.facilities to org.ducha.core;

  provides org.ducha.check.CheckPack with org.ducha.checks.facilities.FacilitiesPack;
}
