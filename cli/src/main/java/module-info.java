/**
 * The {@code ducha} command. Exports {@code org.ducha.cli} so that a host or a test may run the command in-process
 * ({@code Main.run}); everything else it does goes through {@code org.ducha.formats} and the core. The check packs are
 * not read: ServiceLoader binds them through the core's {@code uses}.
 */
module org.ducha.cli {
  requires org.ducha.core;
  requires org.ducha.formats;
  // ducha template: the workbook template of the workbook readers.
  requires org.ducha.formats.workbook;
  requires info.picocli;
  requires java.logging;

  exports org.ducha.cli;

  // picocli sets the commands' annotated option fields reflectively.
  opens org.ducha.cli to info.picocli;
}
