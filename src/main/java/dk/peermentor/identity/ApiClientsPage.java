package dk.peermentor.identity;

import java.io.Serializable;
import java.util.List;

import dk.peermentor.platform.Messages;
import dk.peermentor.platform.RuleViolation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The coordinator's API clients: /coordinator/api-clients. Creates a client and shows its token
 * once (it is not kept anywhere the page could show it again), lists clients, revokes one.
 */
@Named
@ViewScoped
public class ApiClientsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiClientService clients;

    private transient List<ApiClient> rows;
    private String name;
    private boolean mayWrite;
    // The token just created, shown until the coordinator leaves the view.
    private String issuedToken;
    private String issuedName;

    public List<ApiClient> getRows() {
        if (rows == null) {
            rows = clients.clients();
        }
        return rows;
    }

    public void create() {
        try {
            ApiClient.Issued issued = clients.create(name, mayWrite);
            issuedToken = issued.token();
            issuedName = issued.client().name();
            name = null;
            mayWrite = false;
            rows = null;
        } catch (RuleViolation violation) {
            Messages.refused(violation);
        }
    }

    public void revoke(ApiClient client) {
        clients.revoke(client.id());
        Messages.info("apiClients.revoked", client.name());
        issuedToken = null;
        rows = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isMayWrite() {
        return mayWrite;
    }

    public void setMayWrite(boolean mayWrite) {
        this.mayWrite = mayWrite;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public String getIssuedName() {
        return issuedName;
    }
}
