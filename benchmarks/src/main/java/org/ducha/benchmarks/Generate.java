package org.ducha.benchmarks;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a JSON-lines file of generated institutions, one per line:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.ducha.benchmarks.Generate --out big.jsonl --size 2g
 * java -cp benchmarks/target/benchmarks.jar org.ducha.benchmarks.Generate --out small.jsonl --institutions 100 \
 *     --classes 12 --trainees 40 --lessons 16 --rate 0.01 --seed 42
 * </pre>
 *
 * {@code --size} (bytes, or with k, m, g) writes institutions until the file reaches that size; otherwise
 * {@code --institutions} of them (default 10). {@code --rate} is the rate of every {@link Defect} (default 0);
 * {@code --rate-NAME} sets one, e.g. {@code --rate-hours-short 0.05}.
 */
public final class Generate {
  private Generate() {}

  public static void main(String[] args) {
    Path out = null;
    long size = 0;
    int institutions = 10;
    int classes = 12;
    int trainees = 40;
    int lessons = 16;
    long seed = 1;
    Generator.Builder b = Generator.builder();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      if (v == null) {
        usage("missing value for " + a);
      }
      i++;
      switch (a) {
        case "--out" -> out = Path.of(v);
        case "--size" -> size = bytes(v);
        case "--institutions" -> institutions = Integer.parseInt(v);
        case "--classes" -> classes = Integer.parseInt(v);
        case "--trainees" -> trainees = Integer.parseInt(v);
        case "--lessons" -> lessons = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--rate" -> b.allRates(Double.parseDouble(v));
        default -> {
          if (!a.startsWith("--rate-")) {
            usage("unknown option " + a);
          }
          b.rate(Defect.valueOf(a.substring("--rate-".length()).toUpperCase(Locale.ROOT).replace('-', '_')), Double.parseDouble(v));
        }
      }
    }
    if (out == null) {
      usage("--out FILE is required");
    }
    Generator g = b.seed(seed).scale(new Scale(institutions, classes, trainees, lessons)).build();
    long start = System.nanoTime();
    Generator.Written w = g.writeJsonLines(out, size);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf(Locale.ROOT, "wrote %s: %d institutions, %d sign-in lines, %d bytes in %.1f s%n", w.file(), w.institutions(),
        w.signIns(), w.bytes(), seconds);
  }

  private static long bytes(String v) {
    String s = v.toLowerCase(Locale.ROOT);
    long unit = switch (s.charAt(s.length() - 1)) {
      case 'k' -> 1L << 10;
      case 'm' -> 1L << 20;
      case 'g' -> 1L << 30;
      default -> 1;
    };
    return (long) (Double.parseDouble(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit);
  }

  private static void usage(String problem) {
    System.err.println("generate: " + problem);
    System.err.println("usage: Generate --out FILE [--size BYTES[k|m|g] | --institutions N] [--classes N] [--trainees N] [--lessons N]"
        + " [--seed N] [--rate R] [--rate-DEFECT R]");
    System.exit(2);
  }
}
