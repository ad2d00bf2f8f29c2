package org.netcase.model.internal;

import org.netcase.model.Contact;
import org.netcase.model.EmailTemplate;
import org.netcase.model.Experiment;
import org.netcase.model.FollowUp;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.Identified;
import org.netcase.model.Interaction;
import org.netcase.model.JournalEntry;
import org.netcase.model.MetricValue;
import org.netcase.model.Network;
import org.netcase.model.Opportunity;
import org.netcase.model.Organization;
import org.netcase.model.Owner;
import org.netcase.model.StageChange;
import org.netcase.model.Tag;
import org.netcase.model.impl.NetcaseFactoryImpl;

/**
 * The model's factory: every object it creates gets its intrinsic id at once, whether the UI,
 * an importer or EMF's own loading creates it (loading then sets the stored id). Interactions are
 * {@link DeferringInteraction}s, whose body a store may read only when it is first asked for.
 * <p>
 * plugin.xml installs it through the org.eclipse.emf.ecore.factory_override extension point, so
 * {@code NetcaseFactory.eINSTANCE} is this factory and src-gen/ stays pure generator output.
 * Outside OSGi, call {@code EcorePlugin.ExtensionProcessor.process(null)} before the first use of
 * the model, as for any plugin.xml registration.
 */
public final class IdAssigningFactory extends NetcaseFactoryImpl {

    @Override
    public Network createNetwork() {
        return identified(super.createNetwork());
    }

    @Override
    public Owner createOwner() {
        return identified(super.createOwner());
    }

    @Override
    public Contact createContact() {
        return identified(super.createContact());
    }

    @Override
    public Organization createOrganization() {
        return identified(super.createOrganization());
    }

    @Override
    public Interaction createInteraction() {
        return identified(new DeferringInteraction());
    }

    @Override
    public Opportunity createOpportunity() {
        return identified(super.createOpportunity());
    }

    @Override
    public StageChange createStageChange() {
        return identified(super.createStageChange());
    }

    @Override
    public Experiment createExperiment() {
        return identified(super.createExperiment());
    }

    @Override
    public GiveBackEntry createGiveBackEntry() {
        return identified(super.createGiveBackEntry());
    }

    @Override
    public JournalEntry createJournalEntry() {
        return identified(super.createJournalEntry());
    }

    @Override
    public MetricValue createMetricValue() {
        return identified(super.createMetricValue());
    }

    @Override
    public EmailTemplate createEmailTemplate() {
        return identified(super.createEmailTemplate());
    }

    @Override
    public Tag createTag() {
        return identified(super.createTag());
    }

    @Override
    public FollowUp createFollowUp() {
        return identified(super.createFollowUp());
    }

    private static <T extends Identified> T identified(T object) {
        object.setId(IntrinsicIds.newId());
        return object;
    }
}
