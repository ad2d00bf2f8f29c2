package org.netcase.core.sample;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.netcase.model.Contact;
import org.netcase.model.EmailTemplate;
import org.netcase.model.Experiment;
import org.netcase.model.FollowUp;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.GiveBackKind;
import org.netcase.model.Intent;
import org.netcase.model.Interaction;
import org.netcase.model.JournalEntry;
import org.netcase.model.MetricValue;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.Network;
import org.netcase.model.Organization;
import org.netcase.model.Owner;
import org.netcase.model.Tag;

/**
 * The sample case study a new user sees first: Maya, a local photographer, ten days into her two
 * networking experiments (ten emails asking nothing back; getting involved with a festival), with
 * her weekly review. Every date is relative to the clock, so the sample always looks current and
 * tests can fix it.
 */
public final class SampleCaseStudy {

	private static final String COMMUNITY = "community";

	private final NetcaseFactory factory = NetcaseFactory.eINSTANCE;
	private final SampleTimeline timeline;
	private final Network network = factory.createNetwork();

	private SampleCaseStudy(Clock clock) {
		this.timeline = new SampleTimeline(clock);
	}

	/** Builds a new sample network, dated relative to the clock's today. */
	public static Network create(Clock clock) {
		return new SampleCaseStudy(clock).build();
	}

	/** Fills the sample template's placeholders; the same syntax the template shows the user. */
	static String fillTemplate(String body, String firstName, String personalization) {
		return body.replace("{firstName}", firstName).replace("{personalization}", personalization);
	}

	private Network build() {
		network.setName("Maya's networking case study");
		network.setOwner(owner());
		Map<String, Tag> tags = tags();
		EmailTemplate template = template();
		Experiment outreach = new SampleOutreach(network, timeline, tags, template).build();
		Organization festival = new SampleInvolvement(network, timeline).build(tags.get(COMMUNITY));
		Interaction bakeryEmail = outreach.getAttempts().get(0);
		network.getGiveBacks().add(bakeryShoot(bakeryEmail));
		network.getFollowUps().add(followUp("Bring Sofia prints of the morning bake for the shop wall.", 2,
				bakeryEmail.getContact(), null, bakeryEmail));
		network.getFollowUps().add(followUp("Send the festival proposal to Ingrid.", 3, null, festival, null));
		Experiment involvement = festival.getOpportunities().get(0).getExperiment();
		network.getJournalEntries().add(twoWeeksIn(outreach, involvement));
		return network;
	}

	private Owner owner() {
		Owner owner = factory.createOwner();
		owner.setName("Maya Lindqvist");
		owner.setBusiness("Lindqvist Photography");
		owner.setEmail("maya@lindqvistphotography.example");
		owner.setArea(SampleOutreach.AREA + ", Riverton");
		return owner;
	}

	private Map<String, Tag> tags() {
		Map<String, Tag> tags = new LinkedHashMap<>();
		for (String name : new String[] { SampleNeighbours.FOOD_AND_DRINK, SampleNeighbours.MAKERS,
				SampleNeighbours.WELLBEING, SampleNeighbours.DESIGN, COMMUNITY }) {
			Tag tag = factory.createTag();
			tag.setName(name);
			network.getTags().add(tag);
			tags.put(name, tag);
		}
		return tags;
	}

	private EmailTemplate template() {
		EmailTemplate template = factory.createEmailTemplate();
		template.setName("Give first: one specific offer");
		template.setIntent(Intent.GIVE);
		template.setSubject("Something for {business}, no strings attached");
		template.setBody("""
				Hi {firstName},

				{personalization}

				There is nothing you need to do in return, and no need to answer unless you would like the photos. \
				I simply like what you are building here in the Harbour District.

				All the best,
				Maya Lindqvist
				Lindqvist Photography""");
		network.getTemplates().add(template);
		return template;
	}

	private GiveBackEntry bakeryShoot(Interaction bakeryEmail) {
		GiveBackEntry entry = factory.createGiveBackEntry();
		entry.setKind(GiveBackKind.IN_KIND);
		entry.setDescription("Photographed the morning bake at Marino's Bakehouse and delivered 14 edited photos.");
		entry.setValue(new BigDecimal("250"));
		entry.setHours(3);
		entry.setDate(timeline.daysAgo(5, 6, 30));
		entry.setToContact(bakeryEmail.getContact());
		entry.setAttempt(bakeryEmail);
		return entry;
	}

	private FollowUp followUp(String note, int dueInDays, Contact contact, Organization organization,
			Interaction interaction) {
		FollowUp followUp = factory.createFollowUp();
		followUp.setNote(note);
		followUp.setDue(timeline.daysAhead(dueInDays, 12, 0));
		followUp.setContact(contact);
		followUp.setOrganization(organization);
		followUp.setInteraction(interaction);
		return followUp;
	}

	private JournalEntry twoWeeksIn(Experiment outreach, Experiment involvement) {
		JournalEntry entry = factory.createJournalEntry();
		entry.setWeekStart(timeline.mondayOfThisWeek());
		entry.setTitle("Two weeks in, now what");
		entry.setText("""
				Ten emails out, each one written for one person. Three real answers, all within four days: \
				the bakery, the yoga studio and the café. The florist's out-of-office does not count. \
				Three windows closed without a word, and I notice how much that stings; \
				writing the emails was the fun part, waiting is not.

				The festival went better than the inbox: a call, a visit, and a concrete next step.

				Next week: deliver what I promised to the three who answered, send the festival proposal, \
				and leave the silent ones alone. No chasing; the experiment is about giving.""");
		entry.getExperiments().add(outreach);
		entry.getExperiments().add(involvement);
		entry.getMetrics().add(metric("emails sent", 10, 10, "the target was 10"));
		entry.getMetrics().add(metric("replied within 7 days", 3, 10, "median 2 days (1, 2 and 4 days)"));
		entry.getMetrics().add(metric("still waiting", 3, 10, "sent less than 7 days ago"));
		entry.getMetrics().add(metric("no reply after 7 days", 4, 10, "includes one out-of-office auto-reply"));
		return entry;
	}

	private MetricValue metric(String name, int count, int outOf, String text) {
		MetricValue metric = factory.createMetricValue();
		metric.setName(name);
		metric.setCount(count);
		metric.setOutOf(outOf);
		metric.setText(text);
		return metric;
	}
}
