package dk.peermentor.materials;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Course Markdown becomes HTML that can do no harm in the page. */
class MaterialsHtmlTest {

    private static String render(String markdown) {
        return MaterialsHtml.render(markdown, "/app/materials/images/");
    }

    @Test
    void rawHtmlIsShownAsTextNeverRun() {
        String html = render("Før\n\n<script>alert('x')</script>\n\nEfter <img src=x onerror=alert(1)> og <b>fed</b>");

        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert"), html);
        assertFalse(html.contains("<img src=\"x\""), html);
        assertFalse(html.contains("<b>"), html);
    }

    @Test
    void aJavascriptLinkLosesItsTarget() {
        String html = render("[klik](javascript:alert(1)) og [hjælp](https://www.example.org/)");

        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("<a rel=\"noopener noreferrer\" href=\"https://www.example.org/\">hjælp</a>"), html);
    }

    @Test
    void headingsListsTablesAndContentImagesRender() {
        String html = render("### Øvelse\n\n- én\n- to\n\n| Tid | Indhold |\n|---|---|\n| 09:30 | Velkomst |\n\n"
                + "![Diagram](../images/chime.svg)");

        assertTrue(html.contains("<h3>Øvelse</h3>"), html);
        assertTrue(html.contains("<li>én</li>"), html);
        assertTrue(html.contains("<td>Velkomst</td>"), html);
        assertTrue(html.contains("src=\"/app/materials/images/chime.svg\" alt=\"Diagram\""), html);
    }
}
