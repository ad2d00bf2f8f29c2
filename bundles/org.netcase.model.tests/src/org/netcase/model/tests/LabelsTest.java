package org.netcase.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netcase.model.Direction;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.NetcasePackage;
import org.netcase.model.edit.ReadableItemProviderAdapterFactory;
import org.netcase.model.internal.ModelClock;

class LabelsTest {

    private final SampleNetwork sample = new SampleNetwork();
    private final ReadableItemProviderAdapterFactory adapterFactory = new ReadableItemProviderAdapterFactory();

    @BeforeEach
    void fixTime() {
        ModelClock.set(Dates.fixedClock());
    }

    @AfterEach
    void releaseTime() {
        adapterFactory.dispose();
        ModelClock.reset();
    }

    @Test
    void peopleAndPlacesAreLabelledByName() {
        assertThat(labelOf(sample.jane)).isEqualTo("Jane Doe");
        assertThat(labelOf(sample.rotary)).isEqualTo("Riverside Rotary");
        assertThat(labelOf(sample.outreach)).isEqualTo("Ten emails in November");
        assertThat(labelOf(sample.owner)).isEqualTo("Alex Smith");
        assertThat(labelOf(sample.network)).isEqualTo("Alex's network");
        assertThat(labelOf(sample.introduction)).isEqualTo("Introduction");
        assertThat(labelOf(sample.volunteering)).isEqualTo("volunteering");
    }

    @Test
    void anObjectWithoutNameIsLabelledByItsType() {
        assertThat(labelOf(NetcaseFactory.eINSTANCE.createContact())).isEqualTo("Contact (no name)");
        assertThat(labelOf(NetcaseFactory.eINSTANCE.createEmailTemplate())).isEqualTo("Email Template (no name)");
    }

    @Test
    void anInteractionSaysHowWhoWhatAndWhereItStands() {
        assertThat(labelOf(sample.coffeeEmail)).isEqualTo("Email to Jane Doe: Coffee next week? (replied)");

        sample.coffeeEmail.setDirection(Direction.INBOUND);
        sample.coffeeEmail.setSubject(null);
        assertThat(labelOf(sample.coffeeEmail)).isEqualTo("Email from Jane Doe: (no subject) (replied)");
    }

    @Test
    void anOpportunityShowsItsOrganizationAndStage() {
        assertThat(labelOf(sample.funRun)).isEqualTo("Spring fun run \u2014 Riverside Rotary (proposed)");
        assertThat(labelOf(sample.funRun.getStageHistory().get(0))).isEqualTo("Brainstormed on 2026-11-02");
    }

    @Test
    void journalGiveBackMetricAndFollowUpLabelsReadAsSentences() {
        assertThat(labelOf(sample.firstWeek)).isEqualTo("Week of 2026-11-16: First week");
        assertThat(labelOf(sample.foodBankHours)).isEqualTo("Hours: Helped at the food bank");
        assertThat(labelOf(sample.firstWeek.getMetrics().get(0))).isEqualTo("replied: 1 of 3");
        assertThat(labelOf(sample.callJane)).isEqualTo("Call Jane about the fun run by 2026-11-20");

        sample.callJane.setNote(null);
        sample.callJane.setDone(true);
        assertThat(labelOf(sample.callJane)).isEqualTo("Follow up with Jane Doe by 2026-11-20 (done)");
    }

    @Test
    void theRegisteredFactoryIsTheOneWithReadableLabels() {
        ComposedAdapterFactory registered = new ComposedAdapterFactory(
                ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        try {
            IItemLabelProvider labels = (IItemLabelProvider) registered.adapt(sample.jane, IItemLabelProvider.class);

            assertThat(labels.getText(sample.jane)).isEqualTo("Jane Doe");
            assertThat(ComposedAdapterFactory.Descriptor.Registry.INSTANCE
                    .getDescriptor(List.of(NetcasePackage.eNS_URI, IItemLabelProvider.class.getName()))
                    .createAdapterFactory()).isInstanceOf(ReadableItemProviderAdapterFactory.class);
        } finally {
            registered.dispose();
        }
    }

    private String labelOf(EObject object) {
        return ((IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class)).getText(object);
    }
}
