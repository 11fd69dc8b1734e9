package dk.peermentor.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;

/**
 * What a button that saves without reloading the page (a PrimeFaces ajax request) shows when its
 * request fails: a message in the page's message area, in the visitor's language. Faces' own answer
 * names the exception's class and message, and the page shows nothing at all. The class, its message
 * and the stack trace go to the log, under the reference the visitor is shown for a server error.
 * Full page requests are left to Faces, which hands them to the error pages of web.xml.
 */
public class AjaxErrors extends ExceptionHandlerFactory {

    public AjaxErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(AjaxErrors.class.getName());

        /** The id of the page's message area (layout.xhtml), which the answer replaces. */
        private static final String MESSAGES = "messages";

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context == null || !context.getPartialViewContext().isAjaxRequest()) {
                getWrapped().handle();
                return;
            }
            Throwable first = null;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                Throwable thrown = events.next().getContext().getException();
                first = first == null ? thrown : first;
                events.remove();
            }
            if (first != null) {
                answer(context, first);
            }
            getWrapped().handle();
        }

        private static void answer(FacesContext context, Throwable thrown) {
            ExternalContext external = context.getExternalContext();
            Language language = languageOf(context);
            String text;
            if (causedBy(thrown, ViewExpiredException.class)) {
                LOG.fine(() -> "Expired view in an ajax request: " + external.getRequestServletPath());
                text = Messages.text(language, "error.expired.text");
            } else if (causedBy(thrown, AccessDenied.class)) {
                LOG.warning(() -> "Refused in an ajax request to " + external.getRequestServletPath() + ": "
                        + thrown);
                text = Messages.text(language, "error.forbidden.text");
            } else if (causedBy(thrown, NotFound.class)) {
                text = Messages.text(language, "error.notFound.text");
            } else {
                String reference = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Ajax request to " + external.getRequestServletPath() + " failed, reference "
                        + reference, thrown);
                text = Messages.text(language, "error.server.ajax", reference);
            }
            if (external.isResponseCommitted()) {
                return;
            }
            // The headers of SecurityHeaders come back by themselves after the reset.
            external.responseReset();
            external.setResponseContentType("text/xml");
            external.setResponseCharacterEncoding("UTF-8");
            try {
                PartialResponseWriter writer = new PartialResponseWriter(renderKit(context).createResponseWriter(
                        external.getResponseOutputWriter(), "text/xml", "UTF-8"));
                writer.startDocument();
                writer.startUpdate(MESSAGES);
                writer.startElement("ul", null);
                writer.writeAttribute("id", MESSAGES, null);
                writer.writeAttribute("class", "app-messages", null);
                writer.startElement("li", null);
                writer.writeAttribute("class", "app-message--error", null);
                writer.writeText(text, null);
                writer.endElement("li");
                writer.endElement("ul");
                writer.endUpdate();
                writer.endDocument();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }

        private static RenderKit renderKit(FacesContext context) {
            RenderKit kit = context.getRenderKit();
            if (kit != null) {
                return kit;
            }
            RenderKitFactory kits = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
            return kits.getRenderKit(context, RenderKitFactory.HTML_BASIC_RENDER_KIT);
        }

        /** The page's language; the visitor's Accept-Language when the view could not be restored. */
        private static Language languageOf(FacesContext context) {
            if (context.getViewRoot() != null && context.getViewRoot().getLocale() != null) {
                return Language.of(context.getViewRoot().getLocale());
            }
            return Language.preferredBy(context.getExternalContext().getRequestHeaderMap().get("Accept-Language"));
        }

        private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
            return false;
        }
    }
}
