package org.ducha.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.finding.Finding;

/**
 * Message texts in the supported languages, looked up in three tiers as Hibernate Validator does: the
 * host's overrides (given to the {@link Inspector.Builder}, or {@code DuchaMessages_zh_CN.properties} /
 * {@code DuchaMessages_en.properties} at the root of the class path), then each pack's bundle, then
 * Ducha's own. Texts use named placeholders: {@code {className}}.
 *
 * <p>Two languages are supported: {@link #ZH_CN} (the default, used for any locale that is not English)
 * and {@link #EN}. Immutable and thread-safe.
 */
public final class MessageCatalog {

  /** Simplified Chinese, the default. */
  public static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");
  /** English. */
  public static final Locale EN = Locale.ENGLISH;
  /** The supported locales, default first. */
  public static final List<Locale> SUPPORTED = List.of(ZH_CN, EN);

  private static final String CORE_BUNDLE = "org/ducha/engine/messages";
  private static final String HOST_BUNDLE = "DuchaMessages";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** Tiers per locale tag, highest first. */
  private final Map<String, List<Map<String, String>>> tiers;
  /** Keys each pack (and the core) ships, by bundle name then locale tag. */
  private final Map<String, Map<String, Set<String>>> shipped;

  private MessageCatalog(Map<String, List<Map<String, String>>> tiers, Map<String, Map<String, Set<String>>> shipped) {
    this.tiers = tiers;
    this.shipped = shipped;
  }

  /** A catalogue of Ducha's own messages and those of {@code packs}, with {@code overrides} on top. */
  public static MessageCatalog of(List<CheckPack> packs, Map<Locale, Map<String, String>> overrides) {
    // Overrides may be keyed by any locale (en-US, zh): file them under the supported locale each resolves to.
    Map<Locale, Map<String, String>> byLocale = new HashMap<>();
    overrides.forEach((l, texts) -> byLocale.computeIfAbsent(resolve(l), k -> new HashMap<>()).putAll(texts));
    Map<String, List<Map<String, String>>> tiers = new HashMap<>();
    Map<String, Map<String, Set<String>>> shipped = new java.util.TreeMap<>();
    for (Locale locale : SUPPORTED) {
      String tag = bundleTag(locale);
      List<Map<String, String>> list = new ArrayList<>();
      Map<String, String> host = new HashMap<>(load(Thread.currentThread().getContextClassLoader(), HOST_BUNDLE + "_" + tag + ".properties"));
      host.putAll(byLocale.getOrDefault(locale, Map.of()));
      list.add(host);
      Map<String, String> packTier = new HashMap<>();
      for (CheckPack pack : packs) {
        Map<String, String> texts = loadFromModule(pack.getClass(), pack.messageBundle() + "_" + tag + ".properties");
        shipped.computeIfAbsent(pack.id(), k -> new HashMap<>()).put(tag, Collections.unmodifiableSet(new TreeSet<>(texts.keySet())));
        texts.forEach(packTier::putIfAbsent);
      }
      list.add(packTier);
      Map<String, String> core = loadFromModule(MessageCatalog.class, CORE_BUNDLE + "_" + tag + ".properties");
      shipped.computeIfAbsent("core", k -> new HashMap<>()).put(tag, Collections.unmodifiableSet(new TreeSet<>(core.keySet())));
      list.add(core);
      tiers.put(tag, List.copyOf(list));
    }
    return new MessageCatalog(Map.copyOf(tiers), Collections.unmodifiableMap(shipped));
  }

  /** The supported locale used for {@code requested}: English for any English locale, else zh-CN. */
  public static Locale resolve(Locale requested) {
    return requested != null && requested.getLanguage().equals("en") ? EN : ZH_CN;
  }

  /**
   * The suffix of bundle files for {@code locale}, as in {@code messages_zh_CN.properties}: {@code zh_CN} or {@code en};
   * also the locale keys of {@link #shippedKeys()}.
   */
  public static String bundleTag(Locale locale) {
    return resolve(locale).equals(EN) ? "en" : "zh_CN";
  }

  /** The text of {@code key} in {@code locale}, if any tier has it. */
  public Optional<String> text(String key, Locale locale) {
    for (Map<String, String> tier : tiers.get(bundleTag(locale))) {
      String t = tier.get(key);
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The text of {@code key} with its placeholders filled from {@code args}; {@code ⟦key⟧} when no tier has it. */
  public String format(String key, Map<String, ?> args, Locale locale) {
    Optional<String> pattern = text(key, locale);
    if (pattern.isEmpty()) {
      return "⟦" + key + "⟧";
    }
    Matcher m = PLACEHOLDER.matcher(pattern.get());
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Object v = args.get(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : formatValue(v, locale)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The finding's message in {@code locale}. */
  public String message(Finding finding, Locale locale) {
    return format(finding.messageKey(), finding.arguments(), locale);
  }

  /** The check's title in {@code locale}. */
  public String title(CheckDescriptor descriptor, Locale locale) {
    return format(descriptor.titleKey(), Map.of(), locale);
  }

  /** A single value as a message shows it in {@code locale}: dates as 2021年5月6日 or 6 May 2021, lists joined. */
  public static String formatValue(Object v, Locale locale) {
    boolean en = resolve(locale).equals(EN);
    if (v instanceof LocalDate d) {
      return d.format(en ? EN_DATE : ZH_DATE);
    }
    if (v instanceof LocalTime t) {
      return t.toString();
    }
    if (v instanceof BigDecimal b) {
      return b.stripTrailingZeros().toPlainString();
    }
    if (v instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object o : list) {
        parts.add(formatValue(o, locale));
      }
      return String.join(en ? ", " : "、", parts);
    }
    return String.valueOf(v);
  }

  /**
   * Keys each bundle ships, by bundle ({@code core} or a pack id) and locale tag ({@code zh_CN}, {@code en}):
   * for tests that every key exists in every language.
   */
  public Map<String, Map<String, Set<String>>> shippedKeys() {
    return shipped;
  }

  private static Map<String, String> loadFromModule(Class<?> anchor, String path) {
    try (InputStream in = anchor.getModule().getResourceAsStream(path)) {
      return in == null ? Map.of() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read messages " + path + " of " + anchor.getName(), e);
    }
  }

  private static Map<String, String> load(ClassLoader loader, String path) {
    if (loader == null) {
      return Map.of();
    }
    try (InputStream in = loader.getResourceAsStream(path)) {
      return in == null ? Map.of() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read messages " + path, e);
    }
  }

  private static Map<String, String> read(InputStream in) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> m = new HashMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
    return m;
  }
}
