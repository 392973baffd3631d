/** Ducha's test kit for pack authors and host applications. */
module org.ducha.testkit {
  requires transitive org.ducha.core;
  requires transitive org.assertj.core;

  exports org.ducha.testkit;
}
