/** Ducha's archive check pack. Exports nothing: the engine finds it through ServiceLoader. */
module org.ducha.checks.archive {
  requires org.ducha.core;

  // The pack's message bundles sit beside its classes; the core reads them.
  opens org.ducha.checks.archive to org.ducha.core;

  provides org.ducha.check.CheckPack with org.ducha.checks.archive.ArchivePack;
}
