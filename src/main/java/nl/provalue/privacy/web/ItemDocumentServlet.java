package nl.provalue.privacy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.desk.DocumentStore;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.shared.NotFoundException;

/**
 * P1: {@code GET /documents/item?item=N} streams the letter or e-mail an item came from: to the
 * customer it belongs to, and to staff who opened that customer ({@code &customer=M}) with a
 * reason. Other customers' items answer 404; staff without an opening 403.
 */
@WebServlet("/documents/item")
public class ItemDocumentServlet extends HttpServlet {

    @Inject
    MyDataService myData;

    @Inject
    CurrentCaller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long itemId = Long.parseLong(request.getParameter("item"));
            CurrentCaller.Identity who =
                    caller.identity().orElseThrow(() -> new AccessDeniedException("Not logged in"));
            long customerId =
                    who.role() == Role.CUSTOMER ? who.customerId() : Long.parseLong(request.getParameter("customer"));
            DocumentStore.StoredDocument d = myData.document(customerId, itemId);
            response.setContentType(d.contentType());
            response.setContentLengthLong(d.sizeBytes());
            response.setHeader(
                    "Content-Disposition",
                    "attachment; filename=\"" + d.fileName().replace("\"", "") + "\"");
            response.setHeader("X-Content-SHA256", d.sha256());
            response.setHeader("Cache-Control", "no-store");
            myData.writeDocument(customerId, itemId, response.getOutputStream());
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(404);
        } catch (AccessDeniedException e) {
            response.sendError(403);
        }
    }
}
