/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One owner's networking workbook: everything else is contained here.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.Network#getName <em>Name</em>}</li>
 *   <li>{@link org.netcase.model.Network#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.netcase.model.Network#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.netcase.model.Network#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.netcase.model.Network#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.netcase.model.Network#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.netcase.model.Network#getExperiments <em>Experiments</em>}</li>
 *   <li>{@link org.netcase.model.Network#getGiveBacks <em>Give Backs</em>}</li>
 *   <li>{@link org.netcase.model.Network#getJournalEntries <em>Journal Entries</em>}</li>
 *   <li>{@link org.netcase.model.Network#getTemplates <em>Templates</em>}</li>
 *   <li>{@link org.netcase.model.Network#getTags <em>Tags</em>}</li>
 *   <li>{@link org.netcase.model.Network#getFollowUps <em>Follow Ups</em>}</li>
 * </ul>
 *
 * @see org.netcase.model.NetcasePackage#getNetwork()
 * @model
 * @generated
 */
public interface Network extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.netcase.model.NetcasePackage#getNetwork_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.netcase.model.Network#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' containment reference.
	 * @see #setOwner(Owner)
	 * @see org.netcase.model.NetcasePackage#getNetwork_Owner()
	 * @model containment="true"
	 * @generated
	 */
	Owner getOwner();

	/**
	 * Sets the value of the '{@link org.netcase.model.Network#getOwner <em>Owner</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' containment reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Owner value);

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getNetwork_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organizations</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getNetwork_Organizations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organization> getOrganizations();

	/**
	 * Returns the value of the '<em><b>Interactions</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.Interaction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interactions</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getNetwork_Interactions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Interaction> getInteractions();

	/**
	 * Returns the value of the '<em><b>Opportunities</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.Opportunity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opportunities</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getNetwork_Opportunities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Opportunity> getOpportunities();

	/**
	 * Returns the value of the '<em><b>Experiments</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.Experiment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiments</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getNetwork_Experiments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Experiment> getExperiments();

	/**
	 * Returns the value of the '<em><b>Give Backs</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.GiveBackEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Give Backs</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getNetwork_GiveBacks()
	 * @model containment="true"
	 * @generated
	 */
	EList<GiveBackEntry> getGiveBacks();

	/**
	 * Returns the value of the '<em><b>Journal Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.JournalEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Journal Entries</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getNetwork_JournalEntries()
	 * @model containment="true"
	 * @generated
	 */
	EList<JournalEntry> getJournalEntries();

	/**
	 * Returns the value of the '<em><b>Templates</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.EmailTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Templates</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getNetwork_Templates()
	 * @model containment="true"
	 * @generated
	 */
	EList<EmailTemplate> getTemplates();

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.Tag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getNetwork_Tags()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tag> getTags();

	/**
	 * Returns the value of the '<em><b>Follow Ups</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.FollowUp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Ups</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getNetwork_FollowUps()
	 * @model containment="true"
	 * @generated
	 */
	EList<FollowUp> getFollowUps();

} // Network
