/**
 * The descriptor of the published (shaded) ducha-formats jar, added to it after shading: Jackson 3 and the
 * jackson-annotations it needs are inside the jar, relocated under {@code org.ducha.formats.shaded.jackson}, so they
 * are part of this module and neither required nor exported. Compare {@code src/main/java/module-info.java}, the
 * descriptor the module is compiled with.
 */
module org.ducha.formats {
  requires transitive org.ducha.core;
  // The YAML parser of the relocated jackson-dataformat-yaml, a plain dependency.
  requires org.snakeyaml.engine;
  // What the relocated jackson-databind requires (java.xml for its XML types' serialisers; the others optional).
  requires java.xml;
  requires static java.desktop;
  requires static java.sql;
  requires static java.sql.rowset;

  exports org.ducha.formats;

  // Formats and institution-file readers that other jars add (docx, xlsx/CSV), found by ServiceLoader.
  uses org.ducha.formats.InstitutionFileReader;
  uses org.ducha.formats.ReportFormatProvider;

  // No opens: Jackson reads formats' own records from inside this module, and core opens the model's packages to
  // org.ducha.formats. The relocated Jackson packages stay unexported.
}
