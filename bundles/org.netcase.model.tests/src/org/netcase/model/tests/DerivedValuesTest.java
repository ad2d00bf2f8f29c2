package org.netcase.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netcase.model.AttemptStatus;
import org.netcase.model.Contact;
import org.netcase.model.Interaction;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.NetcasePackage.Literals;
import org.netcase.model.internal.ModelClock;

class DerivedValuesTest {

    private final Contact jane = NetcaseFactory.eINSTANCE.createContact();

    @BeforeEach
    void fixTime() {
        ModelClock.set(Dates.fixedClock());
    }

    @AfterEach
    void releaseTime() {
        ModelClock.reset();
    }

    @Test
    void nameJoinsFirstAndLastName() {
        jane.setFirstName("Jane");
        jane.setLastName("Doe");

        assertThat(jane.getName()).isEqualTo("Jane Doe");
    }

    @Test
    void nameOfAContactWithOneNameHasNoStraySpace() {
        jane.setLastName("Doe");
        assertThat(jane.getName()).isEqualTo("Doe");

        jane.setLastName(null);
        jane.setFirstName("Jane");
        assertThat(jane.getName()).isEqualTo("Jane");
    }

    @Test
    void nameFollowsChangesBecauseItIsComputedNotStored() {
        jane.setFirstName("Jane");
        jane.setFirstName("Janet");

        assertThat(jane.getName()).isEqualTo("Janet");
        assertThat(Literals.CONTACT__NAME.isDerived()).isTrue();
        assertThat(Literals.CONTACT__NAME.isTransient()).isTrue();
        assertThat(Literals.CONTACT__NAME.isChangeable()).isFalse();
    }

    @Test
    void lastContactedIsTheLatestSendAndIgnoresDrafts() {
        interaction(AttemptStatus.SENT, "2026-11-02T10:00:00Z");
        interaction(AttemptStatus.REPLIED, "2026-11-10T10:00:00Z");
        interaction(AttemptStatus.NO_REPLY, "2026-11-05T10:00:00Z");
        interaction(AttemptStatus.DRAFT, "2026-11-14T10:00:00Z");

        assertThat(jane.getLastContacted()).isEqualTo(Dates.at("2026-11-10T10:00:00Z"));
    }

    @Test
    void lastContactedIsNullWhileNothingWasSent() {
        assertThat(jane.getLastContacted()).isNull();

        interaction(AttemptStatus.DRAFT, "2026-11-14T10:00:00Z");

        assertThat(jane.getLastContacted()).isNull();
    }

    @Test
    void daysWaitingCountsWholeDaysUntilNowWhileNoReplyCame() {
        Interaction email = interaction(AttemptStatus.SENT, "2026-11-09T13:00:00Z");

        assertThat(email.getDaysWaiting()).isEqualTo(6);
    }

    @Test
    void daysWaitingFollowsTheClock() {
        Interaction email = interaction(AttemptStatus.SENT, "2026-11-09T12:00:00Z");

        assertThat(email.getDaysWaiting()).isEqualTo(7);
    }

    @Test
    void daysWaitingStopsAtTheReply() {
        Interaction email = interaction(AttemptStatus.REPLIED, "2026-11-02T10:00:00Z");
        email.setRepliedAt(Dates.at("2026-11-05T09:00:00Z"));

        assertThat(email.getDaysWaiting()).isEqualTo(2);
    }

    @Test
    void daysWaitingIsMinusOneForWhatWasNotSent() {
        Interaction draft = interaction(AttemptStatus.DRAFT, "2026-11-02T10:00:00Z");
        Interaction undated = interaction(AttemptStatus.SENT, null);

        assertThat(draft.getDaysWaiting()).isEqualTo(-1);
        assertThat(undated.getDaysWaiting()).isEqualTo(-1);
    }

    private Interaction interaction(AttemptStatus status, String sentAt) {
        Interaction interaction = NetcaseFactory.eINSTANCE.createInteraction();
        interaction.setStatus(status);
        interaction.setSentAt(sentAt == null ? null : Dates.at(sentAt));
        interaction.setContact(jane);
        return interaction;
    }
}
