package org.netcase.model.tests;

import java.math.BigDecimal;

import org.netcase.model.AttemptStatus;
import org.netcase.model.Channel;
import org.netcase.model.Contact;
import org.netcase.model.Direction;
import org.netcase.model.EmailTemplate;
import org.netcase.model.Experiment;
import org.netcase.model.ExperimentStatus;
import org.netcase.model.FollowUp;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.GiveBackKind;
import org.netcase.model.Intent;
import org.netcase.model.Interaction;
import org.netcase.model.JournalEntry;
import org.netcase.model.MetricValue;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.Network;
import org.netcase.model.Opportunity;
import org.netcase.model.OpportunityKind;
import org.netcase.model.OpportunityStage;
import org.netcase.model.Organization;
import org.netcase.model.OrganizationKind;
import org.netcase.model.Owner;
import org.netcase.model.RelationshipStage;
import org.netcase.model.StageChange;
import org.netcase.model.Tag;

/** A small network with every class and feature in use, valid in every respect. */
final class SampleNetwork {

    private static final NetcaseFactory FACTORY = NetcaseFactory.eINSTANCE;

    final Network network = FACTORY.createNetwork();
    final Owner owner = FACTORY.createOwner();
    final Tag volunteering = FACTORY.createTag();
    final Organization rotary = FACTORY.createOrganization();
    final Contact jane = FACTORY.createContact();
    final EmailTemplate introduction = FACTORY.createEmailTemplate();
    final Experiment outreach = FACTORY.createExperiment();
    final Interaction coffeeEmail = FACTORY.createInteraction();
    final Opportunity funRun = FACTORY.createOpportunity();
    final GiveBackEntry foodBankHours = FACTORY.createGiveBackEntry();
    final JournalEntry firstWeek = FACTORY.createJournalEntry();
    final FollowUp callJane = FACTORY.createFollowUp();

    SampleNetwork() {
        network.setName("Alex's network");
        network.setOwner(owner);
        owner.setName("Alex Smith");
        owner.setBusiness("Smith Bikes");
        owner.setEmail("alex@smithbikes.example");
        owner.setArea("Riverside");

        volunteering.setName("volunteering");
        network.getTags().add(volunteering);

        rotary.setName("Riverside Rotary");
        rotary.setKind(OrganizationKind.CLUB);
        rotary.setWebsite("https://rotary.example");
        rotary.setArea("Riverside");
        rotary.setMission("Service above self");
        rotary.setLoveRating(4);
        rotary.setBenefitToMe("Meet local business owners");
        rotary.setBenefitToThem("A bike mechanic for the fun run");
        rotary.setHowIGiveBack("Free bike checks");
        rotary.getTags().add(volunteering);
        network.getOrganizations().add(rotary);

        jane.setFirstName("Jane");
        jane.setLastName("Doe");
        jane.getEmails().add("jane@rotary.example");
        jane.getEmails().add("jane.doe@mail.example");
        jane.setPhone("+1 555 0100");
        jane.setBusiness("Doe Bakery");
        jane.setRole("Club secretary");
        jane.setWebsite("https://doebakery.example");
        jane.setArea("Riverside");
        jane.setHowFound("Chamber breakfast");
        jane.setResearchNotes("Runs the fun run.\nLikes early mornings.");
        jane.getTags().add(volunteering);
        jane.setOrganization(rotary);
        jane.setStage(RelationshipStage.CONVERSING);
        jane.setCreated(Dates.at("2026-10-01T09:00:00Z"));
        network.getContacts().add(jane);

        introduction.setName("Introduction");
        introduction.setSubject("Coffee next week?");
        introduction.setBody("Hi {firstName}, ...");
        introduction.setIntent(Intent.ASK);
        network.getTemplates().add(introduction);

        outreach.setName("Ten emails in November");
        outreach.setKindId("org.netcase.experiment.outreach");
        outreach.setHypothesis("Personal emails get replies");
        outreach.setStart(Dates.at("2026-11-01T00:00:00Z"));
        outreach.setEnd(Dates.at("2026-11-30T00:00:00Z"));
        outreach.setTarget(10);
        outreach.setStatus(ExperimentStatus.RUNNING);
        network.getExperiments().add(outreach);

        coffeeEmail.setContact(jane);
        coffeeEmail.setOrganization(rotary);
        coffeeEmail.setChannel(Channel.EMAIL);
        coffeeEmail.setDirection(Direction.OUTBOUND);
        coffeeEmail.setIntent(Intent.ASK);
        coffeeEmail.setSubject("Coffee next week?");
        coffeeEmail.setBody("Hi Jane, ...");
        coffeeEmail.setTemplate(introduction);
        coffeeEmail.setPersonalization("Loved the fun run photos.");
        coffeeEmail.setStatus(AttemptStatus.REPLIED);
        coffeeEmail.setSentAt(Dates.at("2026-11-02T10:00:00Z"));
        coffeeEmail.setRepliedAt(Dates.at("2026-11-03T08:30:00Z"));
        coffeeEmail.setReplySnippet("Sure, Tuesday?");
        coffeeEmail.setMessageId("<1@smithbikes.example>");
        coffeeEmail.setReplyMessageId("<2@rotary.example>");
        coffeeEmail.setExperiment(outreach);
        network.getInteractions().add(coffeeEmail);

        funRun.setTitle("Spring fun run");
        funRun.setOrganization(rotary);
        funRun.setKind(OpportunityKind.SPONSORSHIP);
        funRun.setStage(OpportunityStage.PROPOSED);
        funRun.getStageHistory().add(stageChange(OpportunityStage.BRAINSTORMED, "2026-11-02T10:00:00Z", "Idea"));
        funRun.getStageHistory().add(stageChange(OpportunityStage.PROPOSED, "2026-11-05T10:00:00Z", "Sent offer"));
        funRun.setEventName("Riverside Fun Run");
        funRun.setEventDate(Dates.at("2027-04-10T08:00:00Z"));
        funRun.setMoney(new BigDecimal("150.00"));
        funRun.setHours(6.5);
        funRun.setInKindValue(new BigDecimal("80"));
        funRun.setInKindDescription("Bike checks at the start");
        funRun.setNextStep("Call Jane");
        funRun.setNextStepDue(Dates.at("2026-11-20T09:00:00Z"));
        funRun.setExperiment(outreach);
        network.getOpportunities().add(funRun);

        foodBankHours.setKind(GiveBackKind.HOURS);
        foodBankHours.setDescription("Helped at the food bank");
        foodBankHours.setValue(BigDecimal.ZERO);
        foodBankHours.setHours(3);
        foodBankHours.setDate(Dates.at("2026-11-07T14:00:00Z"));
        foodBankHours.setToContact(jane);
        foodBankHours.setToOrganization(rotary);
        foodBankHours.setOpportunity(funRun);
        foodBankHours.setAttempt(coffeeEmail);
        network.getGiveBacks().add(foodBankHours);

        firstWeek.setWeekStart(Dates.at("2026-11-16T00:00:00Z"));
        firstWeek.setTitle("First week");
        firstWeek.setText("Sent three emails.");
        firstWeek.getExperiments().add(outreach);
        firstWeek.getMetrics().add(metric("replied", 1, 3, "1 of 3 replied"));
        network.getJournalEntries().add(firstWeek);

        callJane.setDue(Dates.at("2026-11-20T09:00:00Z"));
        callJane.setNote("Call Jane about the fun run");
        callJane.setContact(jane);
        callJane.setOrganization(rotary);
        callJane.setInteraction(coffeeEmail);
        network.getFollowUps().add(callJane);
    }

    private static StageChange stageChange(OpportunityStage stage, String date, String note) {
        StageChange change = FACTORY.createStageChange();
        change.setStage(stage);
        change.setDate(Dates.at(date));
        change.setNote(note);
        return change;
    }

    private static MetricValue metric(String name, int count, int outOf, String text) {
        MetricValue metric = FACTORY.createMetricValue();
        metric.setName(name);
        metric.setCount(count);
        metric.setOutOf(outOf);
        metric.setText(text);
        return metric;
    }
}
