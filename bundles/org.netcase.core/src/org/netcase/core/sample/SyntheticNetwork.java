package org.netcase.core.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.InternalEList;
import org.netcase.model.AttemptStatus;
import org.netcase.model.Channel;
import org.netcase.model.Contact;
import org.netcase.model.Direction;
import org.netcase.model.Intent;
import org.netcase.model.Interaction;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.Network;
import org.netcase.model.Organization;
import org.netcase.model.OrganizationKind;
import org.netcase.model.RelationshipStage;

/**
 * A large network with realistic field sizes, built deterministically from a seed, for
 * benchmarks that must show how Netcase behaves for a power user or a small agency (100,000
 * contacts, 10,000 organizations, 1,000,000 interactions). Its content means nothing.
 */
public final class SyntheticNetwork {

	private static final String[] FIRST = { "Ada", "Ben", "Chloe", "David", "Elif", "Farid", "Greta", "Hugo", "Ines",
			"Jonas", "Kira", "Liam", "Maya", "Noor", "Omar", "Paula", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Victor",
			"Wen", "Ximena", "Yusuf", "Zoe" };
	private static final String[] LAST = { "Andersen", "Berg", "Costa", "Dahl", "Eriksen", "Fischer", "Garcia",
			"Holm", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Marino", "Nowak", "Okafor", "Petrov", "Quist",
			"Rahman", "Sato", "Tanaka", "Ulrich", "Vogel", "Weber", "Yilmaz", "Zhang" };
	private static final String[] TRADES = { "Bakery", "Cycles", "Florist", "Studio", "Yoga", "Books", "Coffee",
			"Brewing", "Tailoring", "Gardens", "Dental", "Law", "Print", "Design", "Catering" };
	private static final String[] AREAS = { "Harbour District", "Old Town", "Riverside", "North Hill", "Station Quarter",
			"Mill Street", "University", "Eastport", "Westfield", "Green Park" };
	private static final String NOTE = "Runs a small business nearby; could use better photos for their website, "
			+ "menu and social posts. Met at the market; follow up about the spring event and an introduction.";
	private static final String BODY = "I noticed your shop window last week and thought the display deserved better "
			+ "pictures than the ones online. I'd be glad to photograph it one morning and send you the files to use "
			+ "however you like, no strings attached. Would Thursday or Friday suit you? Warm regards from a neighbour.";

	private final NetcaseFactory factory = NetcaseFactory.eINSTANCE;
	private final Random random;
	private final Instant now;

	private SyntheticNetwork(long seed, Instant now) {
		this.random = new Random(seed);
		this.now = now;
	}

	/** A new network of the given size; the same seed and instant give the same content. */
	public static Network generate(int contacts, int organizations, int interactions, long seed, Instant now) {
		Network network = NetcaseFactory.eINSTANCE.createNetwork();
		network.setName("Synthetic network " + contacts + "/" + organizations + "/" + interactions);
		new SyntheticNetwork(seed, now).fill(network, contacts, organizations, interactions);
		return network;
	}

	/**
	 * Bulk lists are added with addAllUnique: the plain add checks each element against the whole
	 * list, which is quadratic at a million interactions.
	 */
	private void fill(Network network, int contactCount, int organizationCount, int interactionCount) {
		List<Organization> organizations = new ArrayList<>(organizationCount);
		for (int i = 0; i < organizationCount; i++) {
			organizations.add(organization(i));
		}
		((InternalEList<Organization>) network.getOrganizations()).addAllUnique(organizations);

		List<Contact> contacts = new ArrayList<>(contactCount);
		for (int i = 0; i < contactCount; i++) {
			Organization organization = organizations.isEmpty() || random.nextInt(3) > 0 ? null
					: organizations.get(random.nextInt(organizations.size()));
			contacts.add(contact(i, organization));
		}
		((InternalEList<Contact>) network.getContacts()).addAllUnique(contacts);

		List<Interaction> interactions = new ArrayList<>(interactionCount);
		for (int i = 0; i < interactionCount && !contacts.isEmpty(); i++) {
			interactions.add(interaction(i, contacts.get(random.nextInt(contacts.size()))));
		}
		((InternalEList<Interaction>) network.getInteractions()).addAllUnique(interactions);
	}

	private Organization organization(int index) {
		Organization organization = factory.createOrganization();
		organization.setName(pick(LAST) + " " + pick(TRADES) + " Association " + index);
		organization.setKind(OrganizationKind.get(random.nextInt(OrganizationKind.VALUES.size())));
		organization.setArea(pick(AREAS));
		organization.setLoveRating(random.nextInt(6));
		organization.setWebsite("https://org" + index + ".example");
		organization.setMission("Brings local businesses together around " + pick(TRADES).toLowerCase() + ".");
		return organization;
	}

	private Contact contact(int index, Organization organization) {
		Contact contact = factory.createContact();
		String first = pick(FIRST);
		String last = pick(LAST);
		contact.setFirstName(first);
		contact.setLastName(last);
		contact.getEmails().add(first.toLowerCase() + "." + last.toLowerCase() + index + "@example.com");
		contact.setBusiness(last + " " + pick(TRADES));
		contact.setRole("Owner");
		contact.setArea(pick(AREAS));
		contact.setHowFound("Walked past the shop");
		contact.setResearchNotes(NOTE);
		contact.setStage(RelationshipStage.get(random.nextInt(RelationshipStage.VALUES.size())));
		contact.setCreated(daysAgo(400));
		contact.setOrganization(organization);
		return contact;
	}

	private Interaction interaction(int index, Contact contact) {
		Interaction attempt = factory.createInteraction();
		attempt.setContact(contact);
		attempt.setChannel(Channel.EMAIL);
		attempt.setDirection(Direction.OUTBOUND);
		attempt.setIntent(Intent.GIVE);
		attempt.setSubject("Photos for " + contact.getBusiness() + " (" + index + ")");
		attempt.setBody(BODY);
		Date sent = daysAgo(365);
		attempt.setSentAt(sent);
		attempt.setMessageId("<" + index + ".synthetic@netcase.example>");
		boolean replied = random.nextInt(3) == 0;
		attempt.setStatus(replied ? AttemptStatus.REPLIED : AttemptStatus.NO_REPLY);
		if (replied) {
			attempt.setRepliedAt(Date.from(sent.toInstant().plus(Duration.ofHours(1 + random.nextInt(200)))));
			attempt.setReplySnippet("Thank you, that sounds lovely!");
		}
		return attempt;
	}

	private Date daysAgo(int maxDays) {
		return Date.from(now.minus(Duration.ofMinutes(random.nextInt(maxDays * 24 * 60))));
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}
}
