package org.netcase.core.sample;

import java.util.Map;

import org.netcase.core.sample.Neighbour.Answer;
import org.netcase.core.sample.Neighbour.SentEmail;
import org.netcase.model.AttemptStatus;
import org.netcase.model.Channel;
import org.netcase.model.Contact;
import org.netcase.model.Direction;
import org.netcase.model.EmailTemplate;
import org.netcase.model.Experiment;
import org.netcase.model.ExperimentStatus;
import org.netcase.model.Intent;
import org.netcase.model.Interaction;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.Network;
import org.netcase.model.RelationshipStage;
import org.netcase.model.Tag;

/** Experiment 1 of the sample: ten researched neighbours, one specific email each, nothing asked. */
final class SampleOutreach {

	static final String KIND_ID = "org.netcase.experiment.outreach";
	static final int REPLY_WINDOW_DAYS = 7;
	static final String AREA = "Harbour District";
	private static final String MAIL_DOMAIN = "@lindqvistphotography.example>";

	private final NetcaseFactory factory = NetcaseFactory.eINSTANCE;
	private final Network network;
	private final SampleTimeline timeline;
	private final Map<String, Tag> tags;
	private final EmailTemplate template;

	SampleOutreach(Network network, SampleTimeline timeline, Map<String, Tag> tags, EmailTemplate template) {
		this.network = network;
		this.timeline = timeline;
		this.tags = tags;
		this.template = template;
	}

	Experiment build() {
		Experiment experiment = factory.createExperiment();
		experiment.setName("Ten emails, nothing asked");
		experiment.setKindId(KIND_ID);
		experiment.setHypothesis(
				"If I write ten neighbours a specific offer and ask for nothing back, at least three of them will answer within a week.");
		experiment.setStart(timeline.daysAgo(10, 8, 0));
		experiment.setEnd(timeline.daysAhead(18, 18, 0));
		experiment.setTarget(10);
		experiment.setReplyWindowDays(REPLY_WINDOW_DAYS);
		experiment.setStatus(ExperimentStatus.RUNNING);
		network.getExperiments().add(experiment);
		int number = 1;
		for (Neighbour neighbour : SampleNeighbours.all()) {
			Contact contact = contact(neighbour);
			network.getContacts().add(contact);
			Interaction email = email(contact, neighbour.sentEmail(), number++);
			email.setExperiment(experiment);
			network.getInteractions().add(email);
			contact.setStage(email.getStatus() == AttemptStatus.REPLIED ? RelationshipStage.CONVERSING
					: RelationshipStage.CONTACTED);
		}
		return experiment;
	}

	private Contact contact(Neighbour neighbour) {
		Contact contact = factory.createContact();
		contact.setFirstName(neighbour.firstName());
		contact.setLastName(neighbour.lastName());
		contact.getEmails().add(neighbour.email());
		contact.setBusiness(neighbour.business());
		contact.setRole(neighbour.role());
		contact.setWebsite(neighbour.website());
		contact.setArea(AREA);
		contact.setHowFound(neighbour.howFound());
		contact.setResearchNotes(neighbour.researchNotes());
		contact.getTags().add(tags.get(neighbour.tag()));
		contact.setCreated(timeline.daysAgo(12, 20, 0));
		return contact;
	}

	private Interaction email(Contact contact, SentEmail sent, int number) {
		Interaction email = factory.createInteraction();
		email.setContact(contact);
		email.setChannel(Channel.EMAIL);
		email.setDirection(Direction.OUTBOUND);
		email.setIntent(Intent.GIVE);
		email.setTemplate(template);
		email.setSubject(sent.subject());
		email.setPersonalization(sent.personalization());
		email.setBody(SampleCaseStudy.fillTemplate(template.getBody(), contact.getFirstName(), sent.personalization()));
		email.setSentAt(timeline.daysAgo(sent.daysAgo(), sent.hour(), sent.minute()));
		email.setMessageId("<outreach-" + number + MAIL_DOMAIN);
		recordAnswer(email, sent.answer());
		return email;
	}

	private void recordAnswer(Interaction email, Answer answer) {
		switch (answer.kind()) {
		case REPLY -> {
			email.setStatus(AttemptStatus.REPLIED);
			email.setRepliedAt(timeline.daysAgo(answer.daysAgo(), answer.hour(), answer.minute()));
			email.setReplySnippet(answer.snippet());
		}
		// An out-of-office message is not an answer: the reply window keeps running.
		case AUTO_REPLY -> {
			email.setStatus(AttemptStatus.AUTO_REPLY);
			email.setReplySnippet(answer.snippet());
		}
		case NONE -> email.setStatus(timeline.daysHavePassedSince(email.getSentAt(), REPLY_WINDOW_DAYS)
				? AttemptStatus.NO_REPLY
				: AttemptStatus.SENT);
		}
	}
}
