package org.ducha.examples.springboot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much an upload may hold ({@code upload.*}); beyond, the service answers 413 without reading further.
 *
 * @param maxEntries entries of a zip, folders included
 * @param maxEntryBytes one file, unpacked
 * @param maxBytes the request body, and all of a zip's files unpacked together
 */
@ConfigurationProperties(prefix = "upload")
public record UploadLimits(
    @DefaultValue("500") int maxEntries,
    @DefaultValue("16MB") DataSize maxEntryBytes,
    @DefaultValue("64MB") DataSize maxBytes) {}
