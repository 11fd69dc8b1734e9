package dk.peermentor.curriculum;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import dk.peermentor.documents.MarkdownPdf;
import dk.peermentor.documents.PageFlow;
import dk.peermentor.documents.Span;
import dk.peermentor.platform.Language;
import dk.peermentor.platform.Messages;
import dk.peermentor.platform.NotFound;

/**
 * The course materials on paper: one unit, or the whole course with a cover, a table of contents and
 * every unit from a new page. A4, DejaVu Sans (the certificate's fonts), a footer with the unit's
 * title and "Side n af m".
 * <p>
 * It lives with the curriculum because it knows what a unit is made of; the page layout and the
 * Markdown printing it uses are in {@code dk.peermentor.documents}, which knows no feature.
 * Stateless and thread-safe. Usage: {@code new CoursePdf().unit(curriculum, "recovery", Language.DA, out);}
 */
public final class CoursePdf {

    private static final float TITLE_SIZE = 22f;

    /** Writes the PDF of one unit to {@code out} (which stays open). */
    public void unit(Curriculum curriculum, String unitId, Language language, OutputStream out) {
        Unit unit = curriculum.unit(unitId).orElseThrow(() -> new NotFound("unit " + unitId));
        String course = courseTitle(curriculum, language);
        UnitText text = unit.text(language);
        try (PageFlow flow = new PageFlow(new PageFlow.Info(text.title(), course, language.code()))) {
            flow.newPage(text.title());
            unitPages(flow, course, unit, language, true);
            flow.finish(pageLabel(language), out);
        }
    }

    /** Writes the PDF of the whole course to {@code out} (which stays open). */
    public void course(Curriculum curriculum, Language language, OutputStream out) {
        String course = courseTitle(curriculum, language);
        CourseDescription description = curriculum.description(language);
        try (PageFlow flow = new PageFlow(new PageFlow.Info(course, course, language.code()))) {
            flow.newPage(course);
            flow.space(20 * PageFlow.MM);
            flow.heading(List.of(Span.plain(course)), TITLE_SIZE + 6, 0);
            if (description != null && description.summary() != null) {
                flow.paragraph(List.of(Span.italic(description.summary())), 13f, null, null);
            }
            flow.space(4);
            flow.paragraph(List.of(Span.plain(Messages.text(language, "pdf.course.days",
                    Integer.toString(curriculum.units().size()), Integer.toString(curriculum.hoursPerDay())))));
            flow.rule();
            if (description != null) {
                new MarkdownPdf(flow).render(description.markdown());
            }

            // The contents page is filled in once the units have their page numbers; six lines fit on one.
            PageFlow.Page contents = flow.newPage(course);
            flow.heading(List.of(Span.plain(Messages.text(language, "pdf.contents"))), MarkdownPdf.headingSize(1), 0);
            float top = flow.cursor();

            List<PageFlow.Page> starts = new ArrayList<>();
            for (Unit unit : curriculum.units()) {
                starts.add(flow.newPage(unit.text(language).title()));
                flow.bookmark(dayLabel(unit, language) + ": " + unit.text(language).title());
                unitPages(flow, course, unit, language, false);
            }
            for (int i = 0; i < starts.size(); i++) {
                Unit unit = curriculum.units().get(i);
                top -= flow.contentsLine(contents, top, dayLabel(unit, language), unit.text(language).title(),
                        starts.get(i));
            }
            flow.finish(pageLabel(language), out);
        }
    }

    /** The title block, then the six sections in order, each with its heading. */
    private static void unitPages(PageFlow flow, String course, Unit unit, Language language, boolean bookmarks) {
        UnitText text = unit.text(language);
        flow.paragraph(List.of(Span.plain(course + "  ·  " + dayLabel(unit, language))), 10f, null, null);
        flow.space(2);
        flow.heading(List.of(Span.plain(text.title())), TITLE_SIZE, 0);
        flow.paragraph(List.of(Span.italic(text.summary())), 12.5f, null, null);
        flow.space(6);
        flow.paragraph(List.of(Span.bold(Messages.text(language, "pdf.topics"))));
        flow.indent(7 * PageFlow.MM);
        for (String topic : text.topics()) {
            flow.paragraph(List.of(Span.plain(topic)), PageFlow.BODY_SIZE, null, "•");
        }
        flow.indent(-7 * PageFlow.MM);
        flow.rule();
        MarkdownPdf markdown = new MarkdownPdf(flow);
        for (UnitSection section : UnitSection.values()) {
            UnitText.Section content = text.section(section);
            float size = MarkdownPdf.headingSize(2);
            flow.heading(List.of(Span.plain(content.heading())), size, size * 0.8f);
            if (bookmarks) {
                flow.bookmark(content.heading());
            }
            markdown.render(content.markdown());
        }
    }

    private static String courseTitle(Curriculum curriculum, Language language) {
        CourseDescription description = curriculum.description(language);
        return description != null && description.title() != null ? description.title() : curriculum.id();
    }

    private static String dayLabel(Unit unit, Language language) {
        return Messages.text(language, "pdf.day", Integer.toString(unit.day()));
    }

    private static PageFlow.PageLabel pageLabel(Language language) {
        return (page, pages) -> Messages.text(language, "pdf.page", Integer.toString(page), Integer.toString(pages));
    }
}
