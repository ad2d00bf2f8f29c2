/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One honest number in a journal entry, such as "3 of 10 replied".
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.MetricValue#getName <em>Name</em>}</li>
 *   <li>{@link org.netcase.model.MetricValue#getCount <em>Count</em>}</li>
 *   <li>{@link org.netcase.model.MetricValue#getOutOf <em>Out Of</em>}</li>
 *   <li>{@link org.netcase.model.MetricValue#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.netcase.model.NetcasePackage#getMetricValue()
 * @model
 * @generated
 */
public interface MetricValue extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.netcase.model.NetcasePackage#getMetricValue_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.netcase.model.MetricValue#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.netcase.model.NetcasePackage#getMetricValue_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.netcase.model.MetricValue#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Out Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Out Of</em>' attribute.
	 * @see #setOutOf(int)
	 * @see org.netcase.model.NetcasePackage#getMetricValue_OutOf()
	 * @model
	 * @generated
	 */
	int getOutOf();

	/**
	 * Sets the value of the '{@link org.netcase.model.MetricValue#getOutOf <em>Out Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Of</em>' attribute.
	 * @see #getOutOf()
	 * @generated
	 */
	void setOutOf(int value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.netcase.model.NetcasePackage#getMetricValue_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.netcase.model.MetricValue#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // MetricValue
