package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A physical or electronic volume (卷) of a class archive, as found on the shelf.
 *
 * @param id stable identifier within the class
 * @param kind which part of the archive it holds
 * @param bound whether it is bound (装订)
 * @param contents ids of the class documents and exam sessions filed in it
 */
public record ArchiveVolume(
    @NotBlank String id,
    @NotNull VolumeKind kind,
    boolean bound,
    List<@NotBlank String> contents) {

  public ArchiveVolume {
    contents = Copies.list(contents);
  }
}
