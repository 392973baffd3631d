package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.model.Institution;
import org.ducha.model.Room;
import org.ducha.testkit.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Properties of the report writers over arbitrary text in an institution's name and in a room's name (which reaches
 * a finding's message, subject and evidence): Markdown read back by a CommonMark parser holds no HTML, link, image,
 * code, emphasis or block the writer did not write, and every table row keeps its four cells; GitHub's bare links
 * cannot form; HTML holds no element of the records' making; no CSV cell starts a formula; JSON reads back the exact
 * text; no format carries a raw control or bidirectional character.
 */
class WriterPropertiesTest {

  private final Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new WritersTest.RoomsPack())
      .validateRecords(false).checkTimeout(java.time.Duration.ZERO).build();

  /** Text made of the pieces markup is made of, with arbitrary text between. */
  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("<script>alert(1)</script>", "<b>", "</td>", "[x](http://evil.example)", "![i](x.png)", "<http://a.b>",
            "&amp;", "&#x3C;", "&lt;", "`code`", "```", "|", "\\|", "# ", "## ", "> ", "- ", "+ ", "* ", "1. ", "2) ", "---", "===",
            "*em*", "__strong__", "~~del~~", "\\", "www.evil.com", "WWW.x.org", "a@b.com", "https://x.y/z", "\u001b[31m", "\u001b]8;;x\u0007",
            "\u202e", "\u202a", "\u2066", "\u2069", "\u0085", "\u007f", "\n", "\r\n", "\t", "    ", "=", "+", "-", "@", "'", "\"", ",",
            "字", "机构", " ", "{", "}", "$", "%s", "{0}", "{name}"),
        Arbitraries.strings().ofMaxLength(6));
    return pieces.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
  }

  private InspectionReport report(String institutionName, String roomName) {
    Institution i = Fixtures.cleanTrainingOnly().with(b -> {
      b.name(institutionName);
      b.rooms.replaceAll(r -> r.id().equals(Fixtures.ROOM_CLASSROOM)
          ? new Room(r.id(), roomName, r.kind(), r.areaSquareMetres(), r.seats(), r.fixed(), r.videoSurveillance(), r.identityVerification(), r.operationTypes())
          : r);
      return b;
    });
    InstitutionReport r = inspector.inspect(i);
    return inspector.report(Optional.empty(), List.of(r));
  }

  private String write(ReportFormat format, InspectionReport report) throws IOException {
    StringWriter w = new StringWriter();
    ReportWriter.of(format).write(report, ReportContext.of(inspector).withLocale(MessageCatalog.ZH_CN), w);
    return w.toString();
  }

  private static void noRawControls(String out) {
    for (char c : out.toCharArray()) {
      assertThat(DisplayText.unsafe(c)).as("raw U+%04X in the output", (int) c).isFalse();
    }
  }

  @Property(tries = 300)
  void markdown_holds_no_markup_of_the_records_making(@ForAll("hostile") String name, @ForAll("hostile") String room) throws IOException {
    String md = write(ReportFormat.MD, report(name, room));

    noRawControls(md);
    assertThat(md).doesNotContain("<").doesNotContain("www.").doesNotContain("WWW.");
    assertThat(md.replace("\\://", "")).doesNotContain("://");
    Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
    List<String> found = new ArrayList<>();
    int[] headings = new int[3];
    doc.accept(new AbstractVisitor() {
      @Override public void visit(HtmlInline n) { found.add("html " + n.getLiteral()); }
      @Override public void visit(HtmlBlock n) { found.add("html block " + n.getLiteral()); }
      @Override public void visit(Link n) { found.add("link " + n.getDestination()); }
      @Override public void visit(Image n) { found.add("image " + n.getDestination()); }
      @Override public void visit(Code n) { found.add("code " + n.getLiteral()); }
      @Override public void visit(FencedCodeBlock n) { found.add("fenced code"); }
      @Override public void visit(IndentedCodeBlock n) { found.add("indented code"); }
      @Override public void visit(Emphasis n) { found.add("emphasis"); }
      @Override public void visit(StrongEmphasis n) { found.add("strong"); }
      @Override public void visit(BlockQuote n) { found.add("quote"); }
      @Override public void visit(ThematicBreak n) { found.add("break"); }
      @Override public void visit(OrderedList n) { found.add("ordered list"); }
      @Override public void visit(BulletList n) { found.add("list"); }
      @Override public void visit(Heading n) {
        headings[Math.min(n.getLevel(), 3) - 1]++;
        visitChildren(n);
      }
      @Override public void visit(CustomBlock n) {
        if (n instanceof TableBlock) {
          for (Node section = n.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
              int cells = 0;
              for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                cells++;
              }
              if (row instanceof TableRow && cells != 4) {
                found.add("row of " + cells + " cells");
              }
            }
          }
        }
        visitChildren(n);
      }
    });
    assertThat(found).as(md).isEmpty();
    // Title, then 一、存在问题 and 附件 headings: no heading of the records' making.
    assertThat(headings).as(md).containsExactly(1, 2, 0);
    long tables = 0;
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableBlock) {
        tables++;
      }
      assertThat(n).as(md).isInstanceOfAny(Heading.class, Paragraph.class, TableBlock.class);
    }
    assertThat(tables).isEqualTo(1);
  }

  private static final Set<String> HTML_ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "div",
      "figure", "figcaption", "svg", "text", "rect", "table", "thead", "tbody", "tr", "th", "td", "ul", "li",
      // The filters above the annex and their script (the writer's own; see WritersTest).
      "form", "label", "select", "option", "input", "button", "span", "output");

  @Property(tries = 300)
  void html_holds_no_element_of_the_records_making(@ForAll("hostile") String name, @ForAll("hostile") String room) throws IOException {
    String html = write(ReportFormat.HTML, report(name, room));

    noRawControls(html.replace("\n", ""));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).as(html).singleElement().satisfies(s -> assertThat(s.data()).isEqualTo("\n" + HtmlWriter.SCRIPT));
    for (Element e : doc.getAllElements()) {
      if (!e.tagName().equals("#root") && !e.tagName().equals("script")) {
        assertThat(HTML_ELEMENTS).as(html).contains(e.tagName());
      }
    }
    // The cell holds the name's text; white space of any kind (which HTML and the parser fold their own ways) aside.
    // Its whole text: the parser's normalised text() also drops what it counts invisible (a soft hyphen, say).
    String cell = doc.select("td.i").stream().map(Element::wholeText).collect(java.util.stream.Collectors.joining());
    assertThat(withoutSpace(cell)).isEqualTo(withoutSpace(DisplayText.neutralise(name)));
  }

  @Property(tries = 300)
  void no_csv_cell_starts_a_formula(@ForAll("hostile") String name, @ForAll("hostile") String room) throws IOException {
    String csv = write(ReportFormat.CSV, report(name, room));

    List<List<String>> rows = parseCsv(csv.substring(1));
    assertThat(rows).hasSizeGreaterThan(1);
    for (List<String> row : rows) {
      assertThat(row).hasSize(CsvWriter.COLUMNS_ZH.size());
      for (String cell : row) {
        assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).as("cell %s", cell).isTrue();
        noRawControls(cell.replace("\n", "").replace("\r", "").replace("\t", ""));
      }
    }
    assertThat(rows.get(1).get(1)).isIn(DisplayText.neutralise(name), "'" + DisplayText.neutralise(name));
  }

  @Property(tries = 100)
  void json_reads_back_the_exact_text(@ForAll("hostile") String name, @ForAll("hostile") String room) throws IOException {
    InspectionReport report = report(name, room);
    String json = write(ReportFormat.JSON, report);

    noRawControls(json.replace("\n", ""));
    Path f = Files.createTempFile("ducha-prop", ".json");
    try {
      Files.writeString(f, json, StandardCharsets.UTF_8);
      InspectionReport back = JsonReportWriter.read(f);
      assertThat(back.institutions().get(0).institutionName()).isEqualTo(name);
      assertThat(back.institutions().get(0).findings()).isEqualTo(report.institutions().get(0).findings());
    } finally {
      Files.delete(f);
    }
  }

  /** RFC 4180: commas between cells, CRLF between rows, quoted cells with doubled quotes. */
  private static List<List<String>> parseCsv(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  /** {@code s} without any white-space or space-separator character. */
  private static String withoutSpace(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
    return b.toString();
  }
}
