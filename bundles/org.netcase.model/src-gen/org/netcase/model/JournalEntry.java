/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journal Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The owner's weekly review.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.JournalEntry#getWeekStart <em>Week Start</em>}</li>
 *   <li>{@link org.netcase.model.JournalEntry#getTitle <em>Title</em>}</li>
 *   <li>{@link org.netcase.model.JournalEntry#getText <em>Text</em>}</li>
 *   <li>{@link org.netcase.model.JournalEntry#getExperiments <em>Experiments</em>}</li>
 *   <li>{@link org.netcase.model.JournalEntry#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @see org.netcase.model.NetcasePackage#getJournalEntry()
 * @model
 * @generated
 */
public interface JournalEntry extends Identified {
	/**
	 * Returns the value of the '<em><b>Week Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Week Start</em>' attribute.
	 * @see #setWeekStart(Date)
	 * @see org.netcase.model.NetcasePackage#getJournalEntry_WeekStart()
	 * @model
	 * @generated
	 */
	Date getWeekStart();

	/**
	 * Sets the value of the '{@link org.netcase.model.JournalEntry#getWeekStart <em>Week Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Week Start</em>' attribute.
	 * @see #getWeekStart()
	 * @generated
	 */
	void setWeekStart(Date value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.netcase.model.NetcasePackage#getJournalEntry_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.netcase.model.JournalEntry#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.netcase.model.NetcasePackage#getJournalEntry_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.netcase.model.JournalEntry#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Experiments</b></em>' reference list.
	 * The list contents are of type {@link org.netcase.model.Experiment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiments</em>' reference list.
	 * @see org.netcase.model.NetcasePackage#getJournalEntry_Experiments()
	 * @model
	 * @generated
	 */
	EList<Experiment> getExperiments();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.netcase.model.MetricValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.netcase.model.NetcasePackage#getJournalEntry_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetricValue> getMetrics();

} // JournalEntry
