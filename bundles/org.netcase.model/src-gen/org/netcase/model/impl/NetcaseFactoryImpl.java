/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.netcase.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NetcaseFactoryImpl extends EFactoryImpl implements NetcaseFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static NetcaseFactory init() {
		try {
			NetcaseFactory theNetcaseFactory = (NetcaseFactory)EPackage.Registry.INSTANCE.getEFactory(NetcasePackage.eNS_URI);
			if (theNetcaseFactory != null) {
				return theNetcaseFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new NetcaseFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetcaseFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case NetcasePackage.NETWORK: return createNetwork();
			case NetcasePackage.OWNER: return createOwner();
			case NetcasePackage.CONTACT: return createContact();
			case NetcasePackage.ORGANIZATION: return createOrganization();
			case NetcasePackage.INTERACTION: return createInteraction();
			case NetcasePackage.OPPORTUNITY: return createOpportunity();
			case NetcasePackage.STAGE_CHANGE: return createStageChange();
			case NetcasePackage.EXPERIMENT: return createExperiment();
			case NetcasePackage.GIVE_BACK_ENTRY: return createGiveBackEntry();
			case NetcasePackage.JOURNAL_ENTRY: return createJournalEntry();
			case NetcasePackage.METRIC_VALUE: return createMetricValue();
			case NetcasePackage.EMAIL_TEMPLATE: return createEmailTemplate();
			case NetcasePackage.TAG: return createTag();
			case NetcasePackage.FOLLOW_UP: return createFollowUp();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case NetcasePackage.ORGANIZATION_KIND:
				return createOrganizationKindFromString(eDataType, initialValue);
			case NetcasePackage.RELATIONSHIP_STAGE:
				return createRelationshipStageFromString(eDataType, initialValue);
			case NetcasePackage.CHANNEL:
				return createChannelFromString(eDataType, initialValue);
			case NetcasePackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case NetcasePackage.INTENT:
				return createIntentFromString(eDataType, initialValue);
			case NetcasePackage.ATTEMPT_STATUS:
				return createAttemptStatusFromString(eDataType, initialValue);
			case NetcasePackage.OPPORTUNITY_KIND:
				return createOpportunityKindFromString(eDataType, initialValue);
			case NetcasePackage.OPPORTUNITY_STAGE:
				return createOpportunityStageFromString(eDataType, initialValue);
			case NetcasePackage.EXPERIMENT_STATUS:
				return createExperimentStatusFromString(eDataType, initialValue);
			case NetcasePackage.GIVE_BACK_KIND:
				return createGiveBackKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case NetcasePackage.ORGANIZATION_KIND:
				return convertOrganizationKindToString(eDataType, instanceValue);
			case NetcasePackage.RELATIONSHIP_STAGE:
				return convertRelationshipStageToString(eDataType, instanceValue);
			case NetcasePackage.CHANNEL:
				return convertChannelToString(eDataType, instanceValue);
			case NetcasePackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case NetcasePackage.INTENT:
				return convertIntentToString(eDataType, instanceValue);
			case NetcasePackage.ATTEMPT_STATUS:
				return convertAttemptStatusToString(eDataType, instanceValue);
			case NetcasePackage.OPPORTUNITY_KIND:
				return convertOpportunityKindToString(eDataType, instanceValue);
			case NetcasePackage.OPPORTUNITY_STAGE:
				return convertOpportunityStageToString(eDataType, instanceValue);
			case NetcasePackage.EXPERIMENT_STATUS:
				return convertExperimentStatusToString(eDataType, instanceValue);
			case NetcasePackage.GIVE_BACK_KIND:
				return convertGiveBackKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Network createNetwork() {
		NetworkImpl network = new NetworkImpl();
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Owner createOwner() {
		OwnerImpl owner = new OwnerImpl();
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization createOrganization() {
		OrganizationImpl organization = new OrganizationImpl();
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interaction createInteraction() {
		InteractionImpl interaction = new InteractionImpl();
		return interaction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Opportunity createOpportunity() {
		OpportunityImpl opportunity = new OpportunityImpl();
		return opportunity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageChange createStageChange() {
		StageChangeImpl stageChange = new StageChangeImpl();
		return stageChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment createExperiment() {
		ExperimentImpl experiment = new ExperimentImpl();
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GiveBackEntry createGiveBackEntry() {
		GiveBackEntryImpl giveBackEntry = new GiveBackEntryImpl();
		return giveBackEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JournalEntry createJournalEntry() {
		JournalEntryImpl journalEntry = new JournalEntryImpl();
		return journalEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricValue createMetricValue() {
		MetricValueImpl metricValue = new MetricValueImpl();
		return metricValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmailTemplate createEmailTemplate() {
		EmailTemplateImpl emailTemplate = new EmailTemplateImpl();
		return emailTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tag createTag() {
		TagImpl tag = new TagImpl();
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FollowUp createFollowUp() {
		FollowUpImpl followUp = new FollowUpImpl();
		return followUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganizationKind createOrganizationKindFromString(EDataType eDataType, String initialValue) {
		OrganizationKind result = OrganizationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganizationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationshipStage createRelationshipStageFromString(EDataType eDataType, String initialValue) {
		RelationshipStage result = RelationshipStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationshipStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel createChannelFromString(EDataType eDataType, String initialValue) {
		Channel result = Channel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Intent createIntentFromString(EDataType eDataType, String initialValue) {
		Intent result = Intent.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttemptStatus createAttemptStatusFromString(EDataType eDataType, String initialValue) {
		AttemptStatus result = AttemptStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttemptStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OpportunityKind createOpportunityKindFromString(EDataType eDataType, String initialValue) {
		OpportunityKind result = OpportunityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOpportunityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OpportunityStage createOpportunityStageFromString(EDataType eDataType, String initialValue) {
		OpportunityStage result = OpportunityStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOpportunityStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExperimentStatus createExperimentStatusFromString(EDataType eDataType, String initialValue) {
		ExperimentStatus result = ExperimentStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExperimentStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GiveBackKind createGiveBackKindFromString(EDataType eDataType, String initialValue) {
		GiveBackKind result = GiveBackKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGiveBackKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetcasePackage getNetcasePackage() {
		return (NetcasePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static NetcasePackage getPackage() {
		return NetcasePackage.eINSTANCE;
	}

} //NetcaseFactoryImpl
