package org.ducha.examples.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ducha.check.CheckDescriptor;
import org.ducha.engine.Inspector;
import org.ducha.formats.DataFormat;
import org.ducha.formats.ReportFormat;
import org.ducha.spring.InspectionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's three resources. Reports are written by Ducha's own writers (not the host's JSON library), so the
 * bytes are those of {@code ducha inspect --format …}; the status is 200 when every record was read, 422 when some
 * institution could not be (the report lists it as not inspected, with its problems).
 */
@RestController
public class InspectionController {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml");
  static final MediaType ZIP = MediaType.parseMediaType("application/zip");
  static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown");
  static final MediaType CSV = MediaType.parseMediaType("text/csv");

  private final InspectionService inspections;
  private final UploadLimits limits;

  public InspectionController(InspectionService inspections, UploadLimits limits) {
    this.inspections = inspections;
    this.limits = limits;
  }

  /** One institution's records (JSON, or YAML by content type), inspected on its own: no inspection file, no campaigns. */
  @PostMapping(path = "/institutions", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml"})
  public ResponseEntity<String> institution(InputStream body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestParam(name = "format", required = false) String format) throws IOException {
    ReportFormat chosen = chooseFormat(format, accept);
    byte[] document = BoundedInputStream.readAll(body, limits.maxEntryBytes().toBytes(), "the institution document");
    DataFormat data = contentType.isCompatibleWith(MediaType.APPLICATION_JSON) ? DataFormat.JSON : DataFormat.YAML;
    return respond(inspections.inspect(document, data, "institution." + data.name().toLowerCase(Locale.ROOT)), chosen);
  }

  /** An inspection: a zip of {@code inspection.yaml|json} and one file per institution, as the command reads a folder. */
  @PostMapping(path = "/inspections", consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
  public ResponseEntity<String> inspection(InputStream body,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestParam(name = "format", required = false) String format) throws IOException {
    ReportFormat chosen = chooseFormat(format, accept);
    try (InspectionArchive archive = InspectionArchive.unpack(body, limits)) {
      return respond(inspections.inspect(List.of(archive.folder())), chosen);
    }
  }

  /** One entry of the catalogue. */
  public record CatalogueEntry(String id, String pack, String group, String severity, String title, boolean enabled, String campaign) {}

  /** The check catalogue of the packs in use, by id; titles in {@code locale} (the service's by default). */
  @GetMapping(path = "/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<CatalogueEntry> catalogue(@RequestParam(name = "locale", required = false) String locale) {
    Inspector inspector = inspections.inspector();
    Locale l = locale == null ? inspector.locale() : Locale.forLanguageTag(locale);
    return inspector.catalogue().stream().sorted(Comparator.comparing(CheckDescriptor::id)).map(d -> new CatalogueEntry(
        d.id(), d.packPrefix(), d.group().id(),
        inspector.profile().severities().getOrDefault(d.id(), d.defaultSeverity()).name(),
        inspector.messages().text(d.titleKey(), l).orElse(d.id()),
        inspector.profile().enabled(d.id()),
        d.campaign().orElse(null))).toList();
  }

  private static ResponseEntity<String> respond(InspectionService.Inspected inspected, ReportFormat format) throws IOException {
    StringWriter out = new StringWriter();
    inspected.write(format, out);
    MediaType type = switch (format) {
      case JSON -> MediaType.APPLICATION_JSON;
      case HTML -> MediaType.TEXT_HTML;
      case MD -> MARKDOWN;
      case CSV -> CSV;
    };
    return ResponseEntity.status(inspected.complete() ? 200 : 422)
        .contentType(new MediaType(type, java.nio.charset.StandardCharsets.UTF_8))
        .body(out.toString());
  }

  /**
   * The report format: the {@code format} parameter (json, html, md, csv) if given, else the first of the Accept
   * header's types (by quality, then order) that a format serves; JSON when nothing is asked for.
   */
  static ReportFormat chooseFormat(String format, String accept) {
    if (format != null) {
      try {
        return ReportFormat.parse(format);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown report format '" + format + "': use json, html, md or csv");
      }
    }
    if (accept == null || accept.isBlank()) {
      return ReportFormat.JSON;
    }
    List<MediaType> asked = MediaType.parseMediaTypes(accept).stream()
        .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
    Map<ReportFormat, MediaType> served = Map.of(ReportFormat.JSON, MediaType.APPLICATION_JSON, ReportFormat.HTML, MediaType.TEXT_HTML,
        ReportFormat.MD, MARKDOWN, ReportFormat.CSV, CSV);
    for (MediaType a : asked) {
      if (a.getQualityValue() == 0) {
        continue;
      }
      if (a.isWildcardType()) {
        return ReportFormat.JSON;
      }
      Optional<ReportFormat> f = List.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.MD, ReportFormat.CSV).stream()
          .filter(r -> a.includes(served.get(r))).findFirst();
      if (f.isPresent()) {
        return f.get();
      }
    }
    return ReportFormat.JSON;
  }

  @ExceptionHandler(UploadRejected.class)
  ResponseEntity<ProblemDetail> rejected(UploadRejected e) {
    ProblemDetail p = ProblemDetail.forStatus(e.tooLarge() ? 413 : 400);
    p.setTitle(e.tooLarge() ? "Upload too large" : "Upload refused");
    p.setDetail(e.getMessage());
    p.setProperty("problems", e.problems());
    return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
    ProblemDetail p = ProblemDetail.forStatus(400);
    p.setTitle("Bad request");
    p.setDetail(e.getMessage());
    return ResponseEntity.status(400).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }
}
