package org.ducha.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * An inspection service: POST an institution (JSON or YAML) or an inspection (a zip of its files) and get the report
 * (JSON, HTML, Markdown or CSV); GET the check catalogue. Ducha comes from {@code ducha-spring-boot-starter}.
 */
@SpringBootApplication
@EnableConfigurationProperties(UploadLimits.class)
public class InspectionServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(InspectionServiceApplication.class, args);
  }
}
