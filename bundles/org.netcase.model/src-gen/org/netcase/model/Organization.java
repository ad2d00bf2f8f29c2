/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A business, nonprofit, club or other organization.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.Organization#getName <em>Name</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getKind <em>Kind</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getWebsite <em>Website</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getArea <em>Area</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getMission <em>Mission</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getPeople <em>People</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getLoveRating <em>Love Rating</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getBenefitToMe <em>Benefit To Me</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getBenefitToThem <em>Benefit To Them</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getHowIGiveBack <em>How IGive Back</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getTags <em>Tags</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.netcase.model.Organization#getInteractions <em>Interactions</em>}</li>
 * </ul>
 *
 * @see org.netcase.model.NetcasePackage#getOrganization()
 * @model
 * @generated
 */
public interface Organization extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.netcase.model.NetcasePackage#getOrganization_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.netcase.model.Organization#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.OrganizationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.netcase.model.OrganizationKind
	 * @see #setKind(OrganizationKind)
	 * @see org.netcase.model.NetcasePackage#getOrganization_Kind()
	 * @model
	 * @generated
	 */
	OrganizationKind getKind();

	/**
	 * Sets the value of the '{@link org.netcase.model.Organization#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.netcase.model.OrganizationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganizationKind value);

	/**
	 * Returns the value of the '<em><b>Website</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Website</em>' attribute.
	 * @see #setWebsite(String)
	 * @see org.netcase.model.NetcasePackage#getOrganization_Website()
	 * @model
	 * @generated
	 */
	String getWebsite();

	/**
	 * Sets the value of the '{@link org.netcase.model.Organization#getWebsite <em>Website</em>}' attribute.
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
	 * @see org.netcase.model.NetcasePackage#getOrganization_Area()
	 * @model
	 * @generated
	 */
	String getArea();

	/**
	 * Sets the value of the '{@link org.netcase.model.Organization#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(String value);

	/**
	 * Returns the value of the '<em><b>Mission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mission</em>' attribute.
	 * @see #setMission(String)
	 * @see org.netcase.model.NetcasePackage#getOrganization_Mission()
	 * @model
	 * @generated
	 */
	String getMission();

	/**
	 * Sets the value of the '{@link org.netcase.model.Organization#getMission <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mission</em>' attribute.
	 * @see #getMission()
	 * @generated
	 */
	void setMission(String value);

	/**
	 * Returns the value of the '<em><b>People</b></em>' reference list.
	 * The list contents are of type {@link org.netcase.model.Contact}.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Contact#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>People</em>' reference list.
	 * @see org.netcase.model.NetcasePackage#getOrganization_People()
	 * @see org.netcase.model.Contact#getOrganization
	 * @model opposite="organization"
	 * @generated
	 */
	EList<Contact> getPeople();

	/**
	 * Returns the value of the '<em><b>Love Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much the owner loves this organization, 1 to 5; 0 means not rated yet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Love Rating</em>' attribute.
	 * @see #setLoveRating(int)
	 * @see org.netcase.model.NetcasePackage#getOrganization_LoveRating()
	 * @model
	 * @generated
	 */
	int getLoveRating();

	/**
	 * Sets the value of the '{@link org.netcase.model.Organization#getLoveRating <em>Love Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Love Rating</em>' attribute.
	 * @see #getLoveRating()
	 * @generated
	 */
	void setLoveRating(int value);

	/**
	 * Returns the value of the '<em><b>Benefit To Me</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benefit To Me</em>' attribute.
	 * @see #setBenefitToMe(String)
	 * @see org.netcase.model.NetcasePackage#getOrganization_BenefitToMe()
	 * @model
	 * @generated
	 */
	String getBenefitToMe();

	/**
	 * Sets the value of the '{@link org.netcase.model.Organization#getBenefitToMe <em>Benefit To Me</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Benefit To Me</em>' attribute.
	 * @see #getBenefitToMe()
	 * @generated
	 */
	void setBenefitToMe(String value);

	/**
	 * Returns the value of the '<em><b>Benefit To Them</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benefit To Them</em>' attribute.
	 * @see #setBenefitToThem(String)
	 * @see org.netcase.model.NetcasePackage#getOrganization_BenefitToThem()
	 * @model
	 * @generated
	 */
	String getBenefitToThem();

	/**
	 * Sets the value of the '{@link org.netcase.model.Organization#getBenefitToThem <em>Benefit To Them</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Benefit To Them</em>' attribute.
	 * @see #getBenefitToThem()
	 * @generated
	 */
	void setBenefitToThem(String value);

	/**
	 * Returns the value of the '<em><b>How IGive Back</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>How IGive Back</em>' attribute.
	 * @see #setHowIGiveBack(String)
	 * @see org.netcase.model.NetcasePackage#getOrganization_HowIGiveBack()
	 * @model
	 * @generated
	 */
	String getHowIGiveBack();

	/**
	 * Sets the value of the '{@link org.netcase.model.Organization#getHowIGiveBack <em>How IGive Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>How IGive Back</em>' attribute.
	 * @see #getHowIGiveBack()
	 * @generated
	 */
	void setHowIGiveBack(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' reference list.
	 * The list contents are of type {@link org.netcase.model.Tag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' reference list.
	 * @see org.netcase.model.NetcasePackage#getOrganization_Tags()
	 * @model
	 * @generated
	 */
	EList<Tag> getTags();

	/**
	 * Returns the value of the '<em><b>Opportunities</b></em>' reference list.
	 * The list contents are of type {@link org.netcase.model.Opportunity}.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Opportunity#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opportunities</em>' reference list.
	 * @see org.netcase.model.NetcasePackage#getOrganization_Opportunities()
	 * @see org.netcase.model.Opportunity#getOrganization
	 * @model opposite="organization"
	 * @generated
	 */
	EList<Opportunity> getOpportunities();

	/**
	 * Returns the value of the '<em><b>Interactions</b></em>' reference list.
	 * The list contents are of type {@link org.netcase.model.Interaction}.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Interaction#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interactions</em>' reference list.
	 * @see org.netcase.model.NetcasePackage#getOrganization_Interactions()
	 * @see org.netcase.model.Interaction#getOrganization
	 * @model opposite="organization"
	 * @generated
	 */
	EList<Interaction> getInteractions();

} // Organization
