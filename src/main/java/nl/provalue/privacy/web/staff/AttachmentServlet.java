package nl.provalue.privacy.web.staff;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.provalue.privacy.application.disclosure.DisclosureRegister;
import nl.provalue.privacy.domain.disclosure.Attachment;

/** P11: {@code GET /staff/attachment?id=N} streams an attached order to staff (web.xml keeps /staff/ for staff). */
@WebServlet("/staff/attachment")
public class AttachmentServlet extends HttpServlet {

    @Inject
    DisclosureRegister register;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Attachment> attachment;
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
            attachment = register.attachment(id);
        } catch (NumberFormatException e) {
            response.sendError(404);
            return;
        }
        if (attachment.isEmpty()) {
            response.sendError(404);
            return;
        }
        Attachment a = attachment.get();
        response.setContentType(a.contentType());
        response.setContentLengthLong(a.sizeBytes());
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + a.fileName().replace("\"", "") + "\"");
        response.setHeader("X-Content-SHA256", a.sha256());
        register.copyAttachment(id, response.getOutputStream());
    }
}
