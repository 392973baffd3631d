package org.ducha.examples.springboot;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that fails the upload (413) once more than {@code max} bytes are read from it. */
final class BoundedInputStream extends FilterInputStream {

  private final long max;
  private final String what;
  private long read;

  BoundedInputStream(InputStream in, long max, String what) {
    super(in);
    this.max = max;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = super.skip(n);
    count(s);
    return s;
  }

  private void count(long n) {
    read += n;
    if (read > max) {
      throw UploadRejected.tooLarge(what + " is larger than " + max + " bytes");
    }
  }

  /** Everything, failing past the limit. */
  static byte[] readAll(InputStream in, long max, String what) throws IOException {
    try (BoundedInputStream b = new BoundedInputStream(in, max, what)) {
      return b.readAllBytes();
    }
  }
}
