package org.ducha.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.ducha.engine.Inspector;
import org.ducha.formats.ReportWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of Ducha: an {@link InspectorFactory} and an {@link Inspector} from the {@code ducha.*}
 * properties, the {@link InspectionService} from files to reports, and, when the host has them, the catalogue in the
 * actuator's info endpoint and a Micrometer timer per check. Every bean gives way to one the host declares.
 */
@AutoConfiguration
@ConditionalOnClass({Inspector.class, ReportWriter.class})
@EnableConfigurationProperties(DuchaProperties.class)
public class DuchaAutoConfiguration {

  /** The factory of inspectors, from the properties and the host's customizers (in their order). */
  @Bean
  @ConditionalOnMissingBean
  public InspectorFactory duchaInspectorFactory(DuchaProperties properties, ObjectProvider<InspectorCustomizer> customizers) {
    return new InspectorFactory(properties, customizers.orderedStream().toList());
  }

  /** The application's inspector: it validates the records of institutions handed to it. */
  @Bean
  @ConditionalOnMissingBean
  public Inspector duchaInspector(InspectorFactory factory) {
    return factory.create();
  }

  /** Files, documents or objects in, reports out. */
  @Bean
  @ConditionalOnMissingBean
  public InspectionService duchaInspectionService(Inspector inspector) {
    return new InspectionService(inspector);
  }

  /** The catalogue in the actuator's info endpoint, unless {@code ducha.info.enabled=false}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(InfoContributor.class)
  @ConditionalOnProperty(prefix = "ducha.info", name = "enabled", matchIfMissing = true)
  static class InfoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DuchaInfoContributor duchaInfoContributor(Inspector inspector) {
      return new DuchaInfoContributor(inspector);
    }
  }

  /** A timer per check, unless {@code ducha.metrics.enabled=false}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnProperty(prefix = "ducha.metrics", name = "enabled", matchIfMissing = true)
  static class MetricsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CheckTimers duchaCheckTimers(ObjectProvider<MeterRegistry> registry) {
      // Asked for on the first timing: the registry may be configured after Ducha.
      return new CheckTimers(registry::getIfUnique);
    }

    @Bean
    InspectorCustomizer duchaCheckTimersCustomizer(CheckTimers timers) {
      return builder -> builder.checkObserver(timers);
    }
  }
}
