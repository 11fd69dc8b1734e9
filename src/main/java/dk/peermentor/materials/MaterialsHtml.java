package dk.peermentor.materials;

import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Course Markdown as HTML for the materials pages. Raw HTML in the content is escaped, never passed
 * through (a {@code <script>} shows as text), and links with unsafe schemes such as
 * {@code javascript:} lose their target. Images that point into the content's {@code images/} folder
 * are served from {@code imageBase}. Thread-safe: parser and renderer are immutable.
 */
public final class MaterialsHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final String CONTENT_IMAGES = "../images/";

    private MaterialsHtml() {
    }

    /** {@code imageBase} is the URL path the course images are served under, ending in a slash. */
    public static String render(String markdown, String imageBase) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> new Links(imageBase)).build().render(document);
    }

    /** Content images from the image folder; other links open without handing over this page. */
    private record Links(String imageBase) implements AttributeProvider {

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Image && attributes.getOrDefault("src", "").startsWith(CONTENT_IMAGES)) {
                attributes.put("src", imageBase + attributes.get("src").substring(CONTENT_IMAGES.length()));
            }
            if (node instanceof Link && attributes.getOrDefault("href", "").matches("(?i)https?://.*")) {
                attributes.put("rel", "noopener noreferrer");
            }
        }
    }
}
