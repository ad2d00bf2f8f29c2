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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.netcase.model.Contact;
import org.netcase.model.EmailTemplate;
import org.netcase.model.Experiment;
import org.netcase.model.FollowUp;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.Interaction;
import org.netcase.model.JournalEntry;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Network;
import org.netcase.model.Opportunity;
import org.netcase.model.Organization;
import org.netcase.model.Owner;
import org.netcase.model.Tag;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getInteractions <em>Interactions</em>}</li>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getExperiments <em>Experiments</em>}</li>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getGiveBacks <em>Give Backs</em>}</li>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getJournalEntries <em>Journal Entries</em>}</li>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getTemplates <em>Templates</em>}</li>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.netcase.model.impl.NetworkImpl#getFollowUps <em>Follow Ups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkImpl extends IdentifiedImpl implements Network {
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
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Owner owner;

	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contact> contacts;

	/**
	 * The cached value of the '{@link #getOrganizations() <em>Organizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> organizations;

	/**
	 * The cached value of the '{@link #getInteractions() <em>Interactions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractions()
	 * @generated
	 * @ordered
	 */
	protected EList<Interaction> interactions;

	/**
	 * The cached value of the '{@link #getOpportunities() <em>Opportunities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunities()
	 * @generated
	 * @ordered
	 */
	protected EList<Opportunity> opportunities;

	/**
	 * The cached value of the '{@link #getExperiments() <em>Experiments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiments()
	 * @generated
	 * @ordered
	 */
	protected EList<Experiment> experiments;

	/**
	 * The cached value of the '{@link #getGiveBacks() <em>Give Backs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGiveBacks()
	 * @generated
	 * @ordered
	 */
	protected EList<GiveBackEntry> giveBacks;

	/**
	 * The cached value of the '{@link #getJournalEntries() <em>Journal Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJournalEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<JournalEntry> journalEntries;

	/**
	 * The cached value of the '{@link #getTemplates() <em>Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<EmailTemplate> templates;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<Tag> tags;

	/**
	 * The cached value of the '{@link #getFollowUps() <em>Follow Ups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUps()
	 * @generated
	 * @ordered
	 */
	protected EList<FollowUp> followUps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetcasePackage.Literals.NETWORK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.NETWORK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Owner getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOwner(Owner newOwner, NotificationChain msgs) {
		Owner oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetcasePackage.NETWORK__OWNER, oldOwner, newOwner);
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
	public void setOwner(Owner newOwner) {
		if (newOwner != owner) {
			NotificationChain msgs = null;
			if (owner != null)
				msgs = ((InternalEObject)owner).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetcasePackage.NETWORK__OWNER, null, msgs);
			if (newOwner != null)
				msgs = ((InternalEObject)newOwner).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetcasePackage.NETWORK__OWNER, null, msgs);
			msgs = basicSetOwner(newOwner, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.NETWORK__OWNER, newOwner, newOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contact> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList<Contact>(Contact.class, this, NetcasePackage.NETWORK__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getOrganizations() {
		if (organizations == null) {
			organizations = new EObjectContainmentEList<Organization>(Organization.class, this, NetcasePackage.NETWORK__ORGANIZATIONS);
		}
		return organizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interaction> getInteractions() {
		if (interactions == null) {
			interactions = new EObjectContainmentEList<Interaction>(Interaction.class, this, NetcasePackage.NETWORK__INTERACTIONS);
		}
		return interactions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Opportunity> getOpportunities() {
		if (opportunities == null) {
			opportunities = new EObjectContainmentEList<Opportunity>(Opportunity.class, this, NetcasePackage.NETWORK__OPPORTUNITIES);
		}
		return opportunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Experiment> getExperiments() {
		if (experiments == null) {
			experiments = new EObjectContainmentEList<Experiment>(Experiment.class, this, NetcasePackage.NETWORK__EXPERIMENTS);
		}
		return experiments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GiveBackEntry> getGiveBacks() {
		if (giveBacks == null) {
			giveBacks = new EObjectContainmentEList<GiveBackEntry>(GiveBackEntry.class, this, NetcasePackage.NETWORK__GIVE_BACKS);
		}
		return giveBacks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JournalEntry> getJournalEntries() {
		if (journalEntries == null) {
			journalEntries = new EObjectContainmentEList<JournalEntry>(JournalEntry.class, this, NetcasePackage.NETWORK__JOURNAL_ENTRIES);
		}
		return journalEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EmailTemplate> getTemplates() {
		if (templates == null) {
			templates = new EObjectContainmentEList<EmailTemplate>(EmailTemplate.class, this, NetcasePackage.NETWORK__TEMPLATES);
		}
		return templates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tag> getTags() {
		if (tags == null) {
			tags = new EObjectContainmentEList<Tag>(Tag.class, this, NetcasePackage.NETWORK__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FollowUp> getFollowUps() {
		if (followUps == null) {
			followUps = new EObjectContainmentEList<FollowUp>(FollowUp.class, this, NetcasePackage.NETWORK__FOLLOW_UPS);
		}
		return followUps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetcasePackage.NETWORK__OWNER:
				return basicSetOwner(null, msgs);
			case NetcasePackage.NETWORK__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
			case NetcasePackage.NETWORK__ORGANIZATIONS:
				return ((InternalEList<?>)getOrganizations()).basicRemove(otherEnd, msgs);
			case NetcasePackage.NETWORK__INTERACTIONS:
				return ((InternalEList<?>)getInteractions()).basicRemove(otherEnd, msgs);
			case NetcasePackage.NETWORK__OPPORTUNITIES:
				return ((InternalEList<?>)getOpportunities()).basicRemove(otherEnd, msgs);
			case NetcasePackage.NETWORK__EXPERIMENTS:
				return ((InternalEList<?>)getExperiments()).basicRemove(otherEnd, msgs);
			case NetcasePackage.NETWORK__GIVE_BACKS:
				return ((InternalEList<?>)getGiveBacks()).basicRemove(otherEnd, msgs);
			case NetcasePackage.NETWORK__JOURNAL_ENTRIES:
				return ((InternalEList<?>)getJournalEntries()).basicRemove(otherEnd, msgs);
			case NetcasePackage.NETWORK__TEMPLATES:
				return ((InternalEList<?>)getTemplates()).basicRemove(otherEnd, msgs);
			case NetcasePackage.NETWORK__TAGS:
				return ((InternalEList<?>)getTags()).basicRemove(otherEnd, msgs);
			case NetcasePackage.NETWORK__FOLLOW_UPS:
				return ((InternalEList<?>)getFollowUps()).basicRemove(otherEnd, msgs);
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
			case NetcasePackage.NETWORK__NAME:
				return getName();
			case NetcasePackage.NETWORK__OWNER:
				return getOwner();
			case NetcasePackage.NETWORK__CONTACTS:
				return getContacts();
			case NetcasePackage.NETWORK__ORGANIZATIONS:
				return getOrganizations();
			case NetcasePackage.NETWORK__INTERACTIONS:
				return getInteractions();
			case NetcasePackage.NETWORK__OPPORTUNITIES:
				return getOpportunities();
			case NetcasePackage.NETWORK__EXPERIMENTS:
				return getExperiments();
			case NetcasePackage.NETWORK__GIVE_BACKS:
				return getGiveBacks();
			case NetcasePackage.NETWORK__JOURNAL_ENTRIES:
				return getJournalEntries();
			case NetcasePackage.NETWORK__TEMPLATES:
				return getTemplates();
			case NetcasePackage.NETWORK__TAGS:
				return getTags();
			case NetcasePackage.NETWORK__FOLLOW_UPS:
				return getFollowUps();
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
			case NetcasePackage.NETWORK__NAME:
				setName((String)newValue);
				return;
			case NetcasePackage.NETWORK__OWNER:
				setOwner((Owner)newValue);
				return;
			case NetcasePackage.NETWORK__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends Contact>)newValue);
				return;
			case NetcasePackage.NETWORK__ORGANIZATIONS:
				getOrganizations().clear();
				getOrganizations().addAll((Collection<? extends Organization>)newValue);
				return;
			case NetcasePackage.NETWORK__INTERACTIONS:
				getInteractions().clear();
				getInteractions().addAll((Collection<? extends Interaction>)newValue);
				return;
			case NetcasePackage.NETWORK__OPPORTUNITIES:
				getOpportunities().clear();
				getOpportunities().addAll((Collection<? extends Opportunity>)newValue);
				return;
			case NetcasePackage.NETWORK__EXPERIMENTS:
				getExperiments().clear();
				getExperiments().addAll((Collection<? extends Experiment>)newValue);
				return;
			case NetcasePackage.NETWORK__GIVE_BACKS:
				getGiveBacks().clear();
				getGiveBacks().addAll((Collection<? extends GiveBackEntry>)newValue);
				return;
			case NetcasePackage.NETWORK__JOURNAL_ENTRIES:
				getJournalEntries().clear();
				getJournalEntries().addAll((Collection<? extends JournalEntry>)newValue);
				return;
			case NetcasePackage.NETWORK__TEMPLATES:
				getTemplates().clear();
				getTemplates().addAll((Collection<? extends EmailTemplate>)newValue);
				return;
			case NetcasePackage.NETWORK__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends Tag>)newValue);
				return;
			case NetcasePackage.NETWORK__FOLLOW_UPS:
				getFollowUps().clear();
				getFollowUps().addAll((Collection<? extends FollowUp>)newValue);
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
			case NetcasePackage.NETWORK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NetcasePackage.NETWORK__OWNER:
				setOwner((Owner)null);
				return;
			case NetcasePackage.NETWORK__CONTACTS:
				getContacts().clear();
				return;
			case NetcasePackage.NETWORK__ORGANIZATIONS:
				getOrganizations().clear();
				return;
			case NetcasePackage.NETWORK__INTERACTIONS:
				getInteractions().clear();
				return;
			case NetcasePackage.NETWORK__OPPORTUNITIES:
				getOpportunities().clear();
				return;
			case NetcasePackage.NETWORK__EXPERIMENTS:
				getExperiments().clear();
				return;
			case NetcasePackage.NETWORK__GIVE_BACKS:
				getGiveBacks().clear();
				return;
			case NetcasePackage.NETWORK__JOURNAL_ENTRIES:
				getJournalEntries().clear();
				return;
			case NetcasePackage.NETWORK__TEMPLATES:
				getTemplates().clear();
				return;
			case NetcasePackage.NETWORK__TAGS:
				getTags().clear();
				return;
			case NetcasePackage.NETWORK__FOLLOW_UPS:
				getFollowUps().clear();
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
			case NetcasePackage.NETWORK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NetcasePackage.NETWORK__OWNER:
				return owner != null;
			case NetcasePackage.NETWORK__CONTACTS:
				return contacts != null && !contacts.isEmpty();
			case NetcasePackage.NETWORK__ORGANIZATIONS:
				return organizations != null && !organizations.isEmpty();
			case NetcasePackage.NETWORK__INTERACTIONS:
				return interactions != null && !interactions.isEmpty();
			case NetcasePackage.NETWORK__OPPORTUNITIES:
				return opportunities != null && !opportunities.isEmpty();
			case NetcasePackage.NETWORK__EXPERIMENTS:
				return experiments != null && !experiments.isEmpty();
			case NetcasePackage.NETWORK__GIVE_BACKS:
				return giveBacks != null && !giveBacks.isEmpty();
			case NetcasePackage.NETWORK__JOURNAL_ENTRIES:
				return journalEntries != null && !journalEntries.isEmpty();
			case NetcasePackage.NETWORK__TEMPLATES:
				return templates != null && !templates.isEmpty();
			case NetcasePackage.NETWORK__TAGS:
				return tags != null && !tags.isEmpty();
			case NetcasePackage.NETWORK__FOLLOW_UPS:
				return followUps != null && !followUps.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //NetworkImpl
