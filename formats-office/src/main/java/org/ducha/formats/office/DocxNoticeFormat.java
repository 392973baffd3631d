package org.ducha.formats.office;

import java.io.IOException;
import java.io.OutputStream;
import org.ducha.engine.InspectionReport;
import org.ducha.formats.ReportContext;
import org.ducha.formats.ReportFormatProvider;

/** The format {@code docx}: the inspection's result as an official notice in Word format (see {@link DocxNoticeWriter}). */
public final class DocxNoticeFormat implements ReportFormatProvider {

  @Override
  public String name() {
    return "docx";
  }

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public String contentType() {
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }

  @Override
  public void write(InspectionReport report, ReportContext context, OutputStream out) throws IOException {
    new DocxNoticeWriter().write(report, context, out);
  }
}
