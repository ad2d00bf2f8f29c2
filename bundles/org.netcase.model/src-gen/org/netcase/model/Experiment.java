/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A time-boxed networking experiment with a hypothesis and an honest conclusion.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.Experiment#getName <em>Name</em>}</li>
 *   <li>{@link org.netcase.model.Experiment#getKindId <em>Kind Id</em>}</li>
 *   <li>{@link org.netcase.model.Experiment#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.netcase.model.Experiment#getStart <em>Start</em>}</li>
 *   <li>{@link org.netcase.model.Experiment#getEnd <em>End</em>}</li>
 *   <li>{@link org.netcase.model.Experiment#getTarget <em>Target</em>}</li>
 *   <li>{@link org.netcase.model.Experiment#getReplyWindowDays <em>Reply Window Days</em>}</li>
 *   <li>{@link org.netcase.model.Experiment#getStatus <em>Status</em>}</li>
 *   <li>{@link org.netcase.model.Experiment#getConclusion <em>Conclusion</em>}</li>
 *   <li>{@link org.netcase.model.Experiment#getAttempts <em>Attempts</em>}</li>
 *   <li>{@link org.netcase.model.Experiment#getOpportunities <em>Opportunities</em>}</li>
 * </ul>
 *
 * @see org.netcase.model.NetcasePackage#getExperiment()
 * @model
 * @generated
 */
public interface Experiment extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.netcase.model.NetcasePackage#getExperiment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.netcase.model.Experiment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the experiment kind, contributed through an extension point, e.g. org.netcase.experiment.outreach.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind Id</em>' attribute.
	 * @see #setKindId(String)
	 * @see org.netcase.model.NetcasePackage#getExperiment_KindId()
	 * @model
	 * @generated
	 */
	String getKindId();

	/**
	 * Sets the value of the '{@link org.netcase.model.Experiment#getKindId <em>Kind Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind Id</em>' attribute.
	 * @see #getKindId()
	 * @generated
	 */
	void setKindId(String value);

	/**
	 * Returns the value of the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hypothesis</em>' attribute.
	 * @see #setHypothesis(String)
	 * @see org.netcase.model.NetcasePackage#getExperiment_Hypothesis()
	 * @model
	 * @generated
	 */
	String getHypothesis();

	/**
	 * Sets the value of the '{@link org.netcase.model.Experiment#getHypothesis <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypothesis</em>' attribute.
	 * @see #getHypothesis()
	 * @generated
	 */
	void setHypothesis(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Date)
	 * @see org.netcase.model.NetcasePackage#getExperiment_Start()
	 * @model
	 * @generated
	 */
	Date getStart();

	/**
	 * Sets the value of the '{@link org.netcase.model.Experiment#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Date value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Date)
	 * @see org.netcase.model.NetcasePackage#getExperiment_End()
	 * @model
	 * @generated
	 */
	Date getEnd();

	/**
	 * Sets the value of the '{@link org.netcase.model.Experiment#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many attempts the experiment plans.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(int)
	 * @see org.netcase.model.NetcasePackage#getExperiment_Target()
	 * @model
	 * @generated
	 */
	int getTarget();

	/**
	 * Sets the value of the '{@link org.netcase.model.Experiment#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(int value);

	/**
	 * Returns the value of the '<em><b>Reply Window Days</b></em>' attribute.
	 * The default value is <code>"7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days to wait for a reply before an attempt counts as unanswered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reply Window Days</em>' attribute.
	 * @see #setReplyWindowDays(int)
	 * @see org.netcase.model.NetcasePackage#getExperiment_ReplyWindowDays()
	 * @model default="7"
	 * @generated
	 */
	int getReplyWindowDays();

	/**
	 * Sets the value of the '{@link org.netcase.model.Experiment#getReplyWindowDays <em>Reply Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reply Window Days</em>' attribute.
	 * @see #getReplyWindowDays()
	 * @generated
	 */
	void setReplyWindowDays(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.ExperimentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.netcase.model.ExperimentStatus
	 * @see #setStatus(ExperimentStatus)
	 * @see org.netcase.model.NetcasePackage#getExperiment_Status()
	 * @model
	 * @generated
	 */
	ExperimentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.netcase.model.Experiment#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.netcase.model.ExperimentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ExperimentStatus value);

	/**
	 * Returns the value of the '<em><b>Conclusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conclusion</em>' attribute.
	 * @see #setConclusion(String)
	 * @see org.netcase.model.NetcasePackage#getExperiment_Conclusion()
	 * @model
	 * @generated
	 */
	String getConclusion();

	/**
	 * Sets the value of the '{@link org.netcase.model.Experiment#getConclusion <em>Conclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conclusion</em>' attribute.
	 * @see #getConclusion()
	 * @generated
	 */
	void setConclusion(String value);

	/**
	 * Returns the value of the '<em><b>Attempts</b></em>' reference list.
	 * The list contents are of type {@link org.netcase.model.Interaction}.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Interaction#getExperiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attempts</em>' reference list.
	 * @see org.netcase.model.NetcasePackage#getExperiment_Attempts()
	 * @see org.netcase.model.Interaction#getExperiment
	 * @model opposite="experiment"
	 * @generated
	 */
	EList<Interaction> getAttempts();

	/**
	 * Returns the value of the '<em><b>Opportunities</b></em>' reference list.
	 * The list contents are of type {@link org.netcase.model.Opportunity}.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Opportunity#getExperiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opportunities</em>' reference list.
	 * @see org.netcase.model.NetcasePackage#getExperiment_Opportunities()
	 * @see org.netcase.model.Opportunity#getExperiment
	 * @model opposite="experiment"
	 * @generated
	 */
	EList<Opportunity> getOpportunities();

} // Experiment
