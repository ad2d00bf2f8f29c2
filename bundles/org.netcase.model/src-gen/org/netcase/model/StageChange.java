/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dated step in an opportunity's history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.StageChange#getStage <em>Stage</em>}</li>
 *   <li>{@link org.netcase.model.StageChange#getDate <em>Date</em>}</li>
 *   <li>{@link org.netcase.model.StageChange#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.netcase.model.NetcasePackage#getStageChange()
 * @model
 * @generated
 */
public interface StageChange extends Identified {
	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.OpportunityStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.netcase.model.OpportunityStage
	 * @see #setStage(OpportunityStage)
	 * @see org.netcase.model.NetcasePackage#getStageChange_Stage()
	 * @model
	 * @generated
	 */
	OpportunityStage getStage();

	/**
	 * Sets the value of the '{@link org.netcase.model.StageChange#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.netcase.model.OpportunityStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(OpportunityStage value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.netcase.model.NetcasePackage#getStageChange_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.netcase.model.StageChange#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.netcase.model.NetcasePackage#getStageChange_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.netcase.model.StageChange#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // StageChange
