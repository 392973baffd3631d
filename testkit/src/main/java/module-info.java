/** Ducha's test kit for pack authors and host applications. */
module org.ducha.testkit {
  requires transitive org.ducha.core;
  requires transitive org.assertj.core;
  requires com.google.common;

  exports org.ducha.testkit;
}
