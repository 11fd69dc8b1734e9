package dk.peermentor.cohort;

import java.io.Serializable;
import java.time.Instant;

import dk.peermentor.platform.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The calendar-subscription box on the trainer's and the trainee's start pages. */
@Named
@ViewScoped
public class CalendarSubscription implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeedService feeds;

    private Instant since;
    private String newAddress;

    @PostConstruct
    void load() {
        since = feeds.mine().map(CalendarFeed::createdAt).orElse(null);
    }

    public void renew() {
        newAddress = feeds.renew();
        load();
        Messages.info("feed.created");
    }

    public void stop() {
        feeds.stop();
        newAddress = null;
        load();
        Messages.info("feed.stopped");
    }

    public boolean isActive() {
        return since != null;
    }

    public Instant getSince() {
        return since;
    }

    public String getNewAddress() {
        return newAddress;
    }
}
