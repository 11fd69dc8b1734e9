package dk.peermentor.handouts;

/**
 * What a coordinator writes about one practice activity: its name, when and where it takes place,
 * its lead person (tovholder) and how to reach them. The entity checks and trims it.
 */
public record ActivityDetails(String activity, String schedule, String place, String leadPerson, String contact) {
}
