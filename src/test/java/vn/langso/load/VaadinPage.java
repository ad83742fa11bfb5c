package vn.langso.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab's copy of a Vaadin Flow UI, kept from the server's UIDL answers the way Flow's client keeps it:
 * a tree of state nodes (tag, attributes, class names, children, text) changed by the "changes" of each answer.
 * The load test finds the element to tap by what a person sees of it (a class name the app gives it, its place in
 * a bar of buttons), never by a node number written into the script, so it keeps working when a view adds or
 * reorders components. It also keeps the UI id, the security key and the sync and client ids that every UIDL
 * request must carry.
 */
public final class VaadinPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    // Flow's feature ids (com.vaadin.flow.internal.nodefeature.NodeFeatures)
    private static final int DATA = 0;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;
    private static final int VIRTUAL_CHILDREN = 24;

    /** One state node. */
    public static final class Node {
        final int id;
        String tag;
        String text;
        Node parent;
        final List<Node> children = new ArrayList<>();
        final List<Node> virtualChildren = new ArrayList<>();
        final List<String> classes = new ArrayList<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public boolean hasClass(String name) {
            return classes.contains(name);
        }

        public boolean isEnabled() {
            return !attributes.containsKey("disabled");
        }

        public String tag() {
            return tag;
        }

        public String attribute(String name) {
            return attributes.get(name);
        }

        /** All text below this node, as a person reads it. */
        public String text() {
            StringBuilder all = new StringBuilder();
            appendText(this, all);
            return all.toString().trim();
        }

        private static void appendText(Node node, StringBuilder all) {
            if (node.text != null) {
                all.append(node.text).append(' ');
            }
            node.children.forEach(child -> appendText(child, all));
            node.virtualChildren.forEach(child -> appendText(child, all));
        }

        @Override
        public String toString() {
            return "<" + tag + " #" + id + " " + classes + " " + text() + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private int uiId = -1;
    private String securityKey;
    private int syncId = -1;
    private int clientId;

    /** Reads the answer to {@code ?v-r=init}: the UI id, the security key and the first UIDL. */
    public static VaadinPage init(String body) {
        VaadinPage page = new VaadinPage();
        JsonNode root = JSON.readTree(body);
        JsonNode config = root.path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode()) {
            throw new IllegalStateException("no appConfig.uidl in the init answer: " + abbreviate(body));
        }
        Matcher id = UI_ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no v-uiId in the init answer: " + abbreviate(body));
        }
        page.uiId = Integer.parseInt(id.group(1));
        page.apply(uidl);
        if (page.securityKey == null) {
            throw new IllegalStateException("no Vaadin-Security-Key in the init answer");
        }
        return page;
    }

    /** Applies the answer to a UIDL request ("for(;;);[{...}]" or "{...}"). */
    public void update(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode root = JSON.readTree(json);
        JsonNode uidl = root.isArray() ? root.get(0) : root;
        if (uidl.has("meta") && uidl.get("meta").has("sessionExpired")) {
            throw new IllegalStateException("the session expired");
        }
        if (uidl.has("meta") && uidl.get("meta").has("appError")) {
            throw new IllegalStateException("server error: " + uidl.get("meta").get("appError"));
        }
        apply(uidl);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("Vaadin-Security-Key")) {
            securityKey = uidl.get("Vaadin-Security-Key").asString();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        JsonNode defined = uidl.path("constants");
        defined.properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            applyChange(change);
        }
    }

    private void applyChange(JsonNode change) {
        int nodeId = change.path("node").asInt();
        String type = change.path("type").asString();
        switch (type) {
            case "attach" -> nodes.computeIfAbsent(nodeId, Node::new);
            case "detach" -> {
                Node gone = nodes.remove(nodeId);
                if (gone != null && gone.parent != null) {
                    gone.parent.children.remove(gone);
                    gone.parent.virtualChildren.remove(gone);
                }
            }
            case "put" -> put(node(nodeId), change);
            case "remove" -> remove(node(nodeId), change);
            case "splice" -> splice(node(nodeId), change);
            case "clear" -> clear(node(nodeId), change.path("feat").asInt());
            default -> {
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        String key = change.path("key").asString();
        JsonNode value = change.path("value");
        switch (feature) {
            case DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asString();
                }
            }
            case TEXT -> node.text = value.asString();
            case ATTRIBUTES -> node.attributes.put(key, value.isString() ? value.asString() : value.toString());
            case LISTENERS -> node.listeners.put(key, value.isString() ? value.asString() : value.toString());
            default -> {
            }
        }
    }

    private void remove(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        String key = change.path("key").asString();
        if (feature == ATTRIBUTES) {
            node.attributes.remove(key);
        } else if (feature == LISTENERS) {
            node.listeners.remove(key);
        }
    }

    private void clear(Node node, int feature) {
        if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
            List<Node> list = feature == CHILDREN ? node.children : node.virtualChildren;
            list.forEach(child -> child.parent = null);
            list.clear();
        } else if (feature == CLASS_LIST) {
            node.classes.clear();
        }
    }

    private void splice(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
            List<Node> list = feature == CHILDREN ? node.children : node.virtualChildren;
            for (int i = 0; i < removed && index < list.size(); i++) {
                Node child = list.remove(index);
                if (child.parent == node) {
                    child.parent = null;
                }
            }
            List<Node> added = new ArrayList<>();
            for (JsonNode id : change.path("addNodes")) {
                Node child = node(id.asInt());
                if (child.parent != null && child.parent != node) {
                    child.parent.children.remove(child);
                    child.parent.virtualChildren.remove(child);
                }
                child.parent = node;
                added.add(child);
            }
            list.addAll(Math.min(index, list.size()), added);
        } else if (feature == CLASS_LIST) {
            for (int i = 0; i < removed && index < node.classes.size(); i++) {
                node.classes.remove(index);
            }
            List<String> added = new ArrayList<>();
            change.path("add").forEach(name -> added.add(name.asString()));
            node.classes.addAll(Math.min(index, node.classes.size()), added);
        }
    }

    /** Nodes that are on the page now (reachable from the UI's root, node 1), in document order. */
    public List<Node> attached() {
        List<Node> found = new ArrayList<>();
        Node root = nodes.get(1);
        if (root != null) {
            collect(root, found);
        }
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        found.add(node);
        node.children.forEach(child -> collect(child, found));
        node.virtualChildren.forEach(child -> collect(child, found));
    }

    public List<Node> all(Predicate<Node> which) {
        return attached().stream().filter(which).toList();
    }

    public Optional<Node> first(Predicate<Node> which) {
        return attached().stream().filter(which).findFirst();
    }

    public boolean has(String className) {
        return first(node -> node.hasClass(className)).isPresent();
    }

    /** The buttons inside the first element with this class name, in order. */
    public List<Node> buttonsIn(String className) {
        Node bar = first(node -> node.hasClass(className))
                .orElseThrow(() -> new IllegalStateException("no ." + className + " on the page"));
        List<Node> inside = new ArrayList<>();
        collect(bar, inside);
        return inside.stream().filter(node -> "vaadin-button".equals(node.tag)).toList();
    }

    /** The UIDL request body for a tap on this node, as Flow's client sends it for a click listener. */
    public String click(Node target) {
        if (!target.listeners.containsKey("click")) {
            throw new IllegalStateException("no click listener on " + target);
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        for (String expression : eventData(target.listeners.get("click"))) {
            if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else if (expression.endsWith(".detail")) {
                data.put(expression, 1);
            } else {
                data.put(expression, 0);
            }
        }
        return event(target.id, "click", data);
    }

    /** The UIDL request body for a navigation inside the page (a tap on a router link), as Flow's client sends it. */
    public String navigate(String route, String query) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 1);
        data.put("trigger", "");
        return event(1, "ui-navigate", data);
    }

    private String event(int node, String name, ObjectNode data) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("csrfToken", securityKey);
        ArrayNode rpc = body.putArray("rpc");
        ObjectNode event = rpc.addObject();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        clientId++;
        return body.toString();
    }

    /** The event data expressions a listener asks for (its value names a constant holding them). */
    private List<String> eventData(String listener) {
        JsonNode expressions = constants.get(listener);
        List<String> names = new ArrayList<>();
        if (expressions != null) {
            if (expressions.isObject()) {
                expressions.properties().forEach(entry -> names.add(entry.getKey()));
            } else {
                expressions.forEach(value -> names.add(value.asString()));
            }
        }
        return names.stream().filter(name -> name.startsWith("event.")).toList();
    }

    public int uiId() {
        return uiId;
    }

    public String securityKey() {
        return securityKey;
    }

    public int syncId() {
        return syncId;
    }

    /** What the page shows, for a message when a step does not match. */
    public String describe() {
        Map<Integer, String> shown = new LinkedHashMap<>();
        attached().stream().filter(node -> node.tag != null && !node.classes.isEmpty())
                .forEach(node -> shown.put(node.id, node.tag + node.classes));
        return shown.toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
