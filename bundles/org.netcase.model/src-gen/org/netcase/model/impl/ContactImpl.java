/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.netcase.model.Contact;
import org.netcase.model.Interaction;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Organization;
import org.netcase.model.RelationshipStage;
import org.netcase.model.Tag;

import org.netcase.model.internal.DerivedValues;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getFirstName <em>First Name</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getLastName <em>Last Name</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getEmails <em>Emails</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getBusiness <em>Business</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getWebsite <em>Website</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getArea <em>Area</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getHowFound <em>How Found</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getResearchNotes <em>Research Notes</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.netcase.model.impl.ContactImpl#getLastContacted <em>Last Contacted</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactImpl extends IdentifiedImpl implements Contact {
	/**
	 * The default value of the '{@link #getFirstName() <em>First Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstName()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstName() <em>First Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstName()
	 * @generated
	 * @ordered
	 */
	protected String firstName = FIRST_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastName() <em>Last Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastName()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastName() <em>Last Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastName()
	 * @generated
	 * @ordered
	 */
	protected String lastName = LAST_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEmails() <em>Emails</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmails()
	 * @generated
	 * @ordered
	 */
	protected EList<String> emails;

	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBusiness() <em>Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusiness()
	 * @generated
	 * @ordered
	 */
	protected static final String BUSINESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBusiness() <em>Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusiness()
	 * @generated
	 * @ordered
	 */
	protected String business = BUSINESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWebsite() <em>Website</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWebsite()
	 * @generated
	 * @ordered
	 */
	protected static final String WEBSITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWebsite() <em>Website</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWebsite()
	 * @generated
	 * @ordered
	 */
	protected String website = WEBSITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected static final String AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected String area = AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getHowFound() <em>How Found</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHowFound()
	 * @generated
	 * @ordered
	 */
	protected static final String HOW_FOUND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHowFound() <em>How Found</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHowFound()
	 * @generated
	 * @ordered
	 */
	protected String howFound = HOW_FOUND_EDEFAULT;

	/**
	 * The default value of the '{@link #getResearchNotes() <em>Research Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResearchNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String RESEARCH_NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResearchNotes() <em>Research Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResearchNotes()
	 * @generated
	 * @ordered
	 */
	protected String researchNotes = RESEARCH_NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<Tag> tags;

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
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final RelationshipStage STAGE_EDEFAULT = RelationshipStage.IDENTIFIED;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected RelationshipStage stage = STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInteractions() <em>Interactions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractions()
	 * @generated
	 * @ordered
	 */
	protected EList<Interaction> interactions;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getLastContacted() <em>Last Contacted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastContacted()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_CONTACTED_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetcasePackage.Literals.CONTACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirstName() {
		return firstName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstName(String newFirstName) {
		String oldFirstName = firstName;
		firstName = newFirstName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__FIRST_NAME, oldFirstName, firstName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastName() {
		return lastName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastName(String newLastName) {
		String oldLastName = lastName;
		lastName = newLastName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__LAST_NAME, oldLastName, lastName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEmails() {
		if (emails == null) {
			emails = new EDataTypeUniqueEList<String>(String.class, this, NetcasePackage.CONTACT__EMAILS);
		}
		return emails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBusiness() {
		return business;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusiness(String newBusiness) {
		String oldBusiness = business;
		business = newBusiness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__BUSINESS, oldBusiness, business));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWebsite() {
		return website;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWebsite(String newWebsite) {
		String oldWebsite = website;
		website = newWebsite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__WEBSITE, oldWebsite, website));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(String newArea) {
		String oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHowFound() {
		return howFound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHowFound(String newHowFound) {
		String oldHowFound = howFound;
		howFound = newHowFound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__HOW_FOUND, oldHowFound, howFound));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResearchNotes() {
		return researchNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResearchNotes(String newResearchNotes) {
		String oldResearchNotes = researchNotes;
		researchNotes = newResearchNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__RESEARCH_NOTES, oldResearchNotes, researchNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tag> getTags() {
		if (tags == null) {
			tags = new EObjectResolvingEList<Tag>(Tag.class, this, NetcasePackage.CONTACT__TAGS);
		}
		return tags;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NetcasePackage.CONTACT__ORGANIZATION, oldOrganization, organization));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__ORGANIZATION, oldOrganization, newOrganization);
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
				msgs = ((InternalEObject)organization).eInverseRemove(this, NetcasePackage.ORGANIZATION__PEOPLE, Organization.class, msgs);
			if (newOrganization != null)
				msgs = ((InternalEObject)newOrganization).eInverseAdd(this, NetcasePackage.ORGANIZATION__PEOPLE, Organization.class, msgs);
			msgs = basicSetOrganization(newOrganization, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__ORGANIZATION, newOrganization, newOrganization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipStage getStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(RelationshipStage newStage) {
		RelationshipStage oldStage = stage;
		stage = newStage == null ? STAGE_EDEFAULT : newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.CONTACT__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interaction> getInteractions() {
		if (interactions == null) {
			interactions = new EObjectWithInverseResolvingEList<Interaction>(Interaction.class, this, NetcasePackage.CONTACT__INTERACTIONS, NetcasePackage.INTERACTION__CONTACT);
		}
		return interactions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return DerivedValues.nameOf(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastContacted() {
		return DerivedValues.lastContacted(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetcasePackage.CONTACT__ORGANIZATION:
				if (organization != null)
					msgs = ((InternalEObject)organization).eInverseRemove(this, NetcasePackage.ORGANIZATION__PEOPLE, Organization.class, msgs);
				return basicSetOrganization((Organization)otherEnd, msgs);
			case NetcasePackage.CONTACT__INTERACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getInteractions()).basicAdd(otherEnd, msgs);
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
			case NetcasePackage.CONTACT__ORGANIZATION:
				return basicSetOrganization(null, msgs);
			case NetcasePackage.CONTACT__INTERACTIONS:
				return ((InternalEList<?>)getInteractions()).basicRemove(otherEnd, msgs);
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
			case NetcasePackage.CONTACT__FIRST_NAME:
				return getFirstName();
			case NetcasePackage.CONTACT__LAST_NAME:
				return getLastName();
			case NetcasePackage.CONTACT__EMAILS:
				return getEmails();
			case NetcasePackage.CONTACT__PHONE:
				return getPhone();
			case NetcasePackage.CONTACT__BUSINESS:
				return getBusiness();
			case NetcasePackage.CONTACT__ROLE:
				return getRole();
			case NetcasePackage.CONTACT__WEBSITE:
				return getWebsite();
			case NetcasePackage.CONTACT__AREA:
				return getArea();
			case NetcasePackage.CONTACT__HOW_FOUND:
				return getHowFound();
			case NetcasePackage.CONTACT__RESEARCH_NOTES:
				return getResearchNotes();
			case NetcasePackage.CONTACT__TAGS:
				return getTags();
			case NetcasePackage.CONTACT__ORGANIZATION:
				if (resolve) return getOrganization();
				return basicGetOrganization();
			case NetcasePackage.CONTACT__STAGE:
				return getStage();
			case NetcasePackage.CONTACT__CREATED:
				return getCreated();
			case NetcasePackage.CONTACT__INTERACTIONS:
				return getInteractions();
			case NetcasePackage.CONTACT__NAME:
				return getName();
			case NetcasePackage.CONTACT__LAST_CONTACTED:
				return getLastContacted();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NetcasePackage.CONTACT__FIRST_NAME:
				setFirstName((String)newValue);
				return;
			case NetcasePackage.CONTACT__LAST_NAME:
				setLastName((String)newValue);
				return;
			case NetcasePackage.CONTACT__EMAILS:
				getEmails().clear();
				getEmails().addAll((Collection<? extends String>)newValue);
				return;
			case NetcasePackage.CONTACT__PHONE:
				setPhone((String)newValue);
				return;
			case NetcasePackage.CONTACT__BUSINESS:
				setBusiness((String)newValue);
				return;
			case NetcasePackage.CONTACT__ROLE:
				setRole((String)newValue);
				return;
			case NetcasePackage.CONTACT__WEBSITE:
				setWebsite((String)newValue);
				return;
			case NetcasePackage.CONTACT__AREA:
				setArea((String)newValue);
				return;
			case NetcasePackage.CONTACT__HOW_FOUND:
				setHowFound((String)newValue);
				return;
			case NetcasePackage.CONTACT__RESEARCH_NOTES:
				setResearchNotes((String)newValue);
				return;
			case NetcasePackage.CONTACT__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends Tag>)newValue);
				return;
			case NetcasePackage.CONTACT__ORGANIZATION:
				setOrganization((Organization)newValue);
				return;
			case NetcasePackage.CONTACT__STAGE:
				setStage((RelationshipStage)newValue);
				return;
			case NetcasePackage.CONTACT__CREATED:
				setCreated((Date)newValue);
				return;
			case NetcasePackage.CONTACT__INTERACTIONS:
				getInteractions().clear();
				getInteractions().addAll((Collection<? extends Interaction>)newValue);
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
			case NetcasePackage.CONTACT__FIRST_NAME:
				setFirstName(FIRST_NAME_EDEFAULT);
				return;
			case NetcasePackage.CONTACT__LAST_NAME:
				setLastName(LAST_NAME_EDEFAULT);
				return;
			case NetcasePackage.CONTACT__EMAILS:
				getEmails().clear();
				return;
			case NetcasePackage.CONTACT__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case NetcasePackage.CONTACT__BUSINESS:
				setBusiness(BUSINESS_EDEFAULT);
				return;
			case NetcasePackage.CONTACT__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case NetcasePackage.CONTACT__WEBSITE:
				setWebsite(WEBSITE_EDEFAULT);
				return;
			case NetcasePackage.CONTACT__AREA:
				setArea(AREA_EDEFAULT);
				return;
			case NetcasePackage.CONTACT__HOW_FOUND:
				setHowFound(HOW_FOUND_EDEFAULT);
				return;
			case NetcasePackage.CONTACT__RESEARCH_NOTES:
				setResearchNotes(RESEARCH_NOTES_EDEFAULT);
				return;
			case NetcasePackage.CONTACT__TAGS:
				getTags().clear();
				return;
			case NetcasePackage.CONTACT__ORGANIZATION:
				setOrganization((Organization)null);
				return;
			case NetcasePackage.CONTACT__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case NetcasePackage.CONTACT__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case NetcasePackage.CONTACT__INTERACTIONS:
				getInteractions().clear();
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
			case NetcasePackage.CONTACT__FIRST_NAME:
				return FIRST_NAME_EDEFAULT == null ? firstName != null : !FIRST_NAME_EDEFAULT.equals(firstName);
			case NetcasePackage.CONTACT__LAST_NAME:
				return LAST_NAME_EDEFAULT == null ? lastName != null : !LAST_NAME_EDEFAULT.equals(lastName);
			case NetcasePackage.CONTACT__EMAILS:
				return emails != null && !emails.isEmpty();
			case NetcasePackage.CONTACT__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case NetcasePackage.CONTACT__BUSINESS:
				return BUSINESS_EDEFAULT == null ? business != null : !BUSINESS_EDEFAULT.equals(business);
			case NetcasePackage.CONTACT__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case NetcasePackage.CONTACT__WEBSITE:
				return WEBSITE_EDEFAULT == null ? website != null : !WEBSITE_EDEFAULT.equals(website);
			case NetcasePackage.CONTACT__AREA:
				return AREA_EDEFAULT == null ? area != null : !AREA_EDEFAULT.equals(area);
			case NetcasePackage.CONTACT__HOW_FOUND:
				return HOW_FOUND_EDEFAULT == null ? howFound != null : !HOW_FOUND_EDEFAULT.equals(howFound);
			case NetcasePackage.CONTACT__RESEARCH_NOTES:
				return RESEARCH_NOTES_EDEFAULT == null ? researchNotes != null : !RESEARCH_NOTES_EDEFAULT.equals(researchNotes);
			case NetcasePackage.CONTACT__TAGS:
				return tags != null && !tags.isEmpty();
			case NetcasePackage.CONTACT__ORGANIZATION:
				return organization != null;
			case NetcasePackage.CONTACT__STAGE:
				return stage != STAGE_EDEFAULT;
			case NetcasePackage.CONTACT__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case NetcasePackage.CONTACT__INTERACTIONS:
				return interactions != null && !interactions.isEmpty();
			case NetcasePackage.CONTACT__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
			case NetcasePackage.CONTACT__LAST_CONTACTED:
				return LAST_CONTACTED_EDEFAULT == null ? getLastContacted() != null : !LAST_CONTACTED_EDEFAULT.equals(getLastContacted());
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
		result.append(" (firstName: ");
		result.append(firstName);
		result.append(", lastName: ");
		result.append(lastName);
		result.append(", emails: ");
		result.append(emails);
		result.append(", phone: ");
		result.append(phone);
		result.append(", business: ");
		result.append(business);
		result.append(", role: ");
		result.append(role);
		result.append(", website: ");
		result.append(website);
		result.append(", area: ");
		result.append(area);
		result.append(", howFound: ");
		result.append(howFound);
		result.append(", researchNotes: ");
		result.append(researchNotes);
		result.append(", stage: ");
		result.append(stage);
		result.append(", created: ");
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //ContactImpl
