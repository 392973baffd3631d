package org.ducha.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import org.ducha.formats.DisplayText;

/**
 * What the command prints through: control characters (ESC sequences and the like) and bidirectional controls are
 * replaced by visible marks (see {@link DisplayText}) whatever text carries them — a name, a value quoted in an error
 * message, a report — so that no record can drive the terminal or reorder a line. Line breaks, carriage returns and
 * tabs pass. {@link #checkError()} reports the errors of the writer it wraps too, which a plain chain of PrintWriters
 * would hide.
 */
final class ConsoleWriter extends PrintWriter {
  private final PrintWriter target;

  ConsoleWriter(PrintWriter target) {
    super(new Neutralising(target), true);
    this.target = target;
  }

  @Override
  public boolean checkError() {
    return super.checkError() | target.checkError();
  }

  private static final class Neutralising extends FilterWriter {
    Neutralising(PrintWriter out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      out.write(DisplayText.unsafe((char) c) ? DisplayText.neutralise(String.valueOf((char) c)) : String.valueOf((char) c));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      out.write(DisplayText.neutralise(new String(cbuf, off, len)));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      out.write(DisplayText.neutralise(str.substring(off, off + len)));
    }
  }
}
