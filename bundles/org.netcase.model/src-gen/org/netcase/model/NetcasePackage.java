/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.netcase.model.NetcaseFactory
 * @model kind="package"
 * @generated
 */
public interface NetcasePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.netcase.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "netcase";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NetcasePackage eINSTANCE = org.netcase.model.impl.NetcasePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.IdentifiedImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.NetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.NetworkImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__OWNER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__CONTACTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ORGANIZATIONS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Interactions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__INTERACTIONS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Opportunities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__OPPORTUNITIES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Experiments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__EXPERIMENTS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Give Backs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__GIVE_BACKS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Journal Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__JOURNAL_ENTRIES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__TEMPLATES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__TAGS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Follow Ups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__FOLLOW_UPS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.OwnerImpl <em>Owner</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.OwnerImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getOwner()
	 * @generated
	 */
	int OWNER = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Business</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER__BUSINESS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER__EMAIL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER__AREA = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Owner</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Owner</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.ContactImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>First Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__FIRST_NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Last Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__LAST_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Emails</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAILS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Business</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__BUSINESS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ROLE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Website</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__WEBSITE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__AREA = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>How Found</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__HOW_FOUND = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Research Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__RESEARCH_NOTES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__TAGS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__STAGE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CREATED = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Interactions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__INTERACTIONS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Last Contacted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__LAST_CONTACTED = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.OrganizationImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Website</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__WEBSITE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__AREA = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__MISSION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>People</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__PEOPLE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Love Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__LOVE_RATING = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Benefit To Me</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__BENEFIT_TO_ME = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Benefit To Them</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__BENEFIT_TO_THEM = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>How IGive Back</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__HOW_IGIVE_BACK = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__TAGS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Opportunities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__OPPORTUNITIES = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Interactions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__INTERACTIONS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.InteractionImpl <em>Interaction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.InteractionImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getInteraction()
	 * @generated
	 */
	int INTERACTION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__CONTACT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__CHANNEL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__DIRECTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Intent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__INTENT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__SUBJECT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__BODY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__TEMPLATE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Personalization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__PERSONALIZATION = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__STATUS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Sent At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__SENT_AT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Replied At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__REPLIED_AT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Reply Snippet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__REPLY_SNIPPET = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__MESSAGE_ID = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Reply Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__REPLY_MESSAGE_ID = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Experiment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__EXPERIMENT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Days Waiting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION__DAYS_WAITING = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Interaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.OpportunityImpl <em>Opportunity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.OpportunityImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getOpportunity()
	 * @generated
	 */
	int OPPORTUNITY = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__STAGE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stage History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__STAGE_HISTORY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Event Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__EVENT_NAME = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Event Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__EVENT_DATE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Money</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__MONEY = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__HOURS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>In Kind Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__IN_KIND_VALUE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>In Kind Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__IN_KIND_DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Next Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__NEXT_STEP = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Next Step Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__NEXT_STEP_DUE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Experiment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__EXPERIMENT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Opportunity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Opportunity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.StageChangeImpl <em>Stage Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.StageChangeImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getStageChange()
	 * @generated
	 */
	int STAGE_CHANGE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE__STAGE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE__DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE__NOTE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Stage Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Stage Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.ExperimentImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__KIND_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__HYPOTHESIS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__START = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__END = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TARGET = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reply Window Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__REPLY_WINDOW_DAYS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__STATUS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Conclusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__CONCLUSION = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Attempts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ATTEMPTS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Opportunities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__OPPORTUNITIES = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.GiveBackEntryImpl <em>Give Back Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.GiveBackEntryImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getGiveBackEntry()
	 * @generated
	 */
	int GIVE_BACK_ENTRY = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY__VALUE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY__HOURS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY__DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>To Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY__TO_CONTACT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>To Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY__TO_ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Opportunity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY__OPPORTUNITY = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Attempt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY__ATTEMPT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Give Back Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Give Back Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GIVE_BACK_ENTRY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.JournalEntryImpl <em>Journal Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.JournalEntryImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getJournalEntry()
	 * @generated
	 */
	int JOURNAL_ENTRY = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Week Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__WEEK_START = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Experiments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__EXPERIMENTS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY__METRICS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Journal Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Journal Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNAL_ENTRY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.MetricValueImpl <em>Metric Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.MetricValueImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getMetricValue()
	 * @generated
	 */
	int METRIC_VALUE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Out Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__OUT_OF = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE__TEXT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Metric Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Metric Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_VALUE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.EmailTemplateImpl <em>Email Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.EmailTemplateImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getEmailTemplate()
	 * @generated
	 */
	int EMAIL_TEMPLATE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE__SUBJECT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE__BODY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Intent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE__INTENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Email Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Email Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMAIL_TEMPLATE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.TagImpl <em>Tag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.TagImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getTag()
	 * @generated
	 */
	int TAG = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.impl.FollowUpImpl
	 * @see org.netcase.model.impl.NetcasePackageImpl#getFollowUp()
	 * @generated
	 */
	int FOLLOW_UP = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DUE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DONE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__NOTE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__CONTACT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Interaction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__INTERACTION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.netcase.model.OrganizationKind <em>Organization Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.OrganizationKind
	 * @see org.netcase.model.impl.NetcasePackageImpl#getOrganizationKind()
	 * @generated
	 */
	int ORGANIZATION_KIND = 15;

	/**
	 * The meta object id for the '{@link org.netcase.model.RelationshipStage <em>Relationship Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.RelationshipStage
	 * @see org.netcase.model.impl.NetcasePackageImpl#getRelationshipStage()
	 * @generated
	 */
	int RELATIONSHIP_STAGE = 16;

	/**
	 * The meta object id for the '{@link org.netcase.model.Channel <em>Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.Channel
	 * @see org.netcase.model.impl.NetcasePackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 17;

	/**
	 * The meta object id for the '{@link org.netcase.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.Direction
	 * @see org.netcase.model.impl.NetcasePackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 18;

	/**
	 * The meta object id for the '{@link org.netcase.model.Intent <em>Intent</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.Intent
	 * @see org.netcase.model.impl.NetcasePackageImpl#getIntent()
	 * @generated
	 */
	int INTENT = 19;

	/**
	 * The meta object id for the '{@link org.netcase.model.AttemptStatus <em>Attempt Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.AttemptStatus
	 * @see org.netcase.model.impl.NetcasePackageImpl#getAttemptStatus()
	 * @generated
	 */
	int ATTEMPT_STATUS = 20;

	/**
	 * The meta object id for the '{@link org.netcase.model.OpportunityKind <em>Opportunity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.OpportunityKind
	 * @see org.netcase.model.impl.NetcasePackageImpl#getOpportunityKind()
	 * @generated
	 */
	int OPPORTUNITY_KIND = 21;

	/**
	 * The meta object id for the '{@link org.netcase.model.OpportunityStage <em>Opportunity Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.OpportunityStage
	 * @see org.netcase.model.impl.NetcasePackageImpl#getOpportunityStage()
	 * @generated
	 */
	int OPPORTUNITY_STAGE = 22;

	/**
	 * The meta object id for the '{@link org.netcase.model.ExperimentStatus <em>Experiment Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.ExperimentStatus
	 * @see org.netcase.model.impl.NetcasePackageImpl#getExperimentStatus()
	 * @generated
	 */
	int EXPERIMENT_STATUS = 23;

	/**
	 * The meta object id for the '{@link org.netcase.model.GiveBackKind <em>Give Back Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.netcase.model.GiveBackKind
	 * @see org.netcase.model.impl.NetcasePackageImpl#getGiveBackKind()
	 * @generated
	 */
	int GIVE_BACK_KIND = 24;


	/**
	 * Returns the meta object for class '{@link org.netcase.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.netcase.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.netcase.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see org.netcase.model.Network
	 * @generated
	 */
	EClass getNetwork();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Network#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.netcase.model.Network#getName()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.netcase.model.Network#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Owner</em>'.
	 * @see org.netcase.model.Network#getOwner()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Owner();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.Network#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.netcase.model.Network#getContacts()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Contacts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.Network#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organizations</em>'.
	 * @see org.netcase.model.Network#getOrganizations()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Organizations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.Network#getInteractions <em>Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interactions</em>'.
	 * @see org.netcase.model.Network#getInteractions()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Interactions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.Network#getOpportunities <em>Opportunities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Opportunities</em>'.
	 * @see org.netcase.model.Network#getOpportunities()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Opportunities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.Network#getExperiments <em>Experiments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Experiments</em>'.
	 * @see org.netcase.model.Network#getExperiments()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Experiments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.Network#getGiveBacks <em>Give Backs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Give Backs</em>'.
	 * @see org.netcase.model.Network#getGiveBacks()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_GiveBacks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.Network#getJournalEntries <em>Journal Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Journal Entries</em>'.
	 * @see org.netcase.model.Network#getJournalEntries()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_JournalEntries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.Network#getTemplates <em>Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Templates</em>'.
	 * @see org.netcase.model.Network#getTemplates()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Templates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.Network#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tags</em>'.
	 * @see org.netcase.model.Network#getTags()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Tags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.Network#getFollowUps <em>Follow Ups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Follow Ups</em>'.
	 * @see org.netcase.model.Network#getFollowUps()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_FollowUps();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.Owner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Owner</em>'.
	 * @see org.netcase.model.Owner
	 * @generated
	 */
	EClass getOwner();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Owner#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.netcase.model.Owner#getName()
	 * @see #getOwner()
	 * @generated
	 */
	EAttribute getOwner_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Owner#getBusiness <em>Business</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business</em>'.
	 * @see org.netcase.model.Owner#getBusiness()
	 * @see #getOwner()
	 * @generated
	 */
	EAttribute getOwner_Business();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Owner#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.netcase.model.Owner#getEmail()
	 * @see #getOwner()
	 * @generated
	 */
	EAttribute getOwner_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Owner#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.netcase.model.Owner#getArea()
	 * @see #getOwner()
	 * @generated
	 */
	EAttribute getOwner_Area();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.netcase.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getFirstName <em>First Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Name</em>'.
	 * @see org.netcase.model.Contact#getFirstName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_FirstName();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getLastName <em>Last Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Name</em>'.
	 * @see org.netcase.model.Contact#getLastName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_LastName();

	/**
	 * Returns the meta object for the attribute list '{@link org.netcase.model.Contact#getEmails <em>Emails</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Emails</em>'.
	 * @see org.netcase.model.Contact#getEmails()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Emails();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.netcase.model.Contact#getPhone()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getBusiness <em>Business</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business</em>'.
	 * @see org.netcase.model.Contact#getBusiness()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Business();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.netcase.model.Contact#getRole()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getWebsite <em>Website</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Website</em>'.
	 * @see org.netcase.model.Contact#getWebsite()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Website();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.netcase.model.Contact#getArea()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getHowFound <em>How Found</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>How Found</em>'.
	 * @see org.netcase.model.Contact#getHowFound()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_HowFound();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getResearchNotes <em>Research Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Research Notes</em>'.
	 * @see org.netcase.model.Contact#getResearchNotes()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_ResearchNotes();

	/**
	 * Returns the meta object for the reference list '{@link org.netcase.model.Contact#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tags</em>'.
	 * @see org.netcase.model.Contact#getTags()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Tags();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.Contact#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see org.netcase.model.Contact#getOrganization()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Organization();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.netcase.model.Contact#getStage()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.netcase.model.Contact#getCreated()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Created();

	/**
	 * Returns the meta object for the reference list '{@link org.netcase.model.Contact#getInteractions <em>Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Interactions</em>'.
	 * @see org.netcase.model.Contact#getInteractions()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Interactions();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.netcase.model.Contact#getName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Contact#getLastContacted <em>Last Contacted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Contacted</em>'.
	 * @see org.netcase.model.Contact#getLastContacted()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_LastContacted();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.netcase.model.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Organization#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.netcase.model.Organization#getName()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Organization#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.netcase.model.Organization#getKind()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Organization#getWebsite <em>Website</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Website</em>'.
	 * @see org.netcase.model.Organization#getWebsite()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Website();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Organization#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.netcase.model.Organization#getArea()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Organization#getMission <em>Mission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mission</em>'.
	 * @see org.netcase.model.Organization#getMission()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Mission();

	/**
	 * Returns the meta object for the reference list '{@link org.netcase.model.Organization#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>People</em>'.
	 * @see org.netcase.model.Organization#getPeople()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_People();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Organization#getLoveRating <em>Love Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Love Rating</em>'.
	 * @see org.netcase.model.Organization#getLoveRating()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_LoveRating();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Organization#getBenefitToMe <em>Benefit To Me</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Benefit To Me</em>'.
	 * @see org.netcase.model.Organization#getBenefitToMe()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_BenefitToMe();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Organization#getBenefitToThem <em>Benefit To Them</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Benefit To Them</em>'.
	 * @see org.netcase.model.Organization#getBenefitToThem()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_BenefitToThem();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Organization#getHowIGiveBack <em>How IGive Back</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>How IGive Back</em>'.
	 * @see org.netcase.model.Organization#getHowIGiveBack()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_HowIGiveBack();

	/**
	 * Returns the meta object for the reference list '{@link org.netcase.model.Organization#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tags</em>'.
	 * @see org.netcase.model.Organization#getTags()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Tags();

	/**
	 * Returns the meta object for the reference list '{@link org.netcase.model.Organization#getOpportunities <em>Opportunities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Opportunities</em>'.
	 * @see org.netcase.model.Organization#getOpportunities()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Opportunities();

	/**
	 * Returns the meta object for the reference list '{@link org.netcase.model.Organization#getInteractions <em>Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Interactions</em>'.
	 * @see org.netcase.model.Organization#getInteractions()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Interactions();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.Interaction <em>Interaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interaction</em>'.
	 * @see org.netcase.model.Interaction
	 * @generated
	 */
	EClass getInteraction();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.Interaction#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Contact</em>'.
	 * @see org.netcase.model.Interaction#getContact()
	 * @see #getInteraction()
	 * @generated
	 */
	EReference getInteraction_Contact();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.Interaction#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see org.netcase.model.Interaction#getOrganization()
	 * @see #getInteraction()
	 * @generated
	 */
	EReference getInteraction_Organization();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.netcase.model.Interaction#getChannel()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.netcase.model.Interaction#getDirection()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getIntent <em>Intent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intent</em>'.
	 * @see org.netcase.model.Interaction#getIntent()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Intent();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.netcase.model.Interaction#getSubject()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.netcase.model.Interaction#getBody()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Body();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.Interaction#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Template</em>'.
	 * @see org.netcase.model.Interaction#getTemplate()
	 * @see #getInteraction()
	 * @generated
	 */
	EReference getInteraction_Template();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getPersonalization <em>Personalization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personalization</em>'.
	 * @see org.netcase.model.Interaction#getPersonalization()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Personalization();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.netcase.model.Interaction#getStatus()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getSentAt <em>Sent At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sent At</em>'.
	 * @see org.netcase.model.Interaction#getSentAt()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_SentAt();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getRepliedAt <em>Replied At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replied At</em>'.
	 * @see org.netcase.model.Interaction#getRepliedAt()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_RepliedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getReplySnippet <em>Reply Snippet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reply Snippet</em>'.
	 * @see org.netcase.model.Interaction#getReplySnippet()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_ReplySnippet();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getMessageId <em>Message Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Id</em>'.
	 * @see org.netcase.model.Interaction#getMessageId()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_MessageId();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getReplyMessageId <em>Reply Message Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reply Message Id</em>'.
	 * @see org.netcase.model.Interaction#getReplyMessageId()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_ReplyMessageId();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.Interaction#getExperiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Experiment</em>'.
	 * @see org.netcase.model.Interaction#getExperiment()
	 * @see #getInteraction()
	 * @generated
	 */
	EReference getInteraction_Experiment();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Interaction#getDaysWaiting <em>Days Waiting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days Waiting</em>'.
	 * @see org.netcase.model.Interaction#getDaysWaiting()
	 * @see #getInteraction()
	 * @generated
	 */
	EAttribute getInteraction_DaysWaiting();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.Opportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opportunity</em>'.
	 * @see org.netcase.model.Opportunity
	 * @generated
	 */
	EClass getOpportunity();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Opportunity#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.netcase.model.Opportunity#getTitle()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Title();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.Opportunity#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see org.netcase.model.Opportunity#getOrganization()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Organization();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Opportunity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.netcase.model.Opportunity#getKind()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Opportunity#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.netcase.model.Opportunity#getStage()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Stage();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.Opportunity#getStageHistory <em>Stage History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stage History</em>'.
	 * @see org.netcase.model.Opportunity#getStageHistory()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_StageHistory();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Opportunity#getEventName <em>Event Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Name</em>'.
	 * @see org.netcase.model.Opportunity#getEventName()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_EventName();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Opportunity#getEventDate <em>Event Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Date</em>'.
	 * @see org.netcase.model.Opportunity#getEventDate()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_EventDate();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Opportunity#getMoney <em>Money</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Money</em>'.
	 * @see org.netcase.model.Opportunity#getMoney()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Money();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Opportunity#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.netcase.model.Opportunity#getHours()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Opportunity#getInKindValue <em>In Kind Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Kind Value</em>'.
	 * @see org.netcase.model.Opportunity#getInKindValue()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_InKindValue();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Opportunity#getInKindDescription <em>In Kind Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Kind Description</em>'.
	 * @see org.netcase.model.Opportunity#getInKindDescription()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_InKindDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Opportunity#getNextStep <em>Next Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Step</em>'.
	 * @see org.netcase.model.Opportunity#getNextStep()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_NextStep();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Opportunity#getNextStepDue <em>Next Step Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Step Due</em>'.
	 * @see org.netcase.model.Opportunity#getNextStepDue()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_NextStepDue();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.Opportunity#getExperiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Experiment</em>'.
	 * @see org.netcase.model.Opportunity#getExperiment()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Experiment();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.StageChange <em>Stage Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage Change</em>'.
	 * @see org.netcase.model.StageChange
	 * @generated
	 */
	EClass getStageChange();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.StageChange#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.netcase.model.StageChange#getStage()
	 * @see #getStageChange()
	 * @generated
	 */
	EAttribute getStageChange_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.StageChange#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.netcase.model.StageChange#getDate()
	 * @see #getStageChange()
	 * @generated
	 */
	EAttribute getStageChange_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.StageChange#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.netcase.model.StageChange#getNote()
	 * @see #getStageChange()
	 * @generated
	 */
	EAttribute getStageChange_Note();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.netcase.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Experiment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.netcase.model.Experiment#getName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Experiment#getKindId <em>Kind Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind Id</em>'.
	 * @see org.netcase.model.Experiment#getKindId()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_KindId();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Experiment#getHypothesis <em>Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hypothesis</em>'.
	 * @see org.netcase.model.Experiment#getHypothesis()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Hypothesis();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Experiment#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.netcase.model.Experiment#getStart()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Experiment#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.netcase.model.Experiment#getEnd()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_End();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Experiment#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.netcase.model.Experiment#getTarget()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Experiment#getReplyWindowDays <em>Reply Window Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reply Window Days</em>'.
	 * @see org.netcase.model.Experiment#getReplyWindowDays()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_ReplyWindowDays();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Experiment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.netcase.model.Experiment#getStatus()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Experiment#getConclusion <em>Conclusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conclusion</em>'.
	 * @see org.netcase.model.Experiment#getConclusion()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Conclusion();

	/**
	 * Returns the meta object for the reference list '{@link org.netcase.model.Experiment#getAttempts <em>Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attempts</em>'.
	 * @see org.netcase.model.Experiment#getAttempts()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Attempts();

	/**
	 * Returns the meta object for the reference list '{@link org.netcase.model.Experiment#getOpportunities <em>Opportunities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Opportunities</em>'.
	 * @see org.netcase.model.Experiment#getOpportunities()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Opportunities();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.GiveBackEntry <em>Give Back Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Give Back Entry</em>'.
	 * @see org.netcase.model.GiveBackEntry
	 * @generated
	 */
	EClass getGiveBackEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.GiveBackEntry#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.netcase.model.GiveBackEntry#getKind()
	 * @see #getGiveBackEntry()
	 * @generated
	 */
	EAttribute getGiveBackEntry_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.GiveBackEntry#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.netcase.model.GiveBackEntry#getDescription()
	 * @see #getGiveBackEntry()
	 * @generated
	 */
	EAttribute getGiveBackEntry_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.GiveBackEntry#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.netcase.model.GiveBackEntry#getValue()
	 * @see #getGiveBackEntry()
	 * @generated
	 */
	EAttribute getGiveBackEntry_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.GiveBackEntry#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.netcase.model.GiveBackEntry#getHours()
	 * @see #getGiveBackEntry()
	 * @generated
	 */
	EAttribute getGiveBackEntry_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.GiveBackEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.netcase.model.GiveBackEntry#getDate()
	 * @see #getGiveBackEntry()
	 * @generated
	 */
	EAttribute getGiveBackEntry_Date();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.GiveBackEntry#getToContact <em>To Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To Contact</em>'.
	 * @see org.netcase.model.GiveBackEntry#getToContact()
	 * @see #getGiveBackEntry()
	 * @generated
	 */
	EReference getGiveBackEntry_ToContact();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.GiveBackEntry#getToOrganization <em>To Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To Organization</em>'.
	 * @see org.netcase.model.GiveBackEntry#getToOrganization()
	 * @see #getGiveBackEntry()
	 * @generated
	 */
	EReference getGiveBackEntry_ToOrganization();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.GiveBackEntry#getOpportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Opportunity</em>'.
	 * @see org.netcase.model.GiveBackEntry#getOpportunity()
	 * @see #getGiveBackEntry()
	 * @generated
	 */
	EReference getGiveBackEntry_Opportunity();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.GiveBackEntry#getAttempt <em>Attempt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Attempt</em>'.
	 * @see org.netcase.model.GiveBackEntry#getAttempt()
	 * @see #getGiveBackEntry()
	 * @generated
	 */
	EReference getGiveBackEntry_Attempt();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.JournalEntry <em>Journal Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journal Entry</em>'.
	 * @see org.netcase.model.JournalEntry
	 * @generated
	 */
	EClass getJournalEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.JournalEntry#getWeekStart <em>Week Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Week Start</em>'.
	 * @see org.netcase.model.JournalEntry#getWeekStart()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_WeekStart();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.JournalEntry#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.netcase.model.JournalEntry#getTitle()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.JournalEntry#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.netcase.model.JournalEntry#getText()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EAttribute getJournalEntry_Text();

	/**
	 * Returns the meta object for the reference list '{@link org.netcase.model.JournalEntry#getExperiments <em>Experiments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Experiments</em>'.
	 * @see org.netcase.model.JournalEntry#getExperiments()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EReference getJournalEntry_Experiments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.netcase.model.JournalEntry#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.netcase.model.JournalEntry#getMetrics()
	 * @see #getJournalEntry()
	 * @generated
	 */
	EReference getJournalEntry_Metrics();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.MetricValue <em>Metric Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Value</em>'.
	 * @see org.netcase.model.MetricValue
	 * @generated
	 */
	EClass getMetricValue();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.MetricValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.netcase.model.MetricValue#getName()
	 * @see #getMetricValue()
	 * @generated
	 */
	EAttribute getMetricValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.MetricValue#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.netcase.model.MetricValue#getCount()
	 * @see #getMetricValue()
	 * @generated
	 */
	EAttribute getMetricValue_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.MetricValue#getOutOf <em>Out Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out Of</em>'.
	 * @see org.netcase.model.MetricValue#getOutOf()
	 * @see #getMetricValue()
	 * @generated
	 */
	EAttribute getMetricValue_OutOf();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.MetricValue#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.netcase.model.MetricValue#getText()
	 * @see #getMetricValue()
	 * @generated
	 */
	EAttribute getMetricValue_Text();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.EmailTemplate <em>Email Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Email Template</em>'.
	 * @see org.netcase.model.EmailTemplate
	 * @generated
	 */
	EClass getEmailTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.EmailTemplate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.netcase.model.EmailTemplate#getName()
	 * @see #getEmailTemplate()
	 * @generated
	 */
	EAttribute getEmailTemplate_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.EmailTemplate#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.netcase.model.EmailTemplate#getSubject()
	 * @see #getEmailTemplate()
	 * @generated
	 */
	EAttribute getEmailTemplate_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.EmailTemplate#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.netcase.model.EmailTemplate#getBody()
	 * @see #getEmailTemplate()
	 * @generated
	 */
	EAttribute getEmailTemplate_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.EmailTemplate#getIntent <em>Intent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intent</em>'.
	 * @see org.netcase.model.EmailTemplate#getIntent()
	 * @see #getEmailTemplate()
	 * @generated
	 */
	EAttribute getEmailTemplate_Intent();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.Tag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag</em>'.
	 * @see org.netcase.model.Tag
	 * @generated
	 */
	EClass getTag();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.Tag#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.netcase.model.Tag#getName()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Name();

	/**
	 * Returns the meta object for class '{@link org.netcase.model.FollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Follow Up</em>'.
	 * @see org.netcase.model.FollowUp
	 * @generated
	 */
	EClass getFollowUp();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.FollowUp#getDue <em>Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due</em>'.
	 * @see org.netcase.model.FollowUp#getDue()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Due();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.FollowUp#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.netcase.model.FollowUp#isDone()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Done();

	/**
	 * Returns the meta object for the attribute '{@link org.netcase.model.FollowUp#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.netcase.model.FollowUp#getNote()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Note();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.FollowUp#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Contact</em>'.
	 * @see org.netcase.model.FollowUp#getContact()
	 * @see #getFollowUp()
	 * @generated
	 */
	EReference getFollowUp_Contact();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.FollowUp#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see org.netcase.model.FollowUp#getOrganization()
	 * @see #getFollowUp()
	 * @generated
	 */
	EReference getFollowUp_Organization();

	/**
	 * Returns the meta object for the reference '{@link org.netcase.model.FollowUp#getInteraction <em>Interaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Interaction</em>'.
	 * @see org.netcase.model.FollowUp#getInteraction()
	 * @see #getFollowUp()
	 * @generated
	 */
	EReference getFollowUp_Interaction();

	/**
	 * Returns the meta object for enum '{@link org.netcase.model.OrganizationKind <em>Organization Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organization Kind</em>'.
	 * @see org.netcase.model.OrganizationKind
	 * @generated
	 */
	EEnum getOrganizationKind();

	/**
	 * Returns the meta object for enum '{@link org.netcase.model.RelationshipStage <em>Relationship Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Stage</em>'.
	 * @see org.netcase.model.RelationshipStage
	 * @generated
	 */
	EEnum getRelationshipStage();

	/**
	 * Returns the meta object for enum '{@link org.netcase.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel</em>'.
	 * @see org.netcase.model.Channel
	 * @generated
	 */
	EEnum getChannel();

	/**
	 * Returns the meta object for enum '{@link org.netcase.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.netcase.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.netcase.model.Intent <em>Intent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Intent</em>'.
	 * @see org.netcase.model.Intent
	 * @generated
	 */
	EEnum getIntent();

	/**
	 * Returns the meta object for enum '{@link org.netcase.model.AttemptStatus <em>Attempt Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attempt Status</em>'.
	 * @see org.netcase.model.AttemptStatus
	 * @generated
	 */
	EEnum getAttemptStatus();

	/**
	 * Returns the meta object for enum '{@link org.netcase.model.OpportunityKind <em>Opportunity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Opportunity Kind</em>'.
	 * @see org.netcase.model.OpportunityKind
	 * @generated
	 */
	EEnum getOpportunityKind();

	/**
	 * Returns the meta object for enum '{@link org.netcase.model.OpportunityStage <em>Opportunity Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Opportunity Stage</em>'.
	 * @see org.netcase.model.OpportunityStage
	 * @generated
	 */
	EEnum getOpportunityStage();

	/**
	 * Returns the meta object for enum '{@link org.netcase.model.ExperimentStatus <em>Experiment Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Experiment Status</em>'.
	 * @see org.netcase.model.ExperimentStatus
	 * @generated
	 */
	EEnum getExperimentStatus();

	/**
	 * Returns the meta object for enum '{@link org.netcase.model.GiveBackKind <em>Give Back Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Give Back Kind</em>'.
	 * @see org.netcase.model.GiveBackKind
	 * @generated
	 */
	EEnum getGiveBackKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NetcaseFactory getNetcaseFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.IdentifiedImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.NetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.NetworkImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getNetwork()
		 * @generated
		 */
		EClass NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__NAME = eINSTANCE.getNetwork_Name();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__OWNER = eINSTANCE.getNetwork_Owner();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__CONTACTS = eINSTANCE.getNetwork_Contacts();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__ORGANIZATIONS = eINSTANCE.getNetwork_Organizations();

		/**
		 * The meta object literal for the '<em><b>Interactions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__INTERACTIONS = eINSTANCE.getNetwork_Interactions();

		/**
		 * The meta object literal for the '<em><b>Opportunities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__OPPORTUNITIES = eINSTANCE.getNetwork_Opportunities();

		/**
		 * The meta object literal for the '<em><b>Experiments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__EXPERIMENTS = eINSTANCE.getNetwork_Experiments();

		/**
		 * The meta object literal for the '<em><b>Give Backs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__GIVE_BACKS = eINSTANCE.getNetwork_GiveBacks();

		/**
		 * The meta object literal for the '<em><b>Journal Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__JOURNAL_ENTRIES = eINSTANCE.getNetwork_JournalEntries();

		/**
		 * The meta object literal for the '<em><b>Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__TEMPLATES = eINSTANCE.getNetwork_Templates();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__TAGS = eINSTANCE.getNetwork_Tags();

		/**
		 * The meta object literal for the '<em><b>Follow Ups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__FOLLOW_UPS = eINSTANCE.getNetwork_FollowUps();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.OwnerImpl <em>Owner</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.OwnerImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getOwner()
		 * @generated
		 */
		EClass OWNER = eINSTANCE.getOwner();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER__NAME = eINSTANCE.getOwner_Name();

		/**
		 * The meta object literal for the '<em><b>Business</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER__BUSINESS = eINSTANCE.getOwner_Business();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER__EMAIL = eINSTANCE.getOwner_Email();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER__AREA = eINSTANCE.getOwner_Area();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.ContactImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>First Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__FIRST_NAME = eINSTANCE.getContact_FirstName();

		/**
		 * The meta object literal for the '<em><b>Last Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__LAST_NAME = eINSTANCE.getContact_LastName();

		/**
		 * The meta object literal for the '<em><b>Emails</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAILS = eINSTANCE.getContact_Emails();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PHONE = eINSTANCE.getContact_Phone();

		/**
		 * The meta object literal for the '<em><b>Business</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__BUSINESS = eINSTANCE.getContact_Business();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ROLE = eINSTANCE.getContact_Role();

		/**
		 * The meta object literal for the '<em><b>Website</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__WEBSITE = eINSTANCE.getContact_Website();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__AREA = eINSTANCE.getContact_Area();

		/**
		 * The meta object literal for the '<em><b>How Found</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__HOW_FOUND = eINSTANCE.getContact_HowFound();

		/**
		 * The meta object literal for the '<em><b>Research Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__RESEARCH_NOTES = eINSTANCE.getContact_ResearchNotes();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__TAGS = eINSTANCE.getContact_Tags();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__ORGANIZATION = eINSTANCE.getContact_Organization();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__STAGE = eINSTANCE.getContact_Stage();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__CREATED = eINSTANCE.getContact_Created();

		/**
		 * The meta object literal for the '<em><b>Interactions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__INTERACTIONS = eINSTANCE.getContact_Interactions();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NAME = eINSTANCE.getContact_Name();

		/**
		 * The meta object literal for the '<em><b>Last Contacted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__LAST_CONTACTED = eINSTANCE.getContact_LastContacted();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.OrganizationImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__NAME = eINSTANCE.getOrganization_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__KIND = eINSTANCE.getOrganization_Kind();

		/**
		 * The meta object literal for the '<em><b>Website</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__WEBSITE = eINSTANCE.getOrganization_Website();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__AREA = eINSTANCE.getOrganization_Area();

		/**
		 * The meta object literal for the '<em><b>Mission</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__MISSION = eINSTANCE.getOrganization_Mission();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__PEOPLE = eINSTANCE.getOrganization_People();

		/**
		 * The meta object literal for the '<em><b>Love Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__LOVE_RATING = eINSTANCE.getOrganization_LoveRating();

		/**
		 * The meta object literal for the '<em><b>Benefit To Me</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__BENEFIT_TO_ME = eINSTANCE.getOrganization_BenefitToMe();

		/**
		 * The meta object literal for the '<em><b>Benefit To Them</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__BENEFIT_TO_THEM = eINSTANCE.getOrganization_BenefitToThem();

		/**
		 * The meta object literal for the '<em><b>How IGive Back</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__HOW_IGIVE_BACK = eINSTANCE.getOrganization_HowIGiveBack();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__TAGS = eINSTANCE.getOrganization_Tags();

		/**
		 * The meta object literal for the '<em><b>Opportunities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__OPPORTUNITIES = eINSTANCE.getOrganization_Opportunities();

		/**
		 * The meta object literal for the '<em><b>Interactions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__INTERACTIONS = eINSTANCE.getOrganization_Interactions();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.InteractionImpl <em>Interaction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.InteractionImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getInteraction()
		 * @generated
		 */
		EClass INTERACTION = eINSTANCE.getInteraction();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION__CONTACT = eINSTANCE.getInteraction_Contact();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION__ORGANIZATION = eINSTANCE.getInteraction_Organization();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__CHANNEL = eINSTANCE.getInteraction_Channel();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__DIRECTION = eINSTANCE.getInteraction_Direction();

		/**
		 * The meta object literal for the '<em><b>Intent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__INTENT = eINSTANCE.getInteraction_Intent();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__SUBJECT = eINSTANCE.getInteraction_Subject();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__BODY = eINSTANCE.getInteraction_Body();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION__TEMPLATE = eINSTANCE.getInteraction_Template();

		/**
		 * The meta object literal for the '<em><b>Personalization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__PERSONALIZATION = eINSTANCE.getInteraction_Personalization();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__STATUS = eINSTANCE.getInteraction_Status();

		/**
		 * The meta object literal for the '<em><b>Sent At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__SENT_AT = eINSTANCE.getInteraction_SentAt();

		/**
		 * The meta object literal for the '<em><b>Replied At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__REPLIED_AT = eINSTANCE.getInteraction_RepliedAt();

		/**
		 * The meta object literal for the '<em><b>Reply Snippet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__REPLY_SNIPPET = eINSTANCE.getInteraction_ReplySnippet();

		/**
		 * The meta object literal for the '<em><b>Message Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__MESSAGE_ID = eINSTANCE.getInteraction_MessageId();

		/**
		 * The meta object literal for the '<em><b>Reply Message Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__REPLY_MESSAGE_ID = eINSTANCE.getInteraction_ReplyMessageId();

		/**
		 * The meta object literal for the '<em><b>Experiment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION__EXPERIMENT = eINSTANCE.getInteraction_Experiment();

		/**
		 * The meta object literal for the '<em><b>Days Waiting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION__DAYS_WAITING = eINSTANCE.getInteraction_DaysWaiting();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.OpportunityImpl <em>Opportunity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.OpportunityImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getOpportunity()
		 * @generated
		 */
		EClass OPPORTUNITY = eINSTANCE.getOpportunity();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__TITLE = eINSTANCE.getOpportunity_Title();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__ORGANIZATION = eINSTANCE.getOpportunity_Organization();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__KIND = eINSTANCE.getOpportunity_Kind();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__STAGE = eINSTANCE.getOpportunity_Stage();

		/**
		 * The meta object literal for the '<em><b>Stage History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__STAGE_HISTORY = eINSTANCE.getOpportunity_StageHistory();

		/**
		 * The meta object literal for the '<em><b>Event Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__EVENT_NAME = eINSTANCE.getOpportunity_EventName();

		/**
		 * The meta object literal for the '<em><b>Event Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__EVENT_DATE = eINSTANCE.getOpportunity_EventDate();

		/**
		 * The meta object literal for the '<em><b>Money</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__MONEY = eINSTANCE.getOpportunity_Money();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__HOURS = eINSTANCE.getOpportunity_Hours();

		/**
		 * The meta object literal for the '<em><b>In Kind Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__IN_KIND_VALUE = eINSTANCE.getOpportunity_InKindValue();

		/**
		 * The meta object literal for the '<em><b>In Kind Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__IN_KIND_DESCRIPTION = eINSTANCE.getOpportunity_InKindDescription();

		/**
		 * The meta object literal for the '<em><b>Next Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__NEXT_STEP = eINSTANCE.getOpportunity_NextStep();

		/**
		 * The meta object literal for the '<em><b>Next Step Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__NEXT_STEP_DUE = eINSTANCE.getOpportunity_NextStepDue();

		/**
		 * The meta object literal for the '<em><b>Experiment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__EXPERIMENT = eINSTANCE.getOpportunity_Experiment();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.StageChangeImpl <em>Stage Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.StageChangeImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getStageChange()
		 * @generated
		 */
		EClass STAGE_CHANGE = eINSTANCE.getStageChange();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_CHANGE__STAGE = eINSTANCE.getStageChange_Stage();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_CHANGE__DATE = eINSTANCE.getStageChange_Date();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_CHANGE__NOTE = eINSTANCE.getStageChange_Note();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.ExperimentImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NAME = eINSTANCE.getExperiment_Name();

		/**
		 * The meta object literal for the '<em><b>Kind Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__KIND_ID = eINSTANCE.getExperiment_KindId();

		/**
		 * The meta object literal for the '<em><b>Hypothesis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__HYPOTHESIS = eINSTANCE.getExperiment_Hypothesis();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__START = eINSTANCE.getExperiment_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__END = eINSTANCE.getExperiment_End();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__TARGET = eINSTANCE.getExperiment_Target();

		/**
		 * The meta object literal for the '<em><b>Reply Window Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__REPLY_WINDOW_DAYS = eINSTANCE.getExperiment_ReplyWindowDays();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__STATUS = eINSTANCE.getExperiment_Status();

		/**
		 * The meta object literal for the '<em><b>Conclusion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__CONCLUSION = eINSTANCE.getExperiment_Conclusion();

		/**
		 * The meta object literal for the '<em><b>Attempts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__ATTEMPTS = eINSTANCE.getExperiment_Attempts();

		/**
		 * The meta object literal for the '<em><b>Opportunities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__OPPORTUNITIES = eINSTANCE.getExperiment_Opportunities();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.GiveBackEntryImpl <em>Give Back Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.GiveBackEntryImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getGiveBackEntry()
		 * @generated
		 */
		EClass GIVE_BACK_ENTRY = eINSTANCE.getGiveBackEntry();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GIVE_BACK_ENTRY__KIND = eINSTANCE.getGiveBackEntry_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GIVE_BACK_ENTRY__DESCRIPTION = eINSTANCE.getGiveBackEntry_Description();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GIVE_BACK_ENTRY__VALUE = eINSTANCE.getGiveBackEntry_Value();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GIVE_BACK_ENTRY__HOURS = eINSTANCE.getGiveBackEntry_Hours();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GIVE_BACK_ENTRY__DATE = eINSTANCE.getGiveBackEntry_Date();

		/**
		 * The meta object literal for the '<em><b>To Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GIVE_BACK_ENTRY__TO_CONTACT = eINSTANCE.getGiveBackEntry_ToContact();

		/**
		 * The meta object literal for the '<em><b>To Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GIVE_BACK_ENTRY__TO_ORGANIZATION = eINSTANCE.getGiveBackEntry_ToOrganization();

		/**
		 * The meta object literal for the '<em><b>Opportunity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GIVE_BACK_ENTRY__OPPORTUNITY = eINSTANCE.getGiveBackEntry_Opportunity();

		/**
		 * The meta object literal for the '<em><b>Attempt</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GIVE_BACK_ENTRY__ATTEMPT = eINSTANCE.getGiveBackEntry_Attempt();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.JournalEntryImpl <em>Journal Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.JournalEntryImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getJournalEntry()
		 * @generated
		 */
		EClass JOURNAL_ENTRY = eINSTANCE.getJournalEntry();

		/**
		 * The meta object literal for the '<em><b>Week Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__WEEK_START = eINSTANCE.getJournalEntry_WeekStart();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__TITLE = eINSTANCE.getJournalEntry_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNAL_ENTRY__TEXT = eINSTANCE.getJournalEntry_Text();

		/**
		 * The meta object literal for the '<em><b>Experiments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNAL_ENTRY__EXPERIMENTS = eINSTANCE.getJournalEntry_Experiments();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNAL_ENTRY__METRICS = eINSTANCE.getJournalEntry_Metrics();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.MetricValueImpl <em>Metric Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.MetricValueImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getMetricValue()
		 * @generated
		 */
		EClass METRIC_VALUE = eINSTANCE.getMetricValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE__NAME = eINSTANCE.getMetricValue_Name();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE__COUNT = eINSTANCE.getMetricValue_Count();

		/**
		 * The meta object literal for the '<em><b>Out Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE__OUT_OF = eINSTANCE.getMetricValue_OutOf();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_VALUE__TEXT = eINSTANCE.getMetricValue_Text();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.EmailTemplateImpl <em>Email Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.EmailTemplateImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getEmailTemplate()
		 * @generated
		 */
		EClass EMAIL_TEMPLATE = eINSTANCE.getEmailTemplate();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_TEMPLATE__NAME = eINSTANCE.getEmailTemplate_Name();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_TEMPLATE__SUBJECT = eINSTANCE.getEmailTemplate_Subject();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_TEMPLATE__BODY = eINSTANCE.getEmailTemplate_Body();

		/**
		 * The meta object literal for the '<em><b>Intent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMAIL_TEMPLATE__INTENT = eINSTANCE.getEmailTemplate_Intent();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.TagImpl <em>Tag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.TagImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getTag()
		 * @generated
		 */
		EClass TAG = eINSTANCE.getTag();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__NAME = eINSTANCE.getTag_Name();

		/**
		 * The meta object literal for the '{@link org.netcase.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.impl.FollowUpImpl
		 * @see org.netcase.model.impl.NetcasePackageImpl#getFollowUp()
		 * @generated
		 */
		EClass FOLLOW_UP = eINSTANCE.getFollowUp();

		/**
		 * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DUE = eINSTANCE.getFollowUp_Due();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DONE = eINSTANCE.getFollowUp_Done();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__NOTE = eINSTANCE.getFollowUp_Note();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLLOW_UP__CONTACT = eINSTANCE.getFollowUp_Contact();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLLOW_UP__ORGANIZATION = eINSTANCE.getFollowUp_Organization();

		/**
		 * The meta object literal for the '<em><b>Interaction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLLOW_UP__INTERACTION = eINSTANCE.getFollowUp_Interaction();

		/**
		 * The meta object literal for the '{@link org.netcase.model.OrganizationKind <em>Organization Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.OrganizationKind
		 * @see org.netcase.model.impl.NetcasePackageImpl#getOrganizationKind()
		 * @generated
		 */
		EEnum ORGANIZATION_KIND = eINSTANCE.getOrganizationKind();

		/**
		 * The meta object literal for the '{@link org.netcase.model.RelationshipStage <em>Relationship Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.RelationshipStage
		 * @see org.netcase.model.impl.NetcasePackageImpl#getRelationshipStage()
		 * @generated
		 */
		EEnum RELATIONSHIP_STAGE = eINSTANCE.getRelationshipStage();

		/**
		 * The meta object literal for the '{@link org.netcase.model.Channel <em>Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.Channel
		 * @see org.netcase.model.impl.NetcasePackageImpl#getChannel()
		 * @generated
		 */
		EEnum CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '{@link org.netcase.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.Direction
		 * @see org.netcase.model.impl.NetcasePackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.netcase.model.Intent <em>Intent</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.Intent
		 * @see org.netcase.model.impl.NetcasePackageImpl#getIntent()
		 * @generated
		 */
		EEnum INTENT = eINSTANCE.getIntent();

		/**
		 * The meta object literal for the '{@link org.netcase.model.AttemptStatus <em>Attempt Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.AttemptStatus
		 * @see org.netcase.model.impl.NetcasePackageImpl#getAttemptStatus()
		 * @generated
		 */
		EEnum ATTEMPT_STATUS = eINSTANCE.getAttemptStatus();

		/**
		 * The meta object literal for the '{@link org.netcase.model.OpportunityKind <em>Opportunity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.OpportunityKind
		 * @see org.netcase.model.impl.NetcasePackageImpl#getOpportunityKind()
		 * @generated
		 */
		EEnum OPPORTUNITY_KIND = eINSTANCE.getOpportunityKind();

		/**
		 * The meta object literal for the '{@link org.netcase.model.OpportunityStage <em>Opportunity Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.OpportunityStage
		 * @see org.netcase.model.impl.NetcasePackageImpl#getOpportunityStage()
		 * @generated
		 */
		EEnum OPPORTUNITY_STAGE = eINSTANCE.getOpportunityStage();

		/**
		 * The meta object literal for the '{@link org.netcase.model.ExperimentStatus <em>Experiment Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.ExperimentStatus
		 * @see org.netcase.model.impl.NetcasePackageImpl#getExperimentStatus()
		 * @generated
		 */
		EEnum EXPERIMENT_STATUS = eINSTANCE.getExperimentStatus();

		/**
		 * The meta object literal for the '{@link org.netcase.model.GiveBackKind <em>Give Back Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.netcase.model.GiveBackKind
		 * @see org.netcase.model.impl.NetcasePackageImpl#getGiveBackKind()
		 * @generated
		 */
		EEnum GIVE_BACK_KIND = eINSTANCE.getGiveBackKind();

	}

} //NetcasePackage
