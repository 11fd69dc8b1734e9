package dk.peermentor.testing;

import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import dk.peermentor.identity.Account;
import dk.peermentor.identity.Passwords;
import dk.peermentor.identity.Person;
import dk.peermentor.identity.Role;
import dk.peermentor.platform.Language;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test deployments only: the server half of {@link TestPeople}. Creates a person with an account, the
 * given roles and {@link TestPeople#PASSWORD}, and answers with the login name. Never in the built war.
 */
@WebServlet("/test-only/people")
public class TestPeopleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InTransaction tx;

    @Inject
    transient Passwords passwords;

    @Inject
    transient Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : request.getParameter("roles").split(",")) {
            roles.add(Role.valueOf(role));
        }
        String email = request.getParameter("email");
        Language language = Language.valueOf(request.getParameter("language"));
        String hash = passwords.hash(TestPeople.PASSWORD);
        tx.run(em -> {
            Person person = new Person(request.getParameter("given"), request.getParameter("family"), email, language);
            em.persist(person);
            Account account = new Account(person, roles, clock.instant());
            account.changePassword(hash);
            em.persist(account);
        });
        response.setContentType("text/plain");
        response.getWriter().write(email);
    }
}
