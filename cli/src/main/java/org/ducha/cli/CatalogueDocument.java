package org.ducha.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.InForce;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.PackInfo;

/**
 * The catalogue of checks as Markdown, generated from the descriptors and messages of the packs an
 * {@link Inspector} loaded: per check its id, group, severity, title, the text of its finding (with placeholders)
 * and its other wordings, regulation references, parameters with defaults (dated ones too), bounds and
 * descriptions, applicability, period in force and campaign. One document per supported language; the same packs
 * give the same bytes.
 */
public final class CatalogueDocument {

  /** The command, run from the repository root, that regenerates the committed catalogue in {@code docs/}. */
  public static final String REGENERATE = "./ducha docs --out docs";

  /** The file of each language: {@code checks.md} (English) and {@code checks.zh-CN.md}. */
  public static final Map<Locale, String> FILE_NAMES = fileNames();

  private static Map<Locale, String> fileNames() {
    Map<Locale, String> m = new LinkedHashMap<>();
    m.put(MessageCatalog.EN, "checks.md");
    m.put(MessageCatalog.ZH_CN, "checks.zh-CN.md");
    return java.util.Collections.unmodifiableMap(m);
  }

  private final Inspector inspector;
  private final MessageCatalog messages;

  private CatalogueDocument(Inspector inspector) {
    this.inspector = inspector;
    this.messages = inspector.messages();
  }

  /** The documents of every language, by file name. */
  public static Map<String, String> render(Inspector inspector) {
    Map<String, String> files = new LinkedHashMap<>();
    FILE_NAMES.forEach((locale, name) -> files.put(name, render(inspector, locale)));
    return files;
  }

  /** The document in {@code locale}. */
  public static String render(Inspector inspector, Locale locale) {
    return new CatalogueDocument(inspector).document(new Labels(MessageCatalog.resolve(locale)));
  }

  /** Writes the documents of every language into {@code dir}, creating it if needed; returns the files written. */
  public static List<Path> write(Inspector inspector, Path dir) {
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> e : render(inspector).entrySet()) {
        Path file = dir.resolve(e.getKey());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        written.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the catalogue into " + dir, e);
    }
    return written;
  }

  /** The words of the document in one language. */
  private record Labels(Locale locale) {
    boolean en() {
      return locale.equals(MessageCatalog.EN);
    }

    String pick(String english, String chinese) {
      return en() ? english : chinese;
    }
  }

  private String document(Labels l) {
    StringBuilder sb = new StringBuilder();
    List<CheckDescriptor> all = inspector.catalogue();
    sb.append(l.pick("# Catalogue of checks", "# 检查项目目录")).append("\n\n");
    sb.append("<!-- ").append(l.pick("Generated from the descriptors of the loaded packs; do not edit. Regenerate from the repository root with: ",
        "由已加载检查包的描述自动生成，请勿手工修改。在仓库根目录重新生成：")).append(REGENERATE).append(" -->\n\n");
    sb.append(l.pick(
        "Every check of the packs below, pack by pack and by id. The finding text shows its placeholders, filled from the "
            + "finding's arguments when a report is written. Parameters can be set in a profile; a default that changes on a date "
            + "applies to inspections from that date on (the rulebook in force on the inspection date). "
            + "A campaign duty runs only when a profile turns its campaign on. Chinese version: [checks.zh-CN.md](checks.zh-CN.md).",
        "以下为各检查包的全部检查项目，按包和编号排列。问题表述中的占位符在生成报告时以该问题的参数填写。参数可在配置文件中设置；"
            + "自某日起变化的默认值适用于该日及以后的检查（以检查日有效的标准为准）。专项行动职责仅在配置启用该专项行动时检查。"
            + "英文版：[checks.md](checks.md)。"))
        .append("\n\n");
    sb.append("| ").append(l.pick("Pack", "检查包")).append(" | ").append(l.pick("Version", "版本")).append(" | ")
        .append(l.pick("Checks", "检查项目数")).append(" |\n|---|---|---|\n");
    for (PackInfo p : inspector.packInfos()) {
      sb.append("| [`").append(p.id()).append("`](#").append(anchor(l.pick("pack ", "检查包 ") + p.id())).append(") | ")
          .append(p.version()).append(" | ").append(p.checkIds().size()).append(" |\n");
    }
    sb.append("\n").append(l.pick("In all ", "共 ")).append(all.size()).append(l.pick(" checks.", " 项检查。")).append("\n");
    for (PackInfo p : inspector.packInfos()) {
      sb.append("\n## ").append(l.pick("Pack ", "检查包 ")).append(p.id()).append("\n\n");
      sb.append(l.pick("Version ", "版本 ")).append(p.version()).append(l.pick(", ", "，")).append(p.checkIds().size())
          .append(l.pick(" checks.", " 项检查。")).append("\n");
      Set<String> ids = new TreeSet<>(p.checkIds());
      for (CheckDescriptor d : all) {
        if (ids.contains(d.id())) {
          check(sb, d, p, l);
        }
      }
    }
    return sb.toString();
  }

  private void check(StringBuilder sb, CheckDescriptor d, PackInfo pack, Labels l) {
    Locale loc = l.locale();
    sb.append("\n### `").append(d.id()).append("` ").append(text(d.titleKey(), loc)).append("\n\n");
    sb.append("| | |\n|---|---|\n");
    row(sb, l.pick("Group", "分组"), "`" + d.group().id() + "` " + text(d.group().titleKey(), loc));
    row(sb, l.pick("Severity", "严重程度"), d.defaultSeverity() + l.pick(" (", "（") + text("severity." + d.defaultSeverity().name(), loc)
        + l.pick(")", "）"));
    row(sb, l.pick("Applies to", "适用范围"), text(d.applicability().descriptionKey(), loc));
    row(sb, l.pick("In force", "有效期间"), inForce(d.inForce(), l));
    row(sb, l.pick("Campaign", "专项行动"), d.campaign()
        .map(c -> "`" + c + "`" + l.pick(" (checked only when a profile turns it on)", "（仅在配置启用时检查）"))
        .orElse("—"));
    if (!d.topic().equals(d.group().id())) {
      row(sb, l.pick("Reported under", "报告归入"), "`" + d.topic() + "`"
          + messages.text("topic." + d.topic(), loc).map(t -> " " + t).orElse(""));
    }
    sb.append("\n**").append(l.pick("Finding", "问题表述")).append(l.pick("** (`", "**（`")).append(d.messageKey())
        .append(l.pick("`): ", "`）：")).append(inline(text(d.messageKey(), loc))).append("\n");
    List<String> variants = variants(d, pack);
    if (!variants.isEmpty()) {
      sb.append("\n**").append(l.pick("Other wordings", "其他表述")).append("**\n\n");
      for (String key : variants) {
        sb.append("- `").append(key).append(l.pick("`: ", "`：")).append(inline(text(key, loc))).append("\n");
      }
    }
    sb.append("\n**").append(l.pick("Regulations", "依据")).append("**\n\n");
    for (RegulationRef r : d.regulations()) {
      sb.append("- ").append(r.projectJudgementOnly()
          ? l.pick("Ducha's own judgement: ", "本项目自行判断：") + inline(r.title())
          : inline(r.citation())).append("\n");
    }
    if (!d.parameters().isEmpty()) {
      sb.append("\n**").append(l.pick("Parameters", "参数")).append("**\n\n");
      sb.append("| ").append(String.join(" | ", l.pick("Name", "名称"), l.pick("Type", "类型"), l.pick("Default", "默认值"),
          l.pick("Bounds", "取值范围"), l.pick("Description", "说明"))).append(" |\n|---|---|---|---|---|\n");
      for (Parameter<?> p : d.parameters()) {
        sb.append("| `").append(p.name()).append("` | ").append(type(p, l)).append(" | ").append(defaults(p, l)).append(" | ")
            .append(bounds(p)).append(" | ").append(cell(text(p.descriptionKey(), loc))).append(" |\n");
      }
    }
  }

  /** Keys of the pack's bundle that are other wordings of the check: {@code <id>.<variant>}, not title or parameters. */
  private List<String> variants(CheckDescriptor d, PackInfo pack) {
    Set<String> keys = messages.shippedKeys().getOrDefault(pack.id(), Map.of()).getOrDefault(MessageCatalog.bundleTag(MessageCatalog.ZH_CN), Set.of());
    List<String> out = new ArrayList<>();
    for (String key : new TreeSet<>(keys)) {
      if (key.startsWith(d.id() + ".") && !key.equals(d.titleKey()) && !key.equals(d.messageKey())
          && !key.startsWith(d.id() + ".param.")) {
        out.add(key);
      }
    }
    return out;
  }

  private String text(String key, Locale locale) {
    return messages.text(key, locale).orElse("⟦" + key + "⟧");
  }

  private static void row(StringBuilder sb, String label, String value) {
    sb.append("| ").append(label).append(" | ").append(cell(value)).append(" |\n");
  }

  private static String inForce(InForce f, Labels l) {
    if (f.from().isEmpty() && f.until().isEmpty()) {
      return l.pick("always", "始终");
    }
    if (f.until().isEmpty()) {
      return l.pick("from " + f.from().get(), f.from().get() + " 起");
    }
    if (f.from().isEmpty()) {
      return l.pick("until " + f.until().get(), "至 " + f.until().get());
    }
    return l.pick(f.from().get() + " to " + f.until().get(), f.from().get() + " 至 " + f.until().get());
  }

  private static String type(Parameter<?> p, Labels l) {
    Class<?> t = p.type();
    if (t == Integer.class) {
      return l.pick("integer", "整数");
    }
    if (t == BigDecimal.class) {
      return l.pick("number", "数值");
    }
    if (t == Boolean.class) {
      return l.pick("true/false", "是/否");
    }
    return l.pick("text", "文本");
  }

  private static String defaults(Parameter<?> p, Labels l) {
    List<String> parts = new ArrayList<>();
    p.defaults().forEach((from, value) -> parts.add(from.equals(LocalDate.MIN)
        ? value(value)
        : l.pick("from " + from + ": ", from + " 起：") + value(value)));
    return String.join(l.pick("; ", "；"), parts);
  }

  private static String bounds(Parameter<?> p) {
    if (p.min().isEmpty() && p.max().isEmpty()) {
      return "—";
    }
    return p.min().map(CatalogueDocument::value).orElse("") + " – " + p.max().map(CatalogueDocument::value).orElse("");
  }

  private static String value(Object v) {
    return v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v);
  }

  /** Text for a table cell: no line breaks, pipes escaped. */
  private static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }

  /** Text on one line, with characters Markdown would take for markup escaped. */
  private static String inline(String s) {
    return s.replace("\r", "").replace("\n", " ").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
  }

  /** The anchor GitHub gives a heading. */
  private static String anchor(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-');
  }
}
