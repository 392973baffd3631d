package org.ducha.formats.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.formats.ProblemTable;
import org.ducha.formats.ReportContext;
import org.ducha.model.Inspection;
import org.ducha.report.ProblemList;
import org.ducha.report.Summary;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * The inspection's result as an official notice (通报) in Word format, laid out as GB/T 9704-2012 asks for a
 * 公文: A4 with margins of 37 mm (top), 35 mm (bottom), 28 mm (left) and 26 mm (right); the issuer's mark in red and
 * the document number (文号) above a red line; the title in 方正小标宋简体 二号, centred; the body in 仿宋_GB2312 三号
 * at 22 lines a page; first-level headings (一、) in 黑体 and second-level ones (（一）) in 楷体_GB2312; the issuer and
 * date (成文日期) below the body; page numbers as {@code — 1 —} in 宋体 四号, odd pages on the right and even ones
 * on the left.
 *
 * <p>The body: an introduction, part 一、存在问题 with the summary of the problem list (the counts of {@code core}'s
 * {@link Summary}: 条 and 处 per group and the institutions concerned), part 二、整改要求 (the inspection file's
 * {@code requirements}, else a default paragraph; then the deadline {@code rectificationDeadline} when given),
 * then, on a page of its own, the annex: the {@link ProblemTable problem table} as a table 序号 | 机构 | 存在问题 | 备注,
 * one row per numbered item, whose header row repeats on every page (the follow-up column of a tracked report is
 * left to the other formats: the notice lists the problems as they stand).
 *
 * <p>The date is the inspection file's {@code issuedOn}, else the inspection's last day. Text from the records stays
 * text; characters XML cannot hold (control characters) are dropped. Same input, same bytes: the document's
 * creation and modification dates are the notice's date and every zip entry bears that day.
 */
public final class DocxNoticeWriter {

  /** Twentieths of a point (twips) in a millimetre. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;
  private static final int BODY_SIZE = 16; // 三号
  private static final int TITLE_SIZE = 22; // 二号
  private static final int PAGE_NUMBER_SIZE = 14; // 四号
  private static final int TABLE_SIZE = 12; // 小四
  /** 22 lines on the 225 mm high text block: a fixed line pitch of about 28.9 pt. */
  private static final double LINE_PITCH = 28.9;
  private static final String RED = "FF0000";
  /** Text width: 210 mm less 28 mm and 26 mm. */
  private static final int TEXT_WIDTH = mm(210 - 28 - 26);
  private static final int[] COLUMNS = {mm(14), mm(32), mm(86), mm(24)};

  /** Writes the notice of {@code report} to {@code out}; does not close it. */
  public void write(InspectionReport report, ReportContext ctx, OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    Inspection inspection = report.inspection().orElse(null);
    LocalDate date = inspection == null ? null : inspection.issuedOn().orElse(inspection.periodEnd());
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc);
      fontTable(doc);
      ProblemTable problems = ProblemTable.of(report, ctx);
      ProblemList list = problems.problemList();
      Summary summary = Summary.of(list);
      heading(doc, report, ctx, inspection);
      body(doc, ctx, inspection, list, summary, date);
      annex(doc, ctx, problems);
      footers(doc);
      properties(doc, report, ctx, date);
      doc.write(raw);
    }
    LocalDateTime stamp = (date == null ? LocalDate.of(1980, 1, 1) : date).atStartOfDay();
    normalise(raw.toByteArray(), stamp, out);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Page, fonts, properties

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(mm(210)));
    size.setH(BigInteger.valueOf(mm(297)));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(mm(37)));
    mar.setBottom(BigInteger.valueOf(mm(35)));
    mar.setLeft(BigInteger.valueOf(mm(28)));
    mar.setRight(BigInteger.valueOf(mm(26)));
    mar.setHeader(BigInteger.valueOf(mm(15)));
    // The page number's line lies 7 mm below the text block (GB/T 9704 7.5).
    mar.setFooter(BigInteger.valueOf(mm(28)));
    mar.setGutter(BigInteger.ZERO);
  }

  /** The font table: each standard font with its common alternatives, for word processors that lack it. */
  private static void fontTable(XWPFDocument doc) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
    for (NoticeFont f : NoticeFont.ALL) {
      xml.append("<w:font w:name=\"").append(f.name()).append("\"><w:altName w:val=\"")
          .append(String.join(",", f.alternatives())).append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"")
          .append(f.family()).append("\"/><w:pitch w:val=\"variable\"/></w:font>");
    }
    xml.append("</w:fonts>");
    try {
      PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart part = doc.getPackage().createPart(name,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
      try (OutputStream o = part.getOutputStream()) {
        o.write(xml.toString().getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable", "rIdFontTable");
    } catch (InvalidFormatException e) {
      throw new IOException("cannot add the font table", e);
    }
  }

  private static void properties(XWPFDocument doc, InspectionReport report, ReportContext ctx, LocalDate date) throws IOException {
    var core = doc.getProperties().getCoreProperties();
    String stamp = (date == null ? LocalDate.of(1980, 1, 1) : date) + "T00:00:00Z";
    try {
      core.setCreated(stamp);
      core.setModified(stamp);
    } catch (InvalidFormatException e) {
      throw new IOException("cannot date the document " + stamp, e);
    }
    core.setTitle(clean(title(report, ctx)));
    report.inspection().ifPresent(i -> core.setCreator(clean(i.authority())));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Heading (版头) and body (主体)

  private static void heading(XWPFDocument doc, InspectionReport report, ReportContext ctx, Inspection inspection) {
    if (inspection != null) {
      XWPFParagraph mark = paragraph(doc, ParagraphAlignment.CENTER);
      mark.setSpacingAfter(pt(12));
      XWPFRun r = run(mark, ctx.text("notice.issuer-mark", "authority", inspection.authority()), NoticeFont.TITLE, 36);
      r.setColor(RED);
      XWPFParagraph last = mark;
      if (inspection.documentNumber().isPresent()) {
        last = paragraph(doc, ParagraphAlignment.CENTER);
        run(last, inspection.documentNumber().get(), NoticeFont.BODY, BODY_SIZE);
      }
      // The red line 4 mm below the document number (版头中的分隔线), as the bottom border of its paragraph.
      last.setBorderBottom(Borders.SINGLE);
      var border = last.getCTP().getPPr().getPBdr().getBottom();
      border.setColor(RED);
      border.setSz(BigInteger.valueOf(12));
      border.setSpace(BigInteger.valueOf(11));
      last.setSpacingAfter(pt(LINE_PITCH * 1.5));
    }
    XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
    title.setSpacingBetween(36, LineSpacingRule.EXACT);
    title.setSpacingAfter(pt(LINE_PITCH));
    run(title, title(report, ctx), NoticeFont.TITLE, TITLE_SIZE);
  }

  private static String title(InspectionReport report, ReportContext ctx) {
    return report.inspection().map(i -> ctx.text("report.title", "name", i.name())).orElse(ctx.text("report.generic-title"));
  }

  private static void body(XWPFDocument doc, ReportContext ctx, Inspection inspection, ProblemList list, Summary summary,
      LocalDate date) {
    bodyParagraph(doc, ctx.text("notice.addressee"), false);
    if (inspection != null) {
      bodyParagraph(doc, ctx.text("notice.intro", "start", inspection.periodStart(), "end", inspection.periodEnd(),
          "authority", inspection.authority(), "institutions", summary.institutions(), "name", inspection.name()), true);
    }
    headingParagraph(doc, ctx.text("report.summary.heading"));
    bodyParagraph(doc, ctx.text("report.summary.total", "institutions", summary.institutions(), "items", summary.items(),
        "findings", summary.findings()), true);
    int index = 0;
    for (Summary.GroupLine g : summary.groups()) {
      String group = ctx.messages().format(g.group().titleKey(), Map.of(), ctx.locale());
      XWPFParagraph p = bodyParagraph(doc, null, true);
      run(p, ctx.text("notice.group.heading", "index", ordinal(++index, ctx), "group", group), NoticeFont.SUBHEADING, BODY_SIZE);
      run(p, ctx.text("notice.group.text", "items", g.items(), "findings", g.findings(), "names", g.institutions()),
          NoticeFont.BODY, BODY_SIZE);
    }
    if (summary.findings() == 0) {
      bodyParagraph(doc, ctx.text("report.summary.none"), true);
    }
    if (!summary.notInspected().isEmpty()) {
      bodyParagraph(doc, ctx.text("report.summary.not-inspected", "names", summary.notInspected()), true);
    }
    headingParagraph(doc, ctx.text("notice.requirements.heading"));
    List<String> requirements = inspection == null ? List.of() : inspection.requirements();
    if (requirements.isEmpty()) {
      bodyParagraph(doc, ctx.text("notice.requirements.default"), true);
    } else {
      requirements.forEach(r -> bodyParagraph(doc, r, true));
    }
    if (inspection != null) {
      String authority = inspection.authority();
      inspection.rectificationDeadline().ifPresentOrElse(
          d -> bodyParagraph(doc, ctx.text("notice.requirements.deadline", "deadline", d, "authority", authority), true),
          () -> {
            if (requirements.isEmpty()) {
              bodyParagraph(doc, ctx.text("notice.requirements.report", "authority", authority), true);
            }
          });
    }
    // 附件说明: one blank line below the body, indented two characters.
    bodyParagraph(doc, "", false);
    XWPFParagraph note = bodyParagraph(doc, ctx.text("notice.annex.note", "title", ctx.text("notice.annex.title")), true);
    if (inspection != null) {
      // The issuer and the date (发文机关署名, 成文日期), two blank lines below the annex note: the date four
      // characters from the right edge, the issuer centred above it. Kept on one page with the annex note, so that
      // the date never stands alone on a page.
      note.setKeepNext(true);
      bodyParagraph(doc, "", false).setKeepNext(true);
      bodyParagraph(doc, "", false).setKeepNext(true);
      String dateText = MessageCatalog.formatValue(date, ctx.locale());
      double shift = Math.max(0, (ems(dateText) - ems(inspection.authority())) / 2);
      XWPFParagraph issuer = paragraph(doc, ParagraphAlignment.RIGHT);
      issuer.setIndentationRight(pt(BODY_SIZE * (4 + shift)));
      issuer.setKeepNext(true);
      lines(issuer);
      run(issuer, inspection.authority(), NoticeFont.BODY, BODY_SIZE);
      XWPFParagraph dated = paragraph(doc, ParagraphAlignment.RIGHT);
      dated.setIndentationRight(pt(BODY_SIZE * 4));
      lines(dated);
      run(dated, dateText, NoticeFont.BODY, BODY_SIZE);
    }
  }

  private static void headingParagraph(XWPFDocument doc, String text) {
    XWPFParagraph p = bodyParagraph(doc, null, true);
    run(p, text, NoticeFont.HEADING, BODY_SIZE);
  }

  /** A paragraph of the body, indented two characters when {@code indent}; with {@code text} unless null. */
  private static XWPFParagraph bodyParagraph(XWPFDocument doc, String text, boolean indent) {
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
    lines(p);
    if (indent) {
      p.setIndentationFirstLine(pt(BODY_SIZE * 2));
    }
    if (text != null) {
      run(p, text, NoticeFont.BODY, BODY_SIZE);
    }
    return p;
  }

  private static void lines(XWPFParagraph p) {
    p.setSpacingBetween(LINE_PITCH, LineSpacingRule.EXACT);
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Annex (附件)

  private static void annex(XWPFDocument doc, ReportContext ctx, ProblemTable problems) {
    XWPFParagraph label = paragraph(doc, ParagraphAlignment.LEFT);
    label.setPageBreak(true);
    lines(label);
    run(label, ctx.text("notice.annex.label"), NoticeFont.HEADING, BODY_SIZE);
    XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
    title.setSpacingBefore(pt(LINE_PITCH / 2));
    title.setSpacingAfter(pt(LINE_PITCH / 2));
    run(title, ctx.text("notice.annex.title"), NoticeFont.TITLE, TITLE_SIZE);

    List<String[]> rows = new ArrayList<>();
    List<Integer> spans = new ArrayList<>();
    for (ProblemTable.Section s : problems.sections()) {
      List<ProblemTable.Row> items = s.rows();
      for (int i = 0; i < items.size(); i++) {
        ProblemTable.Row row = items.get(i);
        rows.add(new String[] {row.cell(ProblemTable.NUMBER), row.cell(ProblemTable.INSTITUTION), row.cell(ProblemTable.PROBLEMS),
            row.cell(ProblemTable.REMARKS)});
        spans.add(i == 0 ? items.size() : 0);
      }
    }
    XWPFTable table = doc.createTable(rows.size() + 1, COLUMNS.length);
    table.setTableAlignment(TableRowAlign.CENTER);
    CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
        : table.getCTTbl().getTblPr().addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(TEXT_WIDTH));
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : COLUMNS) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    String[] names = {ctx.text("report.column.number"), ctx.text("report.column.institution"),
        ctx.text("report.column.problems"), ctx.text("report.column.remarks")};
    for (int c = 0; c < names.length; c++) {
      cell(header.getCell(c), names[c], c, NoticeFont.HEADING, ParagraphAlignment.CENTER, null);
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      String[] values = rows.get(r);
      boolean first = spans.get(r) > 0;
      boolean merged = !first || spans.get(r) > 1;
      STMerge.Enum merge = merged ? (first ? STMerge.RESTART : STMerge.CONTINUE) : null;
      cell(row.getCell(0), first ? values[0] : "", 0, NoticeFont.BODY, ParagraphAlignment.CENTER, merge);
      cell(row.getCell(1), first ? values[1] : "", 1, NoticeFont.BODY, ParagraphAlignment.LEFT, merge);
      cell(row.getCell(2), values[2], 2, NoticeFont.BODY, ParagraphAlignment.BOTH, null);
      cell(row.getCell(3), first ? values[3] : "", 3, NoticeFont.BODY, ParagraphAlignment.LEFT, merge);
    }
  }

  private static void cell(XWPFTableCell cell, String text, int column, NoticeFont font, ParagraphAlignment align, STMerge.Enum merge) {
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(COLUMNS[column]));
    if (merge != null) {
      pr.addNewVMerge().setVal(merge);
    }
    pr.addNewVAlign().setVal(STVerticalJc.CENTER);
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(align);
    p.setSpacingBetween(TABLE_SIZE * 1.5, LineSpacingRule.EXACT);
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
    if (!text.isEmpty()) {
      run(p, text, font, TABLE_SIZE);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Page numbers (页码)

  /** {@code — 1 —} in 宋体 四号: odd pages on the right, even pages on the left, one character in from the edge. */
  private static void footers(XWPFDocument doc) {
    doc.setEvenAndOddHeadings(true);
    pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
    pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
  }

  private static void pageNumber(XWPFFooter footer, ParagraphAlignment align) {
    XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
    p.setAlignment(align);
    if (align == ParagraphAlignment.RIGHT) {
      p.setIndentationRight(pt(PAGE_NUMBER_SIZE));
    } else {
      p.setIndentationLeft(pt(PAGE_NUMBER_SIZE));
    }
    run(p, "— ", NoticeFont.PAGE_NUMBER, PAGE_NUMBER_SIZE);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr(" PAGE ");
    var r = field.addNewR();
    fonts(r.addNewRPr(), NoticeFont.PAGE_NUMBER, PAGE_NUMBER_SIZE);
    r.addNewT().setStringValue("1");
    XWPFRun after = p.createRun();
    after.setText(" —");
    fonts(after.getCTR().isSetRPr() ? after.getCTR().getRPr() : after.getCTR().addNewRPr(), NoticeFont.PAGE_NUMBER, PAGE_NUMBER_SIZE);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Runs and text

  private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    return p;
  }

  private static XWPFRun run(XWPFParagraph p, String text, NoticeFont font, int size) {
    XWPFRun r = p.createRun();
    r.setText(clean(text));
    fonts(r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr(), font, size);
    return r;
  }

  private static void fonts(CTRPr pr, NoticeFont font, int size) {
    CTFonts f = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
    f.setAscii(font.name());
    f.setHAnsi(font.name());
    f.setEastAsia(font.name());
    f.setCs(font.name());
    BigInteger halfPoints = BigInteger.valueOf(size * 2L);
    pr.addNewSz().setVal(halfPoints);
    pr.addNewSzCs().setVal(halfPoints);
  }

  /**
   * Text as a run holds it: line breaks and tabs become spaces; characters XML 1.0 cannot hold (other control
   * characters, unpaired surrogates, U+FFFE and U+FFFF) are dropped.
   */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The width of {@code s} in ems: a full-width character one, any other half. */
  private static double ems(String s) {
    return s.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
  }

  private static String ordinal(int n, ReportContext ctx) {
    if (!ctx.locale().getLanguage().equals("zh")) {
      return String.valueOf(n);
    }
    String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    return n <= 10 ? digits[n] : String.valueOf(n);
  }

  private static int mm(double millimetres) {
    return (int) Math.round(millimetres * TWIPS_PER_MM);
  }

  /** Points as twips. */
  private static int pt(double points) {
    return (int) Math.round(points * 20);
  }

  /**
   * Rewrites the package with every zip entry dated {@code stamp} (in the zip's local time, whatever the time zone)
   * and nothing else changed: POI dates entries with the time of writing.
   */
  private static void normalise(byte[] docx, LocalDateTime stamp, OutputStream out) throws IOException {
    ByteArrayOutputStream fixed = new ByteArrayOutputStream(docx.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(fixed)) {
      zip.setLevel(9);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(stamp);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    fixed.writeTo(out);
  }
}
