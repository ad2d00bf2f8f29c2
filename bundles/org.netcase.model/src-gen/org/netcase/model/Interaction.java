/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interaction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One contact attempt or conversation: an email, a call, a visit...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.Interaction#getContact <em>Contact</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getIntent <em>Intent</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getBody <em>Body</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getPersonalization <em>Personalization</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getStatus <em>Status</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getSentAt <em>Sent At</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getRepliedAt <em>Replied At</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getReplySnippet <em>Reply Snippet</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getMessageId <em>Message Id</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getReplyMessageId <em>Reply Message Id</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getExperiment <em>Experiment</em>}</li>
 *   <li>{@link org.netcase.model.Interaction#getDaysWaiting <em>Days Waiting</em>}</li>
 * </ul>
 *
 * @see org.netcase.model.NetcasePackage#getInteraction()
 * @model
 * @generated
 */
public interface Interaction extends Identified {
	/**
	 * Returns the value of the '<em><b>Contact</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Contact#getInteractions <em>Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' reference.
	 * @see #setContact(Contact)
	 * @see org.netcase.model.NetcasePackage#getInteraction_Contact()
	 * @see org.netcase.model.Contact#getInteractions
	 * @model opposite="interactions"
	 * @generated
	 */
	Contact getContact();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getContact <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Contact value);

	/**
	 * Returns the value of the '<em><b>Organization</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Organization#getInteractions <em>Interactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organization</em>' reference.
	 * @see #setOrganization(Organization)
	 * @see org.netcase.model.NetcasePackage#getInteraction_Organization()
	 * @see org.netcase.model.Organization#getInteractions
	 * @model opposite="interactions"
	 * @generated
	 */
	Organization getOrganization();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getOrganization <em>Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' reference.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.netcase.model.Channel
	 * @see #setChannel(Channel)
	 * @see org.netcase.model.NetcasePackage#getInteraction_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.netcase.model.Channel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.netcase.model.Direction
	 * @see #setDirection(Direction)
	 * @see org.netcase.model.NetcasePackage#getInteraction_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.netcase.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Intent</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.Intent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intent</em>' attribute.
	 * @see org.netcase.model.Intent
	 * @see #setIntent(Intent)
	 * @see org.netcase.model.NetcasePackage#getInteraction_Intent()
	 * @model
	 * @generated
	 */
	Intent getIntent();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getIntent <em>Intent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intent</em>' attribute.
	 * @see org.netcase.model.Intent
	 * @see #getIntent()
	 * @generated
	 */
	void setIntent(Intent value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.netcase.model.NetcasePackage#getInteraction_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getSubject <em>Subject</em>}' attribute.
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
	 * @see org.netcase.model.NetcasePackage#getInteraction_Body()
	 * @model
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' reference.
	 * @see #setTemplate(EmailTemplate)
	 * @see org.netcase.model.NetcasePackage#getInteraction_Template()
	 * @model
	 * @generated
	 */
	EmailTemplate getTemplate();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getTemplate <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(EmailTemplate value);

	/**
	 * Returns the value of the '<em><b>Personalization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sentence written for this recipient alone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personalization</em>' attribute.
	 * @see #setPersonalization(String)
	 * @see org.netcase.model.NetcasePackage#getInteraction_Personalization()
	 * @model
	 * @generated
	 */
	String getPersonalization();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getPersonalization <em>Personalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personalization</em>' attribute.
	 * @see #getPersonalization()
	 * @generated
	 */
	void setPersonalization(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.netcase.model.AttemptStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.netcase.model.AttemptStatus
	 * @see #setStatus(AttemptStatus)
	 * @see org.netcase.model.NetcasePackage#getInteraction_Status()
	 * @model
	 * @generated
	 */
	AttemptStatus getStatus();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.netcase.model.AttemptStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AttemptStatus value);

	/**
	 * Returns the value of the '<em><b>Sent At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sent At</em>' attribute.
	 * @see #setSentAt(Date)
	 * @see org.netcase.model.NetcasePackage#getInteraction_SentAt()
	 * @model
	 * @generated
	 */
	Date getSentAt();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getSentAt <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sent At</em>' attribute.
	 * @see #getSentAt()
	 * @generated
	 */
	void setSentAt(Date value);

	/**
	 * Returns the value of the '<em><b>Replied At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replied At</em>' attribute.
	 * @see #setRepliedAt(Date)
	 * @see org.netcase.model.NetcasePackage#getInteraction_RepliedAt()
	 * @model
	 * @generated
	 */
	Date getRepliedAt();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getRepliedAt <em>Replied At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replied At</em>' attribute.
	 * @see #getRepliedAt()
	 * @generated
	 */
	void setRepliedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Reply Snippet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reply Snippet</em>' attribute.
	 * @see #setReplySnippet(String)
	 * @see org.netcase.model.NetcasePackage#getInteraction_ReplySnippet()
	 * @model
	 * @generated
	 */
	String getReplySnippet();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getReplySnippet <em>Reply Snippet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reply Snippet</em>' attribute.
	 * @see #getReplySnippet()
	 * @generated
	 */
	void setReplySnippet(String value);

	/**
	 * Returns the value of the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message Id</em>' attribute.
	 * @see #setMessageId(String)
	 * @see org.netcase.model.NetcasePackage#getInteraction_MessageId()
	 * @model
	 * @generated
	 */
	String getMessageId();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getMessageId <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Id</em>' attribute.
	 * @see #getMessageId()
	 * @generated
	 */
	void setMessageId(String value);

	/**
	 * Returns the value of the '<em><b>Reply Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reply Message Id</em>' attribute.
	 * @see #setReplyMessageId(String)
	 * @see org.netcase.model.NetcasePackage#getInteraction_ReplyMessageId()
	 * @model
	 * @generated
	 */
	String getReplyMessageId();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getReplyMessageId <em>Reply Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reply Message Id</em>' attribute.
	 * @see #getReplyMessageId()
	 * @generated
	 */
	void setReplyMessageId(String value);

	/**
	 * Returns the value of the '<em><b>Experiment</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.netcase.model.Experiment#getAttempts <em>Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiment</em>' reference.
	 * @see #setExperiment(Experiment)
	 * @see org.netcase.model.NetcasePackage#getInteraction_Experiment()
	 * @see org.netcase.model.Experiment#getAttempts
	 * @model opposite="attempts"
	 * @generated
	 */
	Experiment getExperiment();

	/**
	 * Sets the value of the '{@link org.netcase.model.Interaction#getExperiment <em>Experiment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment</em>' reference.
	 * @see #getExperiment()
	 * @generated
	 */
	void setExperiment(Experiment value);

	/**
	 * Returns the value of the '<em><b>Days Waiting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whole days from sentAt to repliedAt, or to now while no reply has come; -1 when not sent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Days Waiting</em>' attribute.
	 * @see org.netcase.model.NetcasePackage#getInteraction_DaysWaiting()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getDaysWaiting();

} // Interaction
