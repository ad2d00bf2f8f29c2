/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;

import java.math.BigDecimal;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Give Back Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the owner gave back: hours, money, an introduction...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.GiveBackEntry#getKind <em>Kind</em>}</li>
 *   <li>{@link org.netcase.model.GiveBackEntry#getDescription <em>Description</em>}</li>
 *   <li>{@link org.netcase.model.GiveBackEntry#getValue <em>Value</em>}</li>
 *   <li>{@link org.netcase.model.GiveBackEntry#getHours <em>Hours</em>}</li>
 *   <li>{@link org.netcase.model.GiveBackEntry#getDate <em>Date</em>}</li>
 *   <li>{@link org.netcase.model.GiveBackEntry#getToContact <em>To Contact</em>}</li>
 *   <li>{@link org.netcase.model.GiveBackEntry#getToOrganization <em>To Organization</em>}</li>
 *   <li>{@link org.netcase.model.GiveBackEntry#getOpportunity <em>Opportunity</em>}</li>
 *   <li>{@link org.netcase.model.GiveBackEntry#getAttempt <em>Attempt</em>}</li>
 * </ul>
 *
 * @see org.netcase.model.NetcasePackage#getGiveBackEntry()
 * @model
 * @generated
 */
public interface GiveBackEntry extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.GiveBackKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.netcase.model.GiveBackKind
	 * @see #setKind(GiveBackKind)
	 * @see org.netcase.model.NetcasePackage#getGiveBackEntry_Kind()
	 * @model
	 * @generated
	 */
	GiveBackKind getKind();

	/**
	 * Sets the value of the '{@link org.netcase.model.GiveBackEntry#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.netcase.model.GiveBackKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(GiveBackKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.netcase.model.NetcasePackage#getGiveBackEntry_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.netcase.model.GiveBackEntry#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(BigDecimal)
	 * @see org.netcase.model.NetcasePackage#getGiveBackEntry_Value()
	 * @model
	 * @generated
	 */
	BigDecimal getValue();

	/**
	 * Sets the value of the '{@link org.netcase.model.GiveBackEntry#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(double)
	 * @see org.netcase.model.NetcasePackage#getGiveBackEntry_Hours()
	 * @model
	 * @generated
	 */
	double getHours();

	/**
	 * Sets the value of the '{@link org.netcase.model.GiveBackEntry#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(double value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.netcase.model.NetcasePackage#getGiveBackEntry_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.netcase.model.GiveBackEntry#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>To Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Contact</em>' reference.
	 * @see #setToContact(Contact)
	 * @see org.netcase.model.NetcasePackage#getGiveBackEntry_ToContact()
	 * @model
	 * @generated
	 */
	Contact getToContact();

	/**
	 * Sets the value of the '{@link org.netcase.model.GiveBackEntry#getToContact <em>To Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Contact</em>' reference.
	 * @see #getToContact()
	 * @generated
	 */
	void setToContact(Contact value);

	/**
	 * Returns the value of the '<em><b>To Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Organization</em>' reference.
	 * @see #setToOrganization(Organization)
	 * @see org.netcase.model.NetcasePackage#getGiveBackEntry_ToOrganization()
	 * @model
	 * @generated
	 */
	Organization getToOrganization();

	/**
	 * Sets the value of the '{@link org.netcase.model.GiveBackEntry#getToOrganization <em>To Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Organization</em>' reference.
	 * @see #getToOrganization()
	 * @generated
	 */
	void setToOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Opportunity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opportunity</em>' reference.
	 * @see #setOpportunity(Opportunity)
	 * @see org.netcase.model.NetcasePackage#getGiveBackEntry_Opportunity()
	 * @model
	 * @generated
	 */
	Opportunity getOpportunity();

	/**
	 * Sets the value of the '{@link org.netcase.model.GiveBackEntry#getOpportunity <em>Opportunity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opportunity</em>' reference.
	 * @see #getOpportunity()
	 * @generated
	 */
	void setOpportunity(Opportunity value);

	/**
	 * Returns the value of the '<em><b>Attempt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attempt</em>' reference.
	 * @see #setAttempt(Interaction)
	 * @see org.netcase.model.NetcasePackage#getGiveBackEntry_Attempt()
	 * @model
	 * @generated
	 */
	Interaction getAttempt();

	/**
	 * Sets the value of the '{@link org.netcase.model.GiveBackEntry#getAttempt <em>Attempt</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attempt</em>' reference.
	 * @see #getAttempt()
	 * @generated
	 */
	void setAttempt(Interaction value);

} // GiveBackEntry
