/** Ducha's test kit for pack authors and host applications. */
module org.ducha.testkit {
  requires transitive org.ducha.core;
  requires transitive org.assertj.core;
  requires org.junit.jupiter.api;
  requires com.google.common;

  exports org.ducha.testkit;
}
