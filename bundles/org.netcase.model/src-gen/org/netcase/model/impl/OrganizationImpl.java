/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.netcase.model.Contact;
import org.netcase.model.Interaction;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Opportunity;
import org.netcase.model.Organization;
import org.netcase.model.OrganizationKind;
import org.netcase.model.Tag;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getWebsite <em>Website</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getArea <em>Area</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getMission <em>Mission</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getLoveRating <em>Love Rating</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getBenefitToMe <em>Benefit To Me</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getBenefitToThem <em>Benefit To Them</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getHowIGiveBack <em>How IGive Back</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.netcase.model.impl.OrganizationImpl#getInteractions <em>Interactions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganizationImpl extends IdentifiedImpl implements Organization {
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
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OrganizationKind KIND_EDEFAULT = OrganizationKind.BUSINESS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OrganizationKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getMission() <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMission()
	 * @generated
	 * @ordered
	 */
	protected static final String MISSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMission() <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMission()
	 * @generated
	 * @ordered
	 */
	protected String mission = MISSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Contact> people;

	/**
	 * The default value of the '{@link #getLoveRating() <em>Love Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoveRating()
	 * @generated
	 * @ordered
	 */
	protected static final int LOVE_RATING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLoveRating() <em>Love Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoveRating()
	 * @generated
	 * @ordered
	 */
	protected int loveRating = LOVE_RATING_EDEFAULT;

	/**
	 * The default value of the '{@link #getBenefitToMe() <em>Benefit To Me</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefitToMe()
	 * @generated
	 * @ordered
	 */
	protected static final String BENEFIT_TO_ME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBenefitToMe() <em>Benefit To Me</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefitToMe()
	 * @generated
	 * @ordered
	 */
	protected String benefitToMe = BENEFIT_TO_ME_EDEFAULT;

	/**
	 * The default value of the '{@link #getBenefitToThem() <em>Benefit To Them</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefitToThem()
	 * @generated
	 * @ordered
	 */
	protected static final String BENEFIT_TO_THEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBenefitToThem() <em>Benefit To Them</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefitToThem()
	 * @generated
	 * @ordered
	 */
	protected String benefitToThem = BENEFIT_TO_THEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getHowIGiveBack() <em>How IGive Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHowIGiveBack()
	 * @generated
	 * @ordered
	 */
	protected static final String HOW_IGIVE_BACK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHowIGiveBack() <em>How IGive Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHowIGiveBack()
	 * @generated
	 * @ordered
	 */
	protected String howIGiveBack = HOW_IGIVE_BACK_EDEFAULT;

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
	 * The cached value of the '{@link #getOpportunities() <em>Opportunities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunities()
	 * @generated
	 * @ordered
	 */
	protected EList<Opportunity> opportunities;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganizationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetcasePackage.Literals.ORGANIZATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.ORGANIZATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganizationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OrganizationKind newKind) {
		OrganizationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.ORGANIZATION__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.ORGANIZATION__WEBSITE, oldWebsite, website));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.ORGANIZATION__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMission() {
		return mission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMission(String newMission) {
		String oldMission = mission;
		mission = newMission;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.ORGANIZATION__MISSION, oldMission, mission));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contact> getPeople() {
		if (people == null) {
			people = new EObjectWithInverseResolvingEList<Contact>(Contact.class, this, NetcasePackage.ORGANIZATION__PEOPLE, NetcasePackage.CONTACT__ORGANIZATION);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLoveRating() {
		return loveRating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoveRating(int newLoveRating) {
		int oldLoveRating = loveRating;
		loveRating = newLoveRating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.ORGANIZATION__LOVE_RATING, oldLoveRating, loveRating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBenefitToMe() {
		return benefitToMe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBenefitToMe(String newBenefitToMe) {
		String oldBenefitToMe = benefitToMe;
		benefitToMe = newBenefitToMe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.ORGANIZATION__BENEFIT_TO_ME, oldBenefitToMe, benefitToMe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBenefitToThem() {
		return benefitToThem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBenefitToThem(String newBenefitToThem) {
		String oldBenefitToThem = benefitToThem;
		benefitToThem = newBenefitToThem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.ORGANIZATION__BENEFIT_TO_THEM, oldBenefitToThem, benefitToThem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHowIGiveBack() {
		return howIGiveBack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHowIGiveBack(String newHowIGiveBack) {
		String oldHowIGiveBack = howIGiveBack;
		howIGiveBack = newHowIGiveBack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.ORGANIZATION__HOW_IGIVE_BACK, oldHowIGiveBack, howIGiveBack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tag> getTags() {
		if (tags == null) {
			tags = new EObjectResolvingEList<Tag>(Tag.class, this, NetcasePackage.ORGANIZATION__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Opportunity> getOpportunities() {
		if (opportunities == null) {
			opportunities = new EObjectWithInverseResolvingEList<Opportunity>(Opportunity.class, this, NetcasePackage.ORGANIZATION__OPPORTUNITIES, NetcasePackage.OPPORTUNITY__ORGANIZATION);
		}
		return opportunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interaction> getInteractions() {
		if (interactions == null) {
			interactions = new EObjectWithInverseResolvingEList<Interaction>(Interaction.class, this, NetcasePackage.ORGANIZATION__INTERACTIONS, NetcasePackage.INTERACTION__ORGANIZATION);
		}
		return interactions;
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
			case NetcasePackage.ORGANIZATION__PEOPLE:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPeople()).basicAdd(otherEnd, msgs);
			case NetcasePackage.ORGANIZATION__OPPORTUNITIES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getOpportunities()).basicAdd(otherEnd, msgs);
			case NetcasePackage.ORGANIZATION__INTERACTIONS:
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
			case NetcasePackage.ORGANIZATION__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case NetcasePackage.ORGANIZATION__OPPORTUNITIES:
				return ((InternalEList<?>)getOpportunities()).basicRemove(otherEnd, msgs);
			case NetcasePackage.ORGANIZATION__INTERACTIONS:
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
			case NetcasePackage.ORGANIZATION__NAME:
				return getName();
			case NetcasePackage.ORGANIZATION__KIND:
				return getKind();
			case NetcasePackage.ORGANIZATION__WEBSITE:
				return getWebsite();
			case NetcasePackage.ORGANIZATION__AREA:
				return getArea();
			case NetcasePackage.ORGANIZATION__MISSION:
				return getMission();
			case NetcasePackage.ORGANIZATION__PEOPLE:
				return getPeople();
			case NetcasePackage.ORGANIZATION__LOVE_RATING:
				return getLoveRating();
			case NetcasePackage.ORGANIZATION__BENEFIT_TO_ME:
				return getBenefitToMe();
			case NetcasePackage.ORGANIZATION__BENEFIT_TO_THEM:
				return getBenefitToThem();
			case NetcasePackage.ORGANIZATION__HOW_IGIVE_BACK:
				return getHowIGiveBack();
			case NetcasePackage.ORGANIZATION__TAGS:
				return getTags();
			case NetcasePackage.ORGANIZATION__OPPORTUNITIES:
				return getOpportunities();
			case NetcasePackage.ORGANIZATION__INTERACTIONS:
				return getInteractions();
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
			case NetcasePackage.ORGANIZATION__NAME:
				setName((String)newValue);
				return;
			case NetcasePackage.ORGANIZATION__KIND:
				setKind((OrganizationKind)newValue);
				return;
			case NetcasePackage.ORGANIZATION__WEBSITE:
				setWebsite((String)newValue);
				return;
			case NetcasePackage.ORGANIZATION__AREA:
				setArea((String)newValue);
				return;
			case NetcasePackage.ORGANIZATION__MISSION:
				setMission((String)newValue);
				return;
			case NetcasePackage.ORGANIZATION__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Contact>)newValue);
				return;
			case NetcasePackage.ORGANIZATION__LOVE_RATING:
				setLoveRating((Integer)newValue);
				return;
			case NetcasePackage.ORGANIZATION__BENEFIT_TO_ME:
				setBenefitToMe((String)newValue);
				return;
			case NetcasePackage.ORGANIZATION__BENEFIT_TO_THEM:
				setBenefitToThem((String)newValue);
				return;
			case NetcasePackage.ORGANIZATION__HOW_IGIVE_BACK:
				setHowIGiveBack((String)newValue);
				return;
			case NetcasePackage.ORGANIZATION__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends Tag>)newValue);
				return;
			case NetcasePackage.ORGANIZATION__OPPORTUNITIES:
				getOpportunities().clear();
				getOpportunities().addAll((Collection<? extends Opportunity>)newValue);
				return;
			case NetcasePackage.ORGANIZATION__INTERACTIONS:
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
			case NetcasePackage.ORGANIZATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NetcasePackage.ORGANIZATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NetcasePackage.ORGANIZATION__WEBSITE:
				setWebsite(WEBSITE_EDEFAULT);
				return;
			case NetcasePackage.ORGANIZATION__AREA:
				setArea(AREA_EDEFAULT);
				return;
			case NetcasePackage.ORGANIZATION__MISSION:
				setMission(MISSION_EDEFAULT);
				return;
			case NetcasePackage.ORGANIZATION__PEOPLE:
				getPeople().clear();
				return;
			case NetcasePackage.ORGANIZATION__LOVE_RATING:
				setLoveRating(LOVE_RATING_EDEFAULT);
				return;
			case NetcasePackage.ORGANIZATION__BENEFIT_TO_ME:
				setBenefitToMe(BENEFIT_TO_ME_EDEFAULT);
				return;
			case NetcasePackage.ORGANIZATION__BENEFIT_TO_THEM:
				setBenefitToThem(BENEFIT_TO_THEM_EDEFAULT);
				return;
			case NetcasePackage.ORGANIZATION__HOW_IGIVE_BACK:
				setHowIGiveBack(HOW_IGIVE_BACK_EDEFAULT);
				return;
			case NetcasePackage.ORGANIZATION__TAGS:
				getTags().clear();
				return;
			case NetcasePackage.ORGANIZATION__OPPORTUNITIES:
				getOpportunities().clear();
				return;
			case NetcasePackage.ORGANIZATION__INTERACTIONS:
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
			case NetcasePackage.ORGANIZATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NetcasePackage.ORGANIZATION__KIND:
				return kind != KIND_EDEFAULT;
			case NetcasePackage.ORGANIZATION__WEBSITE:
				return WEBSITE_EDEFAULT == null ? website != null : !WEBSITE_EDEFAULT.equals(website);
			case NetcasePackage.ORGANIZATION__AREA:
				return AREA_EDEFAULT == null ? area != null : !AREA_EDEFAULT.equals(area);
			case NetcasePackage.ORGANIZATION__MISSION:
				return MISSION_EDEFAULT == null ? mission != null : !MISSION_EDEFAULT.equals(mission);
			case NetcasePackage.ORGANIZATION__PEOPLE:
				return people != null && !people.isEmpty();
			case NetcasePackage.ORGANIZATION__LOVE_RATING:
				return loveRating != LOVE_RATING_EDEFAULT;
			case NetcasePackage.ORGANIZATION__BENEFIT_TO_ME:
				return BENEFIT_TO_ME_EDEFAULT == null ? benefitToMe != null : !BENEFIT_TO_ME_EDEFAULT.equals(benefitToMe);
			case NetcasePackage.ORGANIZATION__BENEFIT_TO_THEM:
				return BENEFIT_TO_THEM_EDEFAULT == null ? benefitToThem != null : !BENEFIT_TO_THEM_EDEFAULT.equals(benefitToThem);
			case NetcasePackage.ORGANIZATION__HOW_IGIVE_BACK:
				return HOW_IGIVE_BACK_EDEFAULT == null ? howIGiveBack != null : !HOW_IGIVE_BACK_EDEFAULT.equals(howIGiveBack);
			case NetcasePackage.ORGANIZATION__TAGS:
				return tags != null && !tags.isEmpty();
			case NetcasePackage.ORGANIZATION__OPPORTUNITIES:
				return opportunities != null && !opportunities.isEmpty();
			case NetcasePackage.ORGANIZATION__INTERACTIONS:
				return interactions != null && !interactions.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", website: ");
		result.append(website);
		result.append(", area: ");
		result.append(area);
		result.append(", mission: ");
		result.append(mission);
		result.append(", loveRating: ");
		result.append(loveRating);
		result.append(", benefitToMe: ");
		result.append(benefitToMe);
		result.append(", benefitToThem: ");
		result.append(benefitToThem);
		result.append(", howIGiveBack: ");
		result.append(howIGiveBack);
		result.append(')');
		return result.toString();
	}

} //OrganizationImpl
