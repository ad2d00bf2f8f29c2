/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Email Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reusable email with placeholders.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.EmailTemplate#getName <em>Name</em>}</li>
 *   <li>{@link org.netcase.model.EmailTemplate#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.netcase.model.EmailTemplate#getBody <em>Body</em>}</li>
 *   <li>{@link org.netcase.model.EmailTemplate#getIntent <em>Intent</em>}</li>
 * </ul>
 *
 * @see org.netcase.model.NetcasePackage#getEmailTemplate()
 * @model
 * @generated
 */
public interface EmailTemplate extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.netcase.model.NetcasePackage#getEmailTemplate_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.netcase.model.EmailTemplate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.netcase.model.NetcasePackage#getEmailTemplate_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.netcase.model.EmailTemplate#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.netcase.model.NetcasePackage#getEmailTemplate_Body()
	 * @model
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.netcase.model.EmailTemplate#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Intent</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.Intent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intent</em>' attribute.
	 * @see org.netcase.model.Intent
	 * @see #setIntent(Intent)
	 * @see org.netcase.model.NetcasePackage#getEmailTemplate_Intent()
	 * @model
	 * @generated
	 */
	Intent getIntent();

	/**
	 * Sets the value of the '{@link org.netcase.model.EmailTemplate#getIntent <em>Intent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intent</em>' attribute.
	 * @see org.netcase.model.Intent
	 * @see #getIntent()
	 * @generated
	 */
	void setIntent(Intent value);

} // EmailTemplate
