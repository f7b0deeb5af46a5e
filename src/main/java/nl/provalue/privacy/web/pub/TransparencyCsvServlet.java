package nl.provalue.privacy.web.pub;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import nl.provalue.privacy.application.Csv;
import nl.provalue.privacy.application.disclosure.TransparencyReports;
import nl.provalue.privacy.domain.disclosure.HalfYear;

/** P11: {@code GET /public/transparency.csv?period=2026-H1}: a published report's banded figures as CSV. */
@WebServlet("/public/transparency.csv")
public class TransparencyCsvServlet extends HttpServlet {

    @Inject
    TransparencyReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TransparencyReports.Published> report;
        try {
            report = reports.published(HalfYear.parse(request.getParameter("period")));
        } catch (IllegalArgumentException e) {
            response.sendError(404);
            return;
        }
        if (report.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"provalue-transparantie-" + report.get().period() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print(Csv.line("period", "category", "item", "requests"));
        report.get().figures().forEach((key, value) -> {
            int dot = key.indexOf('.');
            out.print(Csv.line(report.get().period(), key.substring(0, dot), key.substring(dot + 1), value));
        });
    }
}
