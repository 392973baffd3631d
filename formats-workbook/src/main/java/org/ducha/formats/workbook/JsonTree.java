package org.ducha.formats.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The institution document built from a workbook's rows, and its JSON text with one value a line, each line knowing
 * the cell it came from: the formats module binds and validates the text, and a problem on a line is located at the
 * line's cell.
 */
final class JsonTree {
  private JsonTree() {}

  /** A node of the document, with the place (workbook, sheet and cell) it came from, or null. */
  abstract static class Node {
    final String place;

    Node(String place) {
      this.place = place;
    }
  }

  /** An object: fields in the order they were set. */
  static final class Obj extends Node {
    final Map<String, Node> fields = new LinkedHashMap<>();

    Obj(String place) {
      super(place);
    }

    /** The list field {@code name}, created empty when absent. */
    Arr list(String name) {
      return (Arr) fields.computeIfAbsent(name, n -> new Arr(null));
    }

    /** The object field {@code name}, created when absent. */
    Obj object(String name, String at) {
      return (Obj) fields.computeIfAbsent(name, n -> new Obj(at));
    }
  }

  /** A list. */
  static final class Arr extends Node {
    final List<Node> items = new ArrayList<>();

    Arr(String place) {
      super(place);
    }
  }

  /** A value, as JSON text ({@code "text"}, {@code 12.5}, {@code true}). */
  static final class Value extends Node {
    final String json;

    Value(String json, String place) {
      super(place);
      this.json = json;
    }

    static Value text(String s, String place) {
      return new Value(quote(s), place);
    }
  }

  /** {@code s} as a JSON string. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** The JSON text of a document and the place of each line (from 1). */
  record Text(String json, Map<Integer, String> places) {}

  static Text write(Obj root) {
    Writer w = new Writer();
    w.node(root);
    return new Text(w.sb.toString(), w.places);
  }

  private static final class Writer {
    final StringBuilder sb = new StringBuilder();
    final Map<Integer, String> places = new HashMap<>();
    int line = 1;

    void mark(Node n) {
      if (n.place != null) {
        places.putIfAbsent(line, n.place);
      }
    }

    void newline() {
      sb.append('\n');
      line++;
    }

    void node(Node n) {
      mark(n);
      if (n instanceof Value v) {
        sb.append(v.json);
      } else if (n instanceof Obj o) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Node> e : o.fields.entrySet()) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          newline();
          sb.append(quote(e.getKey())).append(": ");
          node(e.getValue());
        }
        newline();
        sb.append('}');
      } else if (n instanceof Arr a) {
        sb.append('[');
        boolean first = true;
        for (Node item : a.items) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          newline();
          node(item);
        }
        newline();
        sb.append(']');
      }
    }
  }
}
