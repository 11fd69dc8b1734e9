package dk.peermentor.identity;

import java.io.IOException;

import dk.peermentor.testing.InTransaction;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * FirstStartIT's deployment only: what a first start left in the database (GET), and a setup link as
 * the start-up writes it to the log (POST), for the test process. Never in the built war.
 */
@WebServlet("/test-only/first-start")
public class FirstStartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient InTransaction tx;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long accountCount = tx.call(em -> em.createQuery("select count(a) from Account a", Long.class).getSingleResult());
        long openSetupLinks = tx.call(em -> em.createQuery(
                "select count(t) from OneTimeToken t where t.purpose = :p and t.usedAt is null", Long.class)
                .setParameter("p", TokenPurpose.SETUP).getSingleResult());
        response.setContentType("text/plain");
        response.getWriter().write("accounts=" + accountCount + " open-setup-links=" + openSetupLinks
                + " coordinator=" + accounts.hasCoordinator());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write(accounts.issueSetupLink());
    }
}
