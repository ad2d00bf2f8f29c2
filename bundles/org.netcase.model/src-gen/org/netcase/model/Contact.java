/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person in the network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.Contact#getFirstName <em>First Name</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getLastName <em>Last Name</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getEmails <em>Emails</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getBusiness <em>Business</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getRole <em>Role</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getWebsite <em>Website</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getArea <em>Area</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getHowFound <em>How Found</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getResearchNotes <em>Research Notes</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getTags <em>Tags</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getStage <em>Stage</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getCreated <em>Created</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getName <em>Name</em>}</li>
 *   <li>{@link org.netcase.model.Contact#getLastContacted <em>Last Contacted</em>}</li>
 * </ul>
 *
 * @see org.netcase.model.NetcasePackage#getContact()
 * @model
 * @generated
 */
public interface Contact extends Identified {
	/**
	 * Returns the value of the '<em><b>First Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Name</em>' attribute.
	 * @see #setFirstName(String)
	 * @see org.netcase.model.NetcasePackage#getContact_FirstName()
	 * @model
	 * @generated
	 */
	String getFirstName();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getFirstName <em>First Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Name</em>' attribute.
	 * @see #getFirstName()
	 * @generated
	 */
	void setFirstName(String value);

	/**
	 * Returns the value of the '<em><b>Last Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Name</em>' attribute.
	 * @see #setLastName(String)
	 * @see org.netcase.model.NetcasePackage#getContact_LastName()
	 * @model
	 * @generated
	 */
	String getLastName();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getLastName <em>Last Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Name</em>' attribute.
	 * @see #getLastName()
	 * @generated
	 */
	void setLastName(String value);

	/**
	 * Returns the value of the '<em><b>Emails</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Emails</em>' attribute list.
	 * @see org.netcase.model.NetcasePackage#getContact_Emails()
	 * @model
	 * @generated
	 */
	EList<String> getEmails();

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.netcase.model.NetcasePackage#getContact_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Business</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business</em>' attribute.
	 * @see #setBusiness(String)
	 * @see org.netcase.model.NetcasePackage#getContact_Business()
	 * @model
	 * @generated
	 */
	String getBusiness();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getBusiness <em>Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business</em>' attribute.
	 * @see #getBusiness()
	 * @generated
	 */
	void setBusiness(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.netcase.model.NetcasePackage#getContact_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Website</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Website</em>' attribute.
	 * @see #setWebsite(String)
	 * @see org.netcase.model.NetcasePackage#getContact_Website()
	 * @model
	 * @generated
	 */
	String getWebsite();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getWebsite <em>Website</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Website</em>' attribute.
	 * @see #getWebsite()
	 * @generated
	 */
	void setWebsite(String value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see #setArea(String)
	 * @see org.netcase.model.NetcasePackage#getContact_Area()
	 * @model
	 * @generated
	 */
	String getArea();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(String value);

	/**
	 * Returns the value of the '<em><b>How Found</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the owner came across this person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>How Found</em>' attribute.
	 * @see #setHowFound(String)
	 * @see org.netcase.model.NetcasePackage#getContact_HowFound()
	 * @model
	 * @generated
	 */
	String getHowFound();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getHowFound <em>How Found</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>How Found</em>' attribute.
	 * @see #getHowFound()
	 * @generated
	 */
	void setHowFound(String value);

	/**
	 * Returns the value of the '<em><b>Research Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Research Notes</em>' attribute.
	 * @see #setResearchNotes(String)
	 * @see org.netcase.model.NetcasePackage#getContact_ResearchNotes()
	 * @model
	 * @generated
	 */
	String getResearchNotes();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getResearchNotes <em>Research Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Research Notes</em>' attribute.
	 * @see #getResearchNotes()
	 * @generated
	 */
	void setResearchNotes(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' reference list.
	 * The list contents are of type {@link org.netcase.model.Tag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' reference list.
	 * @see org.netcase.model.NetcasePackage#getContact_Tags()
	 * @model
	 * @generated
	 */
	EList<Tag> getTags();

	/**
	 * Returns the value of the '<em><b>Organization</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Organization#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organization</em>' reference.
	 * @see #setOrganization(Organization)
	 * @see org.netcase.model.NetcasePackage#getContact_Organization()
	 * @see org.netcase.model.Organization#getPeople
	 * @model opposite="people"
	 * @generated
	 */
	Organization getOrganization();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getOrganization <em>Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' reference.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.RelationshipStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.netcase.model.RelationshipStage
	 * @see #setStage(RelationshipStage)
	 * @see org.netcase.model.NetcasePackage#getContact_Stage()
	 * @model
	 * @generated
	 */
	RelationshipStage getStage();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.netcase.model.RelationshipStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(RelationshipStage value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.netcase.model.NetcasePackage#getContact_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.netcase.model.Contact#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Interactions</b></em>' reference list.
	 * The list contents are of type {@link org.netcase.model.Interaction}.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Interaction#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interactions</em>' reference list.
	 * @see org.netcase.model.NetcasePackage#getContact_Interactions()
	 * @see org.netcase.model.Interaction#getContact
	 * @model opposite="contact"
	 * @generated
	 */
	EList<Interaction> getInteractions();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First and last name, trimmed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see org.netcase.model.NetcasePackage#getContact_Name()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getName();

	/**
	 * Returns the value of the '<em><b>Last Contacted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the owner last sent something to this contact: the latest sentAt of its interactions that are not drafts; null when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Contacted</em>' attribute.
	 * @see org.netcase.model.NetcasePackage#getContact_LastContacted()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Date getLastContacted();

} // Contact
