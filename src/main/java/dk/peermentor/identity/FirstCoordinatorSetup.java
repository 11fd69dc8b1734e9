package dk.peermentor.identity;

import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * No default passwords: while no coordinator exists, every start prints a fresh one-time link to the
 * log, through which the first coordinator chooses their own password. Until then nobody can log in.
 * The demo profile creates its own accounts instead.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class FirstCoordinatorSetup {

    private static final Logger LOG = Logger.getLogger(FirstCoordinatorSetup.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "peermentor.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void offerSetupLink() {
        if (demo || accounts.hasCoordinator()) {
            return;
        }
        String link = accounts.issueSetupLink();
        LOG.warning(() -> String.join("\n",
                "",
                "================================================================",
                " Peer mentor education: no coordinator account exists yet.",
                " Open this one-time link within 72 hours to create the first one:",
                "   " + link,
                " (A new link is printed at every start until a coordinator exists.)",
                "================================================================"));
    }
}
