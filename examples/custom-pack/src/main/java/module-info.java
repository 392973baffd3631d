/**
 * An example check pack for Shanxi: training fees published before classes start, and the example's own local
 * limit on class size. Exports nothing; Ducha finds the pack through ServiceLoader.
 */
module org.example.shanxi {
  requires org.ducha.core;

  // The message bundles sit beside the classes; Ducha's core reads them.
  opens org.example.shanxi to org.ducha.core;

  provides org.ducha.check.CheckPack with org.example.shanxi.ShanxiPack;
}
