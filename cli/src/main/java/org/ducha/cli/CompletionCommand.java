package org.ducha.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code ducha completion}: prints a shell completion script for bash and zsh (picocli's AutoComplete): commands,
 * options, and the values of options that take a fixed set ({@code --format}, {@code --fail-on}, {@code --locale}).
 */
@Command(name = "completion", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    out.print(AutoComplete.bash("ducha", spec.root().commandLine()));
    out.flush();
    return Main.OK;
  }
}
