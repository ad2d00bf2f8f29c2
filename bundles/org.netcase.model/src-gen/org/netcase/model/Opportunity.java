/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opportunity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A way to give to an organization: a sponsorship, volunteering, a membership.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.Opportunity#getTitle <em>Title</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getKind <em>Kind</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getStage <em>Stage</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getStageHistory <em>Stage History</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getEventName <em>Event Name</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getEventDate <em>Event Date</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getMoney <em>Money</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getHours <em>Hours</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getInKindValue <em>In Kind Value</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getInKindDescription <em>In Kind Description</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getNextStep <em>Next Step</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getNextStepDue <em>Next Step Due</em>}</li>
 *   <li>{@link org.netcase.model.Opportunity#getExperiment <em>Experiment</em>}</li>
 * </ul>
 *
 * @see org.netcase.model.NetcasePackage#getOpportunity()
 * @model
 * @generated
 */
public interface Opportunity extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Organization</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Organization#getOpportunities <em>Opportunities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organization</em>' reference.
	 * @see #setOrganization(Organization)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_Organization()
	 * @see org.netcase.model.Organization#getOpportunities
	 * @model opposite="opportunities"
	 * @generated
	 */
	Organization getOrganization();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getOrganization <em>Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' reference.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.OpportunityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.netcase.model.OpportunityKind
	 * @see #setKind(OpportunityKind)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_Kind()
	 * @model
	 * @generated
	 */
	OpportunityKind getKind();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.netcase.model.OpportunityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OpportunityKind value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.OpportunityStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.netcase.model.OpportunityStage
	 * @see #setStage(OpportunityStage)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_Stage()
	 * @model
	 * @generated
	 */
	OpportunityStage getStage();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.netcase.model.OpportunityStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(OpportunityStage value);

	/**
	 * Returns the value of the '<em><b>Stage History</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.StageChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage History</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getOpportunity_StageHistory()
	 * @model containment="true"
	 * @generated
	 */
	EList<StageChange> getStageHistory();

	/**
	 * Returns the value of the '<em><b>Event Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Name</em>' attribute.
	 * @see #setEventName(String)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_EventName()
	 * @model
	 * @generated
	 */
	String getEventName();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getEventName <em>Event Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Name</em>' attribute.
	 * @see #getEventName()
	 * @generated
	 */
	void setEventName(String value);

	/**
	 * Returns the value of the '<em><b>Event Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Date</em>' attribute.
	 * @see #setEventDate(Date)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_EventDate()
	 * @model
	 * @generated
	 */
	Date getEventDate();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getEventDate <em>Event Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Date</em>' attribute.
	 * @see #getEventDate()
	 * @generated
	 */
	void setEventDate(Date value);

	/**
	 * Returns the value of the '<em><b>Money</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Money</em>' attribute.
	 * @see #setMoney(BigDecimal)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_Money()
	 * @model
	 * @generated
	 */
	BigDecimal getMoney();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getMoney <em>Money</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Money</em>' attribute.
	 * @see #getMoney()
	 * @generated
	 */
	void setMoney(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(double)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_Hours()
	 * @model
	 * @generated
	 */
	double getHours();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(double value);

	/**
	 * Returns the value of the '<em><b>In Kind Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Kind Value</em>' attribute.
	 * @see #setInKindValue(BigDecimal)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_InKindValue()
	 * @model
	 * @generated
	 */
	BigDecimal getInKindValue();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getInKindValue <em>In Kind Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Kind Value</em>' attribute.
	 * @see #getInKindValue()
	 * @generated
	 */
	void setInKindValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>In Kind Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Kind Description</em>' attribute.
	 * @see #setInKindDescription(String)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_InKindDescription()
	 * @model
	 * @generated
	 */
	String getInKindDescription();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getInKindDescription <em>In Kind Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Kind Description</em>' attribute.
	 * @see #getInKindDescription()
	 * @generated
	 */
	void setInKindDescription(String value);

	/**
	 * Returns the value of the '<em><b>Next Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Step</em>' attribute.
	 * @see #setNextStep(String)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_NextStep()
	 * @model
	 * @generated
	 */
	String getNextStep();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getNextStep <em>Next Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Step</em>' attribute.
	 * @see #getNextStep()
	 * @generated
	 */
	void setNextStep(String value);

	/**
	 * Returns the value of the '<em><b>Next Step Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Step Due</em>' attribute.
	 * @see #setNextStepDue(Date)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_NextStepDue()
	 * @model
	 * @generated
	 */
	Date getNextStepDue();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getNextStepDue <em>Next Step Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Step Due</em>' attribute.
	 * @see #getNextStepDue()
	 * @generated
	 */
	void setNextStepDue(Date value);

	/**
	 * Returns the value of the '<em><b>Experiment</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Experiment#getOpportunities <em>Opportunities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiment</em>' reference.
	 * @see #setExperiment(Experiment)
	 * @see org.netcase.model.NetcasePackage#getOpportunity_Experiment()
	 * @see org.netcase.model.Experiment#getOpportunities
	 * @model opposite="opportunities"
	 * @generated
	 */
	Experiment getExperiment();

	/**
	 * Sets the value of the '{@link org.netcase.model.Opportunity#getExperiment <em>Experiment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment</em>' reference.
	 * @see #getExperiment()
	 * @generated
	 */
	void setExperiment(Experiment value);

} // Opportunity
