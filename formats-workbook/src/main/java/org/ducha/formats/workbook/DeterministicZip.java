package org.ducha.formats.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A copy of a workbook file in which nothing depends on when it was written: fastexcel states the time of writing as
 * the workbook's creation time ({@code dcterms:created} in {@code docProps/core.xml}); the copy states a fixed time
 * instead, and gives every entry that time, in the original's order.
 */
final class DeterministicZip {
  private DeterministicZip() {}

  static final String CORE_PROPERTIES = "docProps/core.xml";
  private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

  /** Copies the zip {@code zip} to {@code out} (not closed), stating {@code created} as its creation time. */
  static void copy(byte[] zip, OutputStream out, Instant created) throws IOException {
    LocalDateTime entryTime = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
    String stamp = created.toString();
    ZipOutputStream zout = new ZipOutputStream(out); // finished, not closed: out stays open
    // Read through the central directory: fastexcel's entries state no sizes in their local headers, which
    // java.util.zip.ZipInputStream refuses.
    try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
        byte[] content;
        try (InputStream entry = in.getInputStream(e)) {
          content = entry.readAllBytes();
        }
        if (e.getName().equals(CORE_PROPERTIES)) {
          String xml = new String(content, StandardCharsets.UTF_8);
          content = CREATED.matcher(xml).replaceFirst("$1" + Matcher.quoteReplacement(stamp) + "$2").getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(entryTime);
        zout.putNextEntry(copy);
        zout.write(content);
        zout.closeEntry();
      }
    }
    zout.finish();
    zout.flush();
  }
}
