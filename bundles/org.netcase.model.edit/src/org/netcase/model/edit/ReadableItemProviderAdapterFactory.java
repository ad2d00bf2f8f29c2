package org.netcase.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EObject;
import org.netcase.model.edit.internal.Labels;
import org.netcase.model.provider.ContactItemProvider;
import org.netcase.model.provider.EmailTemplateItemProvider;
import org.netcase.model.provider.ExperimentItemProvider;
import org.netcase.model.provider.FollowUpItemProvider;
import org.netcase.model.provider.GiveBackEntryItemProvider;
import org.netcase.model.provider.InteractionItemProvider;
import org.netcase.model.provider.JournalEntryItemProvider;
import org.netcase.model.provider.MetricValueItemProvider;
import org.netcase.model.provider.NetcaseItemProviderAdapterFactory;
import org.netcase.model.provider.NetworkItemProvider;
import org.netcase.model.provider.OpportunityItemProvider;
import org.netcase.model.provider.OrganizationItemProvider;
import org.netcase.model.provider.OwnerItemProvider;
import org.netcase.model.provider.StageChangeItemProvider;
import org.netcase.model.provider.TagItemProvider;

/**
 * The item provider adapter factory to use for Netcase objects: the generated item providers
 * with labels people read ("Jane Doe", "Email to Jane Doe: Coffee? (sent)") instead of the
 * generated "Contact 4f1c...". plugin.xml registers this factory, so a ComposedAdapterFactory
 * built from the registry uses it; create it directly otherwise, never the generated superclass.
 * <p>
 * The labels live here, not in src-gen/, so that the generated code stays untouched.
 */
public class ReadableItemProviderAdapterFactory extends NetcaseItemProviderAdapterFactory {

    @Override
    public Adapter createNetworkAdapter() {
        if (networkItemProvider == null) {
            networkItemProvider = new NetworkItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return networkItemProvider;
    }

    @Override
    public Adapter createOwnerAdapter() {
        if (ownerItemProvider == null) {
            ownerItemProvider = new OwnerItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return ownerItemProvider;
    }

    @Override
    public Adapter createContactAdapter() {
        if (contactItemProvider == null) {
            contactItemProvider = new ContactItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return contactItemProvider;
    }

    @Override
    public Adapter createOrganizationAdapter() {
        if (organizationItemProvider == null) {
            organizationItemProvider = new OrganizationItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return organizationItemProvider;
    }

    @Override
    public Adapter createInteractionAdapter() {
        if (interactionItemProvider == null) {
            interactionItemProvider = new InteractionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return interactionItemProvider;
    }

    @Override
    public Adapter createOpportunityAdapter() {
        if (opportunityItemProvider == null) {
            opportunityItemProvider = new OpportunityItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return opportunityItemProvider;
    }

    @Override
    public Adapter createStageChangeAdapter() {
        if (stageChangeItemProvider == null) {
            stageChangeItemProvider = new StageChangeItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return stageChangeItemProvider;
    }

    @Override
    public Adapter createExperimentAdapter() {
        if (experimentItemProvider == null) {
            experimentItemProvider = new ExperimentItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return experimentItemProvider;
    }

    @Override
    public Adapter createGiveBackEntryAdapter() {
        if (giveBackEntryItemProvider == null) {
            giveBackEntryItemProvider = new GiveBackEntryItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return giveBackEntryItemProvider;
    }

    @Override
    public Adapter createJournalEntryAdapter() {
        if (journalEntryItemProvider == null) {
            journalEntryItemProvider = new JournalEntryItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return journalEntryItemProvider;
    }

    @Override
    public Adapter createMetricValueAdapter() {
        if (metricValueItemProvider == null) {
            metricValueItemProvider = new MetricValueItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return metricValueItemProvider;
    }

    @Override
    public Adapter createEmailTemplateAdapter() {
        if (emailTemplateItemProvider == null) {
            emailTemplateItemProvider = new EmailTemplateItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return emailTemplateItemProvider;
    }

    @Override
    public Adapter createTagAdapter() {
        if (tagItemProvider == null) {
            tagItemProvider = new TagItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return tagItemProvider;
    }

    @Override
    public Adapter createFollowUpAdapter() {
        if (followUpItemProvider == null) {
            followUpItemProvider = new FollowUpItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.of((EObject) object);
                }
            };
        }
        return followUpItemProvider;
    }
}
