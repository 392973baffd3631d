package org.ducha.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;

/**
 * What a check is, separate from what it does: immutable metadata read by the engine, the catalogue and
 * reports.
 *
 * <p>Message keys follow a convention: the finding text is {@code <id>}, the title {@code <id>.title},
 * parameter descriptions {@code <id>.param.<name>}. Every key must exist in each bundle the pack ships.
 *
 * <pre>{@code
 * CheckDescriptor.builder("archive.attendance.unsigned", Group.ARCHIVE)
 *     .severity(Severity.MAJOR)
 *     .regulation(new RegulationRef("国家安全监管总局令第44号", "第三十四条", "安全生产培训管理办法"))
 *     .build();
 * }</pre>
 *
 * @param id lower-case dotted id {@code <pack>.<subject>.<defect>}, unique across all packs
 * @param group the problem group
 * @param defaultSeverity severity unless a profile overrides it
 * @param messageKey key of the finding message
 * @param regulations the rules enforced; never empty (use {@link RegulationRef#projectJudgement})
 * @param parameters typed parameters with defaults and bounds
 * @param applicability which institutions it applies to
 * @param inForce when the rule is in force, by inspection date
 * @param campaign the campaign whose duty this is, if any: such a check runs only when a profile enables the
 *     campaign
 * @param topic the problem heading under which reports group its findings with those of related checks into one
 *     numbered item (default: the group id); a message {@code topic.<topic>}, if any bundle has one, is the
 *     item's heading
 */
public record CheckDescriptor(
    String id,
    Group group,
    Severity defaultSeverity,
    String messageKey,
    List<RegulationRef> regulations,
    List<Parameter<?>> parameters,
    Applicability applicability,
    InForce inForce,
    Optional<String> campaign,
    String topic) {

  /** Well-formed check ids: at least two lower-case dotted segments (the first is the pack id) of letters, digits and '-'. */
  public static final Pattern ID_PATTERN = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*){1,}");

  public CheckDescriptor {
    checkArgument(id != null && ID_PATTERN.matcher(id).matches(),
        "check id must be lower-case dotted <pack>.<subject>.<defect>: '%s'", id);
    checkNotNull(group, "group of %s", id);
    checkNotNull(defaultSeverity, "severity of %s", id);
    checkArgument(messageKey != null && !messageKey.isBlank(), "message key of %s", id);
    regulations = List.copyOf(regulations);
    checkArgument(!regulations.isEmpty(), "check %s needs at least one regulation reference", id);
    parameters = List.copyOf(parameters);
    Set<String> names = new HashSet<>();
    for (Parameter<?> p : parameters) {
      checkArgument(names.add(p.name()), "check %s declares parameter %s twice", id, p.name());
    }
    checkNotNull(applicability, "applicability of %s", id);
    checkNotNull(inForce, "inForce of %s", id);
    campaign = campaign == null ? Optional.empty() : campaign;
    topic = topic == null ? group.id() : topic;
    checkArgument(topic.matches("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*"), "topic of %s must be lower-case dotted: %s", id, topic);
  }

  /** A builder for a check with this id and group. */
  public static Builder builder(String id, Group group) {
    return new Builder(id, group);
  }

  /** The first segment of the id: the pack's id. */
  public String packPrefix() {
    return id.substring(0, id.indexOf('.'));
  }

  /** The message key of the check's title. */
  public String titleKey() {
    return id + ".title";
  }

  /** The parameter named {@code name}, if declared. */
  public Optional<Parameter<?>> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Builds a {@link CheckDescriptor}. */
  public static final class Builder {
    private final String id;
    private final Group group;
    private Severity severity = Severity.MAJOR;
    private String messageKey;
    private final List<RegulationRef> regulations = new ArrayList<>();
    private final List<Parameter<?>> parameters = new ArrayList<>();
    private Applicability applicability = Applicability.ALL;
    private InForce inForce = InForce.ALWAYS;
    private Optional<String> campaign = Optional.empty();
    private String topic;

    private Builder(String id, Group group) {
      this.id = id;
      this.group = group;
      this.messageKey = id;
    }

    /** Default severity (MAJOR unless set). */
    public Builder severity(Severity v) { this.severity = v; return this; }

    /** Message key, if not the check id. */
    public Builder messageKey(String v) { this.messageKey = v; return this; }

    /** Adds a regulation reference. */
    public Builder regulation(RegulationRef v) { this.regulations.add(v); return this; }

    /** Adds a regulation reference. */
    public Builder regulation(String code, String clause, String title) { return regulation(new RegulationRef(code, clause, title)); }

    /** Adds a parameter. */
    public Builder parameter(Parameter<?> v) { this.parameters.add(v); return this; }

    /** Which institutions it applies to ({@link Applicability#ALL} unless set). */
    public Builder applicability(Applicability v) { this.applicability = v; return this; }

    /** When the rule is in force ({@link InForce#ALWAYS} unless set). */
    public Builder inForce(InForce v) { this.inForce = v; return this; }

    /** Marks the check as a duty of {@code campaignId}: it runs only when a profile enables that campaign. */
    public Builder campaign(String campaignId) { this.campaign = Optional.of(campaignId); return this; }

    /** The problem heading its findings are grouped under in reports (default: the group id). */
    public Builder topic(String v) { this.topic = v; return this; }

    /** The descriptor. */
    public CheckDescriptor build() {
      return new CheckDescriptor(id, group, severity, messageKey, regulations, parameters, applicability, inForce, campaign, topic);
    }
  }
}
