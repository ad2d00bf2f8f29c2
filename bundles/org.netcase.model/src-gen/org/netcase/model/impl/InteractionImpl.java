/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.netcase.model.AttemptStatus;
import org.netcase.model.Channel;
import org.netcase.model.Contact;
import org.netcase.model.Direction;
import org.netcase.model.EmailTemplate;
import org.netcase.model.Experiment;
import org.netcase.model.Intent;
import org.netcase.model.Interaction;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Organization;

import org.netcase.model.internal.DerivedValues;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interaction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getIntent <em>Intent</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getPersonalization <em>Personalization</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getSentAt <em>Sent At</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getRepliedAt <em>Replied At</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getReplySnippet <em>Reply Snippet</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getMessageId <em>Message Id</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getReplyMessageId <em>Reply Message Id</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getExperiment <em>Experiment</em>}</li>
 *   <li>{@link org.netcase.model.impl.InteractionImpl#getDaysWaiting <em>Days Waiting</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InteractionImpl extends IdentifiedImpl implements Interaction {
	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected Contact contact;

	/**
	 * The cached value of the '{@link #getOrganization() <em>Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganization()
	 * @generated
	 * @ordered
	 */
	protected Organization organization;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final Channel CHANNEL_EDEFAULT = Channel.EMAIL;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.OUTBOUND;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntent() <em>Intent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntent()
	 * @generated
	 * @ordered
	 */
	protected static final Intent INTENT_EDEFAULT = Intent.GIVE;

	/**
	 * The cached value of the '{@link #getIntent() <em>Intent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntent()
	 * @generated
	 * @ordered
	 */
	protected Intent intent = INTENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected static final String BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected String body = BODY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected EmailTemplate template;

	/**
	 * The default value of the '{@link #getPersonalization() <em>Personalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonalization()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSONALIZATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersonalization() <em>Personalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonalization()
	 * @generated
	 * @ordered
	 */
	protected String personalization = PERSONALIZATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AttemptStatus STATUS_EDEFAULT = AttemptStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AttemptStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSentAt() <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date SENT_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSentAt() <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentAt()
	 * @generated
	 * @ordered
	 */
	protected Date sentAt = SENT_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepliedAt() <em>Replied At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepliedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date REPLIED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRepliedAt() <em>Replied At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepliedAt()
	 * @generated
	 * @ordered
	 */
	protected Date repliedAt = REPLIED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplySnippet() <em>Reply Snippet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplySnippet()
	 * @generated
	 * @ordered
	 */
	protected static final String REPLY_SNIPPET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplySnippet() <em>Reply Snippet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplySnippet()
	 * @generated
	 * @ordered
	 */
	protected String replySnippet = REPLY_SNIPPET_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageId() <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageId()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessageId() <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageId()
	 * @generated
	 * @ordered
	 */
	protected String messageId = MESSAGE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplyMessageId() <em>Reply Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplyMessageId()
	 * @generated
	 * @ordered
	 */
	protected static final String REPLY_MESSAGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplyMessageId() <em>Reply Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplyMessageId()
	 * @generated
	 * @ordered
	 */
	protected String replyMessageId = REPLY_MESSAGE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExperiment() <em>Experiment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiment()
	 * @generated
	 * @ordered
	 */
	protected Experiment experiment;

	/**
	 * The default value of the '{@link #getDaysWaiting() <em>Days Waiting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysWaiting()
	 * @generated
	 * @ordered
	 */
	protected static final int DAYS_WAITING_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InteractionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetcasePackage.Literals.INTERACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getContact() {
		if (contact != null && contact.eIsProxy()) {
			InternalEObject oldContact = (InternalEObject)contact;
			contact = (Contact)eResolveProxy(oldContact);
			if (contact != oldContact) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NetcasePackage.INTERACTION__CONTACT, oldContact, contact));
			}
		}
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Contact basicGetContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContact(Contact newContact, NotificationChain msgs) {
		Contact oldContact = contact;
		contact = newContact;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__CONTACT, oldContact, newContact);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(Contact newContact) {
		if (newContact != contact) {
			NotificationChain msgs = null;
			if (contact != null)
				msgs = ((InternalEObject)contact).eInverseRemove(this, NetcasePackage.CONTACT__INTERACTIONS, Contact.class, msgs);
			if (newContact != null)
				msgs = ((InternalEObject)newContact).eInverseAdd(this, NetcasePackage.CONTACT__INTERACTIONS, Contact.class, msgs);
			msgs = basicSetContact(newContact, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__CONTACT, newContact, newContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getOrganization() {
		if (organization != null && organization.eIsProxy()) {
			InternalEObject oldOrganization = (InternalEObject)organization;
			organization = (Organization)eResolveProxy(oldOrganization);
			if (organization != oldOrganization) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NetcasePackage.INTERACTION__ORGANIZATION, oldOrganization, organization));
			}
		}
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetOrganization() {
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOrganization(Organization newOrganization, NotificationChain msgs) {
		Organization oldOrganization = organization;
		organization = newOrganization;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__ORGANIZATION, oldOrganization, newOrganization);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganization(Organization newOrganization) {
		if (newOrganization != organization) {
			NotificationChain msgs = null;
			if (organization != null)
				msgs = ((InternalEObject)organization).eInverseRemove(this, NetcasePackage.ORGANIZATION__INTERACTIONS, Organization.class, msgs);
			if (newOrganization != null)
				msgs = ((InternalEObject)newOrganization).eInverseAdd(this, NetcasePackage.ORGANIZATION__INTERACTIONS, Organization.class, msgs);
			msgs = basicSetOrganization(newOrganization, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__ORGANIZATION, newOrganization, newOrganization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Intent getIntent() {
		return intent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntent(Intent newIntent) {
		Intent oldIntent = intent;
		intent = newIntent == null ? INTENT_EDEFAULT : newIntent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__INTENT, oldIntent, intent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBody() {
		return body;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBody(String newBody) {
		String oldBody = body;
		body = newBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__BODY, oldBody, body));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmailTemplate getTemplate() {
		if (template != null && template.eIsProxy()) {
			InternalEObject oldTemplate = (InternalEObject)template;
			template = (EmailTemplate)eResolveProxy(oldTemplate);
			if (template != oldTemplate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NetcasePackage.INTERACTION__TEMPLATE, oldTemplate, template));
			}
		}
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EmailTemplate basicGetTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(EmailTemplate newTemplate) {
		EmailTemplate oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPersonalization() {
		return personalization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonalization(String newPersonalization) {
		String oldPersonalization = personalization;
		personalization = newPersonalization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__PERSONALIZATION, oldPersonalization, personalization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttemptStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AttemptStatus newStatus) {
		AttemptStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSentAt() {
		return sentAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSentAt(Date newSentAt) {
		Date oldSentAt = sentAt;
		sentAt = newSentAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__SENT_AT, oldSentAt, sentAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getRepliedAt() {
		return repliedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepliedAt(Date newRepliedAt) {
		Date oldRepliedAt = repliedAt;
		repliedAt = newRepliedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__REPLIED_AT, oldRepliedAt, repliedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReplySnippet() {
		return replySnippet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplySnippet(String newReplySnippet) {
		String oldReplySnippet = replySnippet;
		replySnippet = newReplySnippet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__REPLY_SNIPPET, oldReplySnippet, replySnippet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessageId() {
		return messageId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageId(String newMessageId) {
		String oldMessageId = messageId;
		messageId = newMessageId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__MESSAGE_ID, oldMessageId, messageId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReplyMessageId() {
		return replyMessageId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplyMessageId(String newReplyMessageId) {
		String oldReplyMessageId = replyMessageId;
		replyMessageId = newReplyMessageId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__REPLY_MESSAGE_ID, oldReplyMessageId, replyMessageId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment getExperiment() {
		if (experiment != null && experiment.eIsProxy()) {
			InternalEObject oldExperiment = (InternalEObject)experiment;
			experiment = (Experiment)eResolveProxy(oldExperiment);
			if (experiment != oldExperiment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NetcasePackage.INTERACTION__EXPERIMENT, oldExperiment, experiment));
			}
		}
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Experiment basicGetExperiment() {
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExperiment(Experiment newExperiment, NotificationChain msgs) {
		Experiment oldExperiment = experiment;
		experiment = newExperiment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__EXPERIMENT, oldExperiment, newExperiment);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperiment(Experiment newExperiment) {
		if (newExperiment != experiment) {
			NotificationChain msgs = null;
			if (experiment != null)
				msgs = ((InternalEObject)experiment).eInverseRemove(this, NetcasePackage.EXPERIMENT__ATTEMPTS, Experiment.class, msgs);
			if (newExperiment != null)
				msgs = ((InternalEObject)newExperiment).eInverseAdd(this, NetcasePackage.EXPERIMENT__ATTEMPTS, Experiment.class, msgs);
			msgs = basicSetExperiment(newExperiment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.INTERACTION__EXPERIMENT, newExperiment, newExperiment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDaysWaiting() {
		return DerivedValues.daysWaiting(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetcasePackage.INTERACTION__CONTACT:
				if (contact != null)
					msgs = ((InternalEObject)contact).eInverseRemove(this, NetcasePackage.CONTACT__INTERACTIONS, Contact.class, msgs);
				return basicSetContact((Contact)otherEnd, msgs);
			case NetcasePackage.INTERACTION__ORGANIZATION:
				if (organization != null)
					msgs = ((InternalEObject)organization).eInverseRemove(this, NetcasePackage.ORGANIZATION__INTERACTIONS, Organization.class, msgs);
				return basicSetOrganization((Organization)otherEnd, msgs);
			case NetcasePackage.INTERACTION__EXPERIMENT:
				if (experiment != null)
					msgs = ((InternalEObject)experiment).eInverseRemove(this, NetcasePackage.EXPERIMENT__ATTEMPTS, Experiment.class, msgs);
				return basicSetExperiment((Experiment)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetcasePackage.INTERACTION__CONTACT:
				return basicSetContact(null, msgs);
			case NetcasePackage.INTERACTION__ORGANIZATION:
				return basicSetOrganization(null, msgs);
			case NetcasePackage.INTERACTION__EXPERIMENT:
				return basicSetExperiment(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetcasePackage.INTERACTION__CONTACT:
				if (resolve) return getContact();
				return basicGetContact();
			case NetcasePackage.INTERACTION__ORGANIZATION:
				if (resolve) return getOrganization();
				return basicGetOrganization();
			case NetcasePackage.INTERACTION__CHANNEL:
				return getChannel();
			case NetcasePackage.INTERACTION__DIRECTION:
				return getDirection();
			case NetcasePackage.INTERACTION__INTENT:
				return getIntent();
			case NetcasePackage.INTERACTION__SUBJECT:
				return getSubject();
			case NetcasePackage.INTERACTION__BODY:
				return getBody();
			case NetcasePackage.INTERACTION__TEMPLATE:
				if (resolve) return getTemplate();
				return basicGetTemplate();
			case NetcasePackage.INTERACTION__PERSONALIZATION:
				return getPersonalization();
			case NetcasePackage.INTERACTION__STATUS:
				return getStatus();
			case NetcasePackage.INTERACTION__SENT_AT:
				return getSentAt();
			case NetcasePackage.INTERACTION__REPLIED_AT:
				return getRepliedAt();
			case NetcasePackage.INTERACTION__REPLY_SNIPPET:
				return getReplySnippet();
			case NetcasePackage.INTERACTION__MESSAGE_ID:
				return getMessageId();
			case NetcasePackage.INTERACTION__REPLY_MESSAGE_ID:
				return getReplyMessageId();
			case NetcasePackage.INTERACTION__EXPERIMENT:
				if (resolve) return getExperiment();
				return basicGetExperiment();
			case NetcasePackage.INTERACTION__DAYS_WAITING:
				return getDaysWaiting();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NetcasePackage.INTERACTION__CONTACT:
				setContact((Contact)newValue);
				return;
			case NetcasePackage.INTERACTION__ORGANIZATION:
				setOrganization((Organization)newValue);
				return;
			case NetcasePackage.INTERACTION__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case NetcasePackage.INTERACTION__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case NetcasePackage.INTERACTION__INTENT:
				setIntent((Intent)newValue);
				return;
			case NetcasePackage.INTERACTION__SUBJECT:
				setSubject((String)newValue);
				return;
			case NetcasePackage.INTERACTION__BODY:
				setBody((String)newValue);
				return;
			case NetcasePackage.INTERACTION__TEMPLATE:
				setTemplate((EmailTemplate)newValue);
				return;
			case NetcasePackage.INTERACTION__PERSONALIZATION:
				setPersonalization((String)newValue);
				return;
			case NetcasePackage.INTERACTION__STATUS:
				setStatus((AttemptStatus)newValue);
				return;
			case NetcasePackage.INTERACTION__SENT_AT:
				setSentAt((Date)newValue);
				return;
			case NetcasePackage.INTERACTION__REPLIED_AT:
				setRepliedAt((Date)newValue);
				return;
			case NetcasePackage.INTERACTION__REPLY_SNIPPET:
				setReplySnippet((String)newValue);
				return;
			case NetcasePackage.INTERACTION__MESSAGE_ID:
				setMessageId((String)newValue);
				return;
			case NetcasePackage.INTERACTION__REPLY_MESSAGE_ID:
				setReplyMessageId((String)newValue);
				return;
			case NetcasePackage.INTERACTION__EXPERIMENT:
				setExperiment((Experiment)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NetcasePackage.INTERACTION__CONTACT:
				setContact((Contact)null);
				return;
			case NetcasePackage.INTERACTION__ORGANIZATION:
				setOrganization((Organization)null);
				return;
			case NetcasePackage.INTERACTION__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__INTENT:
				setIntent(INTENT_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__BODY:
				setBody(BODY_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__TEMPLATE:
				setTemplate((EmailTemplate)null);
				return;
			case NetcasePackage.INTERACTION__PERSONALIZATION:
				setPersonalization(PERSONALIZATION_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__SENT_AT:
				setSentAt(SENT_AT_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__REPLIED_AT:
				setRepliedAt(REPLIED_AT_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__REPLY_SNIPPET:
				setReplySnippet(REPLY_SNIPPET_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__MESSAGE_ID:
				setMessageId(MESSAGE_ID_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__REPLY_MESSAGE_ID:
				setReplyMessageId(REPLY_MESSAGE_ID_EDEFAULT);
				return;
			case NetcasePackage.INTERACTION__EXPERIMENT:
				setExperiment((Experiment)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NetcasePackage.INTERACTION__CONTACT:
				return contact != null;
			case NetcasePackage.INTERACTION__ORGANIZATION:
				return organization != null;
			case NetcasePackage.INTERACTION__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case NetcasePackage.INTERACTION__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case NetcasePackage.INTERACTION__INTENT:
				return intent != INTENT_EDEFAULT;
			case NetcasePackage.INTERACTION__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case NetcasePackage.INTERACTION__BODY:
				return BODY_EDEFAULT == null ? body != null : !BODY_EDEFAULT.equals(body);
			case NetcasePackage.INTERACTION__TEMPLATE:
				return template != null;
			case NetcasePackage.INTERACTION__PERSONALIZATION:
				return PERSONALIZATION_EDEFAULT == null ? personalization != null : !PERSONALIZATION_EDEFAULT.equals(personalization);
			case NetcasePackage.INTERACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case NetcasePackage.INTERACTION__SENT_AT:
				return SENT_AT_EDEFAULT == null ? sentAt != null : !SENT_AT_EDEFAULT.equals(sentAt);
			case NetcasePackage.INTERACTION__REPLIED_AT:
				return REPLIED_AT_EDEFAULT == null ? repliedAt != null : !REPLIED_AT_EDEFAULT.equals(repliedAt);
			case NetcasePackage.INTERACTION__REPLY_SNIPPET:
				return REPLY_SNIPPET_EDEFAULT == null ? replySnippet != null : !REPLY_SNIPPET_EDEFAULT.equals(replySnippet);
			case NetcasePackage.INTERACTION__MESSAGE_ID:
				return MESSAGE_ID_EDEFAULT == null ? messageId != null : !MESSAGE_ID_EDEFAULT.equals(messageId);
			case NetcasePackage.INTERACTION__REPLY_MESSAGE_ID:
				return REPLY_MESSAGE_ID_EDEFAULT == null ? replyMessageId != null : !REPLY_MESSAGE_ID_EDEFAULT.equals(replyMessageId);
			case NetcasePackage.INTERACTION__EXPERIMENT:
				return experiment != null;
			case NetcasePackage.INTERACTION__DAYS_WAITING:
				return getDaysWaiting() != DAYS_WAITING_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (channel: ");
		result.append(channel);
		result.append(", direction: ");
		result.append(direction);
		result.append(", intent: ");
		result.append(intent);
		result.append(", subject: ");
		result.append(subject);
		result.append(", body: ");
		result.append(body);
		result.append(", personalization: ");
		result.append(personalization);
		result.append(", status: ");
		result.append(status);
		result.append(", sentAt: ");
		result.append(sentAt);
		result.append(", repliedAt: ");
		result.append(repliedAt);
		result.append(", replySnippet: ");
		result.append(replySnippet);
		result.append(", messageId: ");
		result.append(messageId);
		result.append(", replyMessageId: ");
		result.append(replyMessageId);
		result.append(')');
		return result.toString();
	}

} //InteractionImpl
