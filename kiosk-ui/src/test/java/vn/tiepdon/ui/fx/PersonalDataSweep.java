package vn.tiepdon.ui.fx;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;

/**
 * Looks for a patient's personal data where a wiped session must have left none: every node of a
 * scene graph (texts, images, user data, properties) and every field reachable from the kiosk's own
 * objects (the flow, its session, its states, the view).
 */
final class PersonalDataSweep {
  private final List<String> needles;
  private final LocalDate birthDate;
  private final List<String> found = new ArrayList<>();

  PersonalDataSweep(LocalDate birthDate, String... needles) {
    this.needles = List.of(needles);
    this.birthDate = birthDate;
  }

  /** Every place where personal data was found, as "where: what". */
  List<String> found() {
    return List.copyOf(found);
  }

  PersonalDataSweep sceneGraph(Node root) {
    visitNode(root, root.getClass().getSimpleName());
    return this;
  }

  PersonalDataSweep objects(Object root) {
    visitObject(
        root,
        root.getClass().getSimpleName(),
        java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    return this;
  }

  private void visitNode(Node node, String path) {
    String here =
        path
            + "/"
            + node.getClass().getSimpleName()
            + (node.getId() == null ? "" : "#" + node.getId());
    if (node instanceof Labeled labeled) {
      check(here + ".text", labeled.getText());
    }
    if (node instanceof Text text) {
      check(here + ".text", text.getText());
    }
    if (node instanceof TextInputControl input) {
      check(here + ".text", input.getText());
    }
    if (node instanceof ImageView view
        && view.getImage() != null
        && view.getImage().getUrl() == null) {
      // An image drawn at run time (a face, a QR code) rather than loaded from the product's
      // resources.
      found.add(here + ".image: a run-time image is still shown");
    }
    if (node.getUserData() != null) {
      check(here + ".userData", String.valueOf(node.getUserData()));
    }
    if (node.hasProperties()) {
      node.getProperties()
          .forEach((k, v) -> check(here + ".properties[" + k + "]", String.valueOf(v)));
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        visitNode(child, here);
      }
    }
  }

  private void visitObject(Object value, String path, Set<Object> seen) {
    if (value == null || !seen.add(value)) {
      return;
    }
    if (value instanceof CharSequence text) {
      check(path, text.toString());
      return;
    }
    if (value instanceof Enum<?> || value instanceof Number || value instanceof Boolean) {
      return;
    }
    if (value instanceof LocalDate date) {
      if (date.equals(birthDate)) {
        found.add(path + ": birth date " + date);
      }
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> visitObject(v, path + ".get()", seen));
      return;
    }
    if (value instanceof Collection<?> collection) {
      int i = 0;
      for (Object element : collection.toArray()) {
        visitObject(element, path + "[" + i++ + "]", seen);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : Map.copyOf(map).entrySet()) {
        visitObject(e.getKey(), path + ".key", seen);
        visitObject(e.getValue(), path + "[" + e.getKey() + "]", seen);
      }
      return;
    }
    Class<?> type = value.getClass();
    if (!type.getName().startsWith("vn.tiepdon.ui.")
        || type.isSynthetic()
        || type.getName().contains("$$Lambda")) {
      // Library objects and lambdas hold no session data of ours; other modules' devices (a card
      // still lying on the reader) are the patient's things, not the kiosk's memory.
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        try {
          field.setAccessible(true);
          visitObject(field.get(value), path + "." + field.getName(), seen);
        } catch (ReflectiveOperationException | RuntimeException e) {
          found.add(path + "." + field.getName() + ": cannot be inspected (" + e + ")");
        }
      }
    }
  }

  private void check(String where, String text) {
    if (text == null) {
      return;
    }
    for (String needle : needles) {
      if (text.contains(needle)) {
        found.add(where + ": '" + text + "' contains '" + needle + "'");
      }
    }
  }
}
