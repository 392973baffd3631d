package org.ducha.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * A file replaced whole or not at all: written to a temporary file beside it, forced to the disk, then moved over it
 * in one step ({@link StandardCopyOption#ATOMIC_MOVE}). A kill or crash at any moment leaves the old file or the new
 * one, never a half-written file; what is left at worst is the temporary file ({@code .NAME.*.tmp}), which a failed
 * write deletes. Where the file system cannot move atomically (some network and Windows file systems refuse
 * {@code ATOMIC_MOVE}), the move falls back to {@link StandardCopyOption#REPLACE_EXISTING}, which on those systems
 * may be seen half done by a reader but is still never a partly written report.
 */
final class AtomicFile {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFile() {}

  /** What writes the content. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code content} into {@code target}, replacing it whole. */
  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    // Not Files.createTempFile, which makes the file readable by its owner only: the report gets the permissions any
    // new file gets, or those of the report it replaces.
    Path tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    boolean done = false;
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
          OutputStream o = new BufferedOutputStream(Channels.newOutputStream(ch))) {
        content.writeTo(o);
        o.flush();
        ch.force(true);
      }
      if (Files.exists(absolute) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(absolute));
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
