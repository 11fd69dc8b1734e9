package dk.peermentor.testing;

import java.util.HashMap;
import java.util.Map;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;

/**
 * Payara Micro's Arquillian container starts a server for every deployment and stops it after the
 * test class. This one keeps the shared deployment ({@link Deployments#shared()}, names starting with
 * {@value #SHARED}) running from the first class that uses it to the end of the test run, so the
 * integration suite pays for one start instead of one per class. Any other deployment (a configuration
 * that truly differs: a first start, an adapted curriculum, a restart) gets a server of its own that
 * lives as long as before, beside the shared one.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    static final String SHARED = "it-shared-";

    private PayaraMicroContainerConfiguration configuration;
    private PayaraMicroDeployableContainer shared;
    private Archive<?> sharedArchive;
    private ProtocolMetaData sharedMetaData;
    private final Map<String, PayaraMicroDeployableContainer> own = new HashMap<>();

    /** Puts this container in the place of Payara's (registered in META-INF/services). */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
        }
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Servlet 5.0");
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (!archive.getName().startsWith(SHARED)) {
            PayaraMicroDeployableContainer server = newServer();
            own.put(archive.getName(), server);
            return server.deploy(archive);
        }
        if (shared != null && archive.getName().equals(sharedArchive.getName())) {
            return sharedMetaData;
        }
        if (archive.getContent(path -> path.get().startsWith("/WEB-INF/lib/arquillian-")).isEmpty()) {
            // Without Arquillian's servlet, the in-container tests of every later class could not run.
            throw new DeploymentException(archive.getName() + " is deployed by a class with @Deployment(testable = false):"
                    + " use @Deployment and mark the class @RunAsClient instead");
        }
        stopShared();
        PayaraMicroDeployableContainer server = newServer();
        sharedMetaData = server.deploy(archive);
        shared = server;
        sharedArchive = archive;
        return sharedMetaData;
    }

    @Override
    public synchronized void undeploy(Archive<?> archive) throws DeploymentException {
        PayaraMicroDeployableContainer server = own.remove(archive.getName());
        if (server != null) {
            server.undeploy(archive);
        }
        // The shared deployment stays for the next class; stop() ends it.
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            stopShared();
            for (Map.Entry<String, PayaraMicroDeployableContainer> left : own.entrySet()) {
                left.getValue().stop();
            }
            own.clear();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the shared Payara Micro", e);
        }
    }

    private PayaraMicroDeployableContainer newServer() throws DeploymentException {
        PayaraMicroDeployableContainer server = new PayaraMicroDeployableContainer();
        server.setup(configuration);
        try {
            server.start();
        } catch (LifecycleException e) {
            throw new DeploymentException("Payara Micro did not start", e);
        }
        return server;
    }

    private void stopShared() throws DeploymentException {
        if (shared != null) {
            shared.undeploy(sharedArchive);
            shared = null;
            sharedArchive = null;
            sharedMetaData = null;
        }
    }
}
