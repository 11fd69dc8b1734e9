package dk.peermentor.curriculum;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import dk.peermentor.curriculum.CourseContentException.Problem;
import dk.peermentor.platform.Language;

/**
 * Reads {@code course-content/} and checks all of it before the application accepts it: the manifest
 * {@code course.yaml}, a description and six units in every language, each unit with its front matter
 * and its six sections, and every file a unit links to. Any problem stops the load with a
 * {@link CourseContentException} that names file and line.
 * <p>
 * Usage: {@code Curriculum curriculum = CourseContentLoader.load(ContentSource.directory(dir));}
 */
public final class CourseContentLoader {

    public static final String MANIFEST = "course.yaml";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SECTION_HEADING = Pattern.compile("^##\\s+(.*?)\\s*\\{#([A-Za-z0-9_-]+)\\}\\s*$");
    private static final Pattern LEVEL_TWO_HEADING = Pattern.compile("^##(\\s.*)?$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** Topics are printed on the certificate, one a line. */
    static final int MAX_TOPIC_LENGTH = 60;

    private final ContentSource source;
    private final List<Problem> problems = new ArrayList<>();
    private final Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private CourseContentLoader(ContentSource source) {
        this.source = source;
    }

    /** Loads and validates the whole course, or throws naming every problem found. */
    public static Curriculum load(ContentSource source) {
        return new CourseContentLoader(source).loadAll();
    }

    private Curriculum loadAll() {
        Optional<YamlMap> manifest = readManifest();
        if (manifest.isEmpty()) {
            throw new CourseContentException(problems);
        }
        YamlMap root = manifest.get();
        String id = root.string("id");
        Integer hoursPerDay = root.integer("hoursPerDay");
        if (hoursPerDay != null && (hoursPerDay < 1 || hoursPerDay > 12)) {
            problem(MANIFEST, root.line("hoursPerDay"), "hoursPerDay must be between 1 and 12, was " + hoursPerDay);
        }
        checkLanguages(root);

        Map<Language, CourseDescription> descriptions = root.map("description")
                .map(files -> readPerLanguage(files, this::description)).orElse(Map.of());

        List<Unit> units = readUnits(root);
        if (!problems.isEmpty()) {
            throw new CourseContentException(problems);
        }
        return new Curriculum(id, hoursPerDay, descriptions, units);
    }

    private Optional<YamlMap> readManifest() {
        Optional<String> text = source.read(MANIFEST);
        if (text.isEmpty()) {
            problem(MANIFEST, 1, "the manifest is missing: it lists the course description and the six units");
            return Optional.empty();
        }
        return parseYaml(MANIFEST, text.get(), 0);
    }

    private void checkLanguages(YamlMap root) {
        List<org.yaml.snakeyaml.nodes.Node> listed = root.list("languages");
        Set<String> codes = new HashSet<>();
        for (org.yaml.snakeyaml.nodes.Node node : listed) {
            codes.add(root.scalar(node));
        }
        for (Language language : Language.values()) {
            if (!listed.isEmpty() && !codes.contains(language.code())) {
                problem(MANIFEST, root.line("languages"), "languages must include '" + language.code() + "'");
            }
        }
    }

    private List<Unit> readUnits(YamlMap root) {
        List<org.yaml.snakeyaml.nodes.Node> entries = root.list("units");
        if (entries.size() != Curriculum.TEACHING_DAYS && root.has("units")) {
            problem(MANIFEST, root.line("units"),
                    "the course has " + Curriculum.TEACHING_DAYS + " units, one per teaching day; found " + entries.size());
        }
        Set<String> ids = new HashSet<>();
        Set<Integer> days = new HashSet<>();
        List<Unit> units = new ArrayList<>();
        for (org.yaml.snakeyaml.nodes.Node entry : entries) {
            Optional<YamlMap> unitMap = root.asMap(entry, "a unit");
            if (unitMap.isEmpty()) {
                continue;
            }
            YamlMap unit = unitMap.get();
            String id = unit.string("id");
            Integer day = unit.integer("day");
            if (id != null && !ID.matcher(id).matches()) {
                problem(MANIFEST, unit.line("id"), "unit id '" + id + "' must be lower case letters, digits and dashes");
            }
            if (id != null && !ids.add(id)) {
                problem(MANIFEST, unit.line("id"), "unit id '" + id + "' is used twice");
            }
            if (day != null && (day < 1 || day > Curriculum.TEACHING_DAYS)) {
                problem(MANIFEST, unit.line("day"), "day must be 1 to " + Curriculum.TEACHING_DAYS + ", was " + day);
            } else if (day != null && !days.add(day)) {
                problem(MANIFEST, unit.line("day"), "day " + day + " has two units");
            }
            Map<Language, UnitText> texts = unit.map("files")
                    .map(files -> readPerLanguage(files, this::unitText)).orElse(Map.of());
            if (id != null && day != null && texts.size() == Language.values().length) {
                units.add(new Unit(id, day, texts));
            }
        }
        units.sort((a, b) -> Integer.compare(a.day(), b.day()));
        return units;
    }

    /** Reads and parses the file each language names in {@code files}; a missing one is a problem. */
    private <T> Map<Language, T> readPerLanguage(YamlMap files, BiFunction<String, String, Optional<T>> parse) {
        Map<Language, T> parsed = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String file = files.string(language.code());
            if (file != null) {
                readFile(file, files.line(language.code()))
                        .flatMap(text -> parse.apply(file, text))
                        .ifPresent(value -> parsed.put(language, value));
            }
        }
        return parsed;
    }

    private Optional<String> readFile(String file, int manifestLine) {
        Optional<String> text = source.read(file);
        if (text.isEmpty()) {
            problem(MANIFEST, manifestLine, "the file '" + file + "' does not exist");
        }
        return text;
    }

    private Optional<CourseDescription> description(String file, String text) {
        return frontMatter(file, text).map(front -> {
            String title = front.meta.string("title");
            String summary = front.meta.string("summary");
            checkLinks(file, front.body, front.bodyLine);
            return new CourseDescription(title, summary, front.body);
        });
    }

    private Optional<UnitText> unitText(String file, String text) {
        Optional<FrontMatter> parsed = frontMatter(file, text);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter front = parsed.get();
        String title = front.meta.string("title");
        String summary = front.meta.string("summary");
        List<String> topics = new ArrayList<>();
        List<org.yaml.snakeyaml.nodes.Node> topicNodes = front.meta.list("topics");
        if (front.meta.has("topics") && topicNodes.isEmpty()) {
            problem(file, front.meta.line("topics"), "topics must list at least one topic");
        }
        for (org.yaml.snakeyaml.nodes.Node node : topicNodes) {
            String topic = front.meta.scalar(node);
            if (topic != null && topic.length() > MAX_TOPIC_LENGTH) {
                problem(file, front.meta.lineOf(node),
                        "a topic is printed on the certificate and may have at most " + MAX_TOPIC_LENGTH
                                + " characters; this one has " + topic.length());
            }
            if (topic != null) {
                topics.add(topic);
            }
        }
        Map<UnitSection, UnitText.Section> sections = sections(file, front.body, front.bodyLine);
        checkLinks(file, front.body, front.bodyLine);
        if (title == null || summary == null || sections.size() != UnitSection.values().length) {
            return Optional.empty();
        }
        return Optional.of(new UnitText(title, summary, topics, sections));
    }

    /** Splits a unit's body into its six sections, in the order {@link UnitSection} gives. */
    private Map<UnitSection, UnitText.Section> sections(String file, String body, int firstLine) {
        String[] lines = body.split("\n", -1);
        Map<UnitSection, UnitText.Section> sections = new LinkedHashMap<>();
        UnitSection[] expected = UnitSection.values();
        UnitSection current = null;
        String heading = null;
        StringBuilder content = new StringBuilder();
        boolean inFence = false;
        boolean orderReported = false;
        int next = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = firstLine + i;
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            }
            if (inFence || !LEVEL_TWO_HEADING.matcher(line).matches()) {
                if (current != null) {
                    content.append(line).append('\n');
                } else if (!line.isBlank()) {
                    problem(file, lineNumber, "text before the first section; every unit starts with '## … {#"
                            + expected[0].marker() + "}'");
                }
                continue;
            }
            Matcher m = SECTION_HEADING.matcher(line);
            if (!m.matches()) {
                problem(file, lineNumber, "a level-2 heading must end with a section marker such as {#"
                        + (next < expected.length ? expected[next].marker() : expected[0].marker()) + "}");
                continue;
            }
            Optional<UnitSection> section = UnitSection.ofMarker(m.group(2));
            if (section.isEmpty()) {
                problem(file, lineNumber, "unknown section marker {#" + m.group(2) + "}; the sections are "
                        + markers());
                continue;
            }
            if (next >= expected.length || section.get() != expected[next]) {
                orderReported = true;
                problem(file, lineNumber, "section {#" + m.group(2) + "} is out of place; expected {#"
                        + (next < expected.length ? expected[next].marker() : "end of file") + "} (order: " + markers() + ")");
                continue;
            }
            store(file, sections, current, heading, content, lineNumber);
            current = section.get();
            heading = m.group(1);
            content = new StringBuilder();
            next++;
        }
        int lastLine = firstLine + lines.length - 1;
        store(file, sections, current, heading, content, lastLine);
        if (next < expected.length && !orderReported) {
            problem(file, lastLine, "section {#" + expected[next].marker() + "} is missing (a unit has "
                    + expected.length + " sections: " + markers() + ")");
        }
        return sections;
    }

    private void store(String file, Map<UnitSection, UnitText.Section> sections, UnitSection section, String heading,
            StringBuilder content, int lineNumber) {
        if (section == null) {
            return;
        }
        if (heading.isBlank()) {
            problem(file, lineNumber, "section {#" + section.marker() + "} has no heading text");
        }
        if (content.toString().isBlank()) {
            problem(file, lineNumber, "section {#" + section.marker() + "} is empty");
        }
        sections.put(section, new UnitText.Section(heading, content.toString().strip()));
    }

    private static String markers() {
        StringBuilder all = new StringBuilder();
        for (UnitSection s : UnitSection.values()) {
            all.append(all.length() == 0 ? "" : ", ").append("{#").append(s.marker()).append('}');
        }
        return all.toString();
    }

    /** Every relative link and image in the Markdown must point at a file of the content. */
    private void checkLinks(String file, String body, int firstLine) {
        Node document = markdown.parse(body);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                check(image, image.getDestination());
                super.visit(image);
            }

            @Override
            public void visit(Link link) {
                check(link, link.getDestination());
                super.visit(link);
            }

            private void check(Node node, String destination) {
                if (destination == null || destination.isBlank() || destination.startsWith("#")
                        || URI_SCHEME.matcher(destination).find()) {
                    return;
                }
                int line = firstLine + (node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex());
                String target = resolve(file, destination);
                if (target == null) {
                    problem(file, line, "the link '" + destination + "' points outside the course content");
                } else if (!source.exists(target)) {
                    problem(file, line, "the linked file '" + destination + "' does not exist");
                }
            }
        });
    }

    /** The content-relative path of a link in {@code file}, or null when it leaves the content. */
    static String resolve(String file, String destination) {
        String withoutFragment = destination.split("[#?]", 2)[0];
        int slash = file.lastIndexOf('/');
        String base = slash < 0 ? "" : file.substring(0, slash + 1);
        String normalized = URI.create("content:/" + base).resolve(withoutFragment.replace(" ", "%20")).getPath();
        if (normalized == null || normalized.startsWith("/..") || !normalized.startsWith("/")) {
            return null;
        }
        return normalized.substring(1).replace("%20", " ");
    }

    private record FrontMatter(YamlMap meta, String body, int bodyLine) {
    }

    /** The YAML between the first two {@code ---} lines, and the Markdown after them. */
    private Optional<FrontMatter> frontMatter(String file, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problem(file, 1, "the file must start with front matter: a line '---', the YAML keys, and another '---'");
            return Optional.empty();
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problem(file, 1, "the front matter is not closed by a line '---'");
            return Optional.empty();
        }
        String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, end));
        String body = String.join("\n", Arrays.copyOfRange(lines, end + 1, lines.length));
        int bodyLine = end + 2;
        return parseYaml(file, yaml, 1).map(meta -> new FrontMatter(meta, body, bodyLine));
    }

    private Optional<YamlMap> parseYaml(String file, String text, int lineOffset) {
        try {
            org.yaml.snakeyaml.nodes.Node node = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .compose(new StringReader(text));
            if (!(node instanceof MappingNode mapping)) {
                problem(file, 1 + lineOffset, "expected YAML keys and values");
                return Optional.empty();
            }
            return Optional.of(new YamlMap(file, mapping, lineOffset));
        } catch (MarkedYAMLException e) {
            int line = (e.getProblemMark() != null ? e.getProblemMark().getLine() : 0) + 1 + lineOffset;
            problem(file, line, "YAML syntax: " + e.getProblem());
            return Optional.empty();
        }
    }

    private void problem(String file, int line, String message) {
        problems.add(new Problem(source.describe(file), line, message));
    }

    /** A YAML mapping that reports missing or mistyped keys with their line. */
    private final class YamlMap {
        private final String file;
        private final MappingNode node;
        private final int lineOffset;

        YamlMap(String file, MappingNode node, int lineOffset) {
            this.file = file;
            this.node = node;
            this.lineOffset = lineOffset;
        }

        boolean has(String key) {
            return value(key).isPresent();
        }

        Optional<org.yaml.snakeyaml.nodes.Node> value(String key) {
            for (NodeTuple tuple : node.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(tuple.getValueNode());
                }
            }
            return Optional.empty();
        }

        int line(String key) {
            return value(key).map(this::lineOf).orElse(lineOf(node));
        }

        int lineOf(org.yaml.snakeyaml.nodes.Node n) {
            return n.getStartMark().getLine() + 1 + lineOffset;
        }

        String string(String key) {
            Optional<org.yaml.snakeyaml.nodes.Node> v = value(key);
            if (v.isEmpty()) {
                problem(file, lineOf(node), "the key '" + key + "' is missing");
                return null;
            }
            String text = scalar(v.get());
            if (text != null && text.isBlank()) {
                problem(file, lineOf(v.get()), "'" + key + "' is empty");
                return null;
            }
            return text == null ? null : text.strip();
        }

        String scalar(org.yaml.snakeyaml.nodes.Node n) {
            if (n instanceof ScalarNode s) {
                return s.getValue();
            }
            problem(file, lineOf(n), "expected a single value here");
            return null;
        }

        Integer integer(String key) {
            String text = string(key);
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                problem(file, line(key), "'" + key + "' must be a whole number, was '" + text + "'");
                return null;
            }
        }

        Optional<YamlMap> map(String key) {
            Optional<org.yaml.snakeyaml.nodes.Node> v = value(key);
            if (v.isEmpty()) {
                problem(file, lineOf(node), "the key '" + key + "' is missing");
                return Optional.empty();
            }
            return asMap(v.get(), "'" + key + "'");
        }

        Optional<YamlMap> asMap(org.yaml.snakeyaml.nodes.Node n, String what) {
            if (n instanceof MappingNode m) {
                return Optional.of(new YamlMap(file, m, lineOffset));
            }
            problem(file, lineOf(n), what + " must be keys and values");
            return Optional.empty();
        }

        List<org.yaml.snakeyaml.nodes.Node> list(String key) {
            Optional<org.yaml.snakeyaml.nodes.Node> v = value(key);
            if (v.isEmpty()) {
                problem(file, lineOf(node), "the key '" + key + "' is missing");
                return List.of();
            }
            if (v.get() instanceof SequenceNode s) {
                return s.getValue();
            }
            problem(file, lineOf(v.get()), "'" + key + "' must be a list");
            return List.of();
        }
    }
}
