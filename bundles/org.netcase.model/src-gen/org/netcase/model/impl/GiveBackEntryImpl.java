/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model.impl;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.netcase.model.Contact;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.GiveBackKind;
import org.netcase.model.Interaction;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Opportunity;
import org.netcase.model.Organization;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Give Back Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.impl.GiveBackEntryImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.netcase.model.impl.GiveBackEntryImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.netcase.model.impl.GiveBackEntryImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.netcase.model.impl.GiveBackEntryImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link org.netcase.model.impl.GiveBackEntryImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.netcase.model.impl.GiveBackEntryImpl#getToContact <em>To Contact</em>}</li>
 *   <li>{@link org.netcase.model.impl.GiveBackEntryImpl#getToOrganization <em>To Organization</em>}</li>
 *   <li>{@link org.netcase.model.impl.GiveBackEntryImpl#getOpportunity <em>Opportunity</em>}</li>
 *   <li>{@link org.netcase.model.impl.GiveBackEntryImpl#getAttempt <em>Attempt</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GiveBackEntryImpl extends IdentifiedImpl implements GiveBackEntry {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final GiveBackKind KIND_EDEFAULT = GiveBackKind.HOURS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected GiveBackKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected double hours = HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getToContact() <em>To Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToContact()
	 * @generated
	 * @ordered
	 */
	protected Contact toContact;

	/**
	 * The cached value of the '{@link #getToOrganization() <em>To Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToOrganization()
	 * @generated
	 * @ordered
	 */
	protected Organization toOrganization;

	/**
	 * The cached value of the '{@link #getOpportunity() <em>Opportunity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunity()
	 * @generated
	 * @ordered
	 */
	protected Opportunity opportunity;

	/**
	 * The cached value of the '{@link #getAttempt() <em>Attempt</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttempt()
	 * @generated
	 * @ordered
	 */
	protected Interaction attempt;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GiveBackEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetcasePackage.Literals.GIVE_BACK_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GiveBackKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(GiveBackKind newKind) {
		GiveBackKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.GIVE_BACK_ENTRY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.GIVE_BACK_ENTRY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(BigDecimal newValue) {
		BigDecimal oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.GIVE_BACK_ENTRY__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHours() {
		return hours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHours(double newHours) {
		double oldHours = hours;
		hours = newHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.GIVE_BACK_ENTRY__HOURS, oldHours, hours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.GIVE_BACK_ENTRY__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getToContact() {
		if (toContact != null && toContact.eIsProxy()) {
			InternalEObject oldToContact = (InternalEObject)toContact;
			toContact = (Contact)eResolveProxy(oldToContact);
			if (toContact != oldToContact) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NetcasePackage.GIVE_BACK_ENTRY__TO_CONTACT, oldToContact, toContact));
			}
		}
		return toContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Contact basicGetToContact() {
		return toContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToContact(Contact newToContact) {
		Contact oldToContact = toContact;
		toContact = newToContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.GIVE_BACK_ENTRY__TO_CONTACT, oldToContact, toContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getToOrganization() {
		if (toOrganization != null && toOrganization.eIsProxy()) {
			InternalEObject oldToOrganization = (InternalEObject)toOrganization;
			toOrganization = (Organization)eResolveProxy(oldToOrganization);
			if (toOrganization != oldToOrganization) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NetcasePackage.GIVE_BACK_ENTRY__TO_ORGANIZATION, oldToOrganization, toOrganization));
			}
		}
		return toOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetToOrganization() {
		return toOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToOrganization(Organization newToOrganization) {
		Organization oldToOrganization = toOrganization;
		toOrganization = newToOrganization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.GIVE_BACK_ENTRY__TO_ORGANIZATION, oldToOrganization, toOrganization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Opportunity getOpportunity() {
		if (opportunity != null && opportunity.eIsProxy()) {
			InternalEObject oldOpportunity = (InternalEObject)opportunity;
			opportunity = (Opportunity)eResolveProxy(oldOpportunity);
			if (opportunity != oldOpportunity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NetcasePackage.GIVE_BACK_ENTRY__OPPORTUNITY, oldOpportunity, opportunity));
			}
		}
		return opportunity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Opportunity basicGetOpportunity() {
		return opportunity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpportunity(Opportunity newOpportunity) {
		Opportunity oldOpportunity = opportunity;
		opportunity = newOpportunity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.GIVE_BACK_ENTRY__OPPORTUNITY, oldOpportunity, opportunity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interaction getAttempt() {
		if (attempt != null && attempt.eIsProxy()) {
			InternalEObject oldAttempt = (InternalEObject)attempt;
			attempt = (Interaction)eResolveProxy(oldAttempt);
			if (attempt != oldAttempt) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NetcasePackage.GIVE_BACK_ENTRY__ATTEMPT, oldAttempt, attempt));
			}
		}
		return attempt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Interaction basicGetAttempt() {
		return attempt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttempt(Interaction newAttempt) {
		Interaction oldAttempt = attempt;
		attempt = newAttempt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.GIVE_BACK_ENTRY__ATTEMPT, oldAttempt, attempt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetcasePackage.GIVE_BACK_ENTRY__KIND:
				return getKind();
			case NetcasePackage.GIVE_BACK_ENTRY__DESCRIPTION:
				return getDescription();
			case NetcasePackage.GIVE_BACK_ENTRY__VALUE:
				return getValue();
			case NetcasePackage.GIVE_BACK_ENTRY__HOURS:
				return getHours();
			case NetcasePackage.GIVE_BACK_ENTRY__DATE:
				return getDate();
			case NetcasePackage.GIVE_BACK_ENTRY__TO_CONTACT:
				if (resolve) return getToContact();
				return basicGetToContact();
			case NetcasePackage.GIVE_BACK_ENTRY__TO_ORGANIZATION:
				if (resolve) return getToOrganization();
				return basicGetToOrganization();
			case NetcasePackage.GIVE_BACK_ENTRY__OPPORTUNITY:
				if (resolve) return getOpportunity();
				return basicGetOpportunity();
			case NetcasePackage.GIVE_BACK_ENTRY__ATTEMPT:
				if (resolve) return getAttempt();
				return basicGetAttempt();
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
			case NetcasePackage.GIVE_BACK_ENTRY__KIND:
				setKind((GiveBackKind)newValue);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__VALUE:
				setValue((BigDecimal)newValue);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__HOURS:
				setHours((Double)newValue);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__DATE:
				setDate((Date)newValue);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__TO_CONTACT:
				setToContact((Contact)newValue);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__TO_ORGANIZATION:
				setToOrganization((Organization)newValue);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__OPPORTUNITY:
				setOpportunity((Opportunity)newValue);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__ATTEMPT:
				setAttempt((Interaction)newValue);
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
			case NetcasePackage.GIVE_BACK_ENTRY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__HOURS:
				setHours(HOURS_EDEFAULT);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__TO_CONTACT:
				setToContact((Contact)null);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__TO_ORGANIZATION:
				setToOrganization((Organization)null);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__OPPORTUNITY:
				setOpportunity((Opportunity)null);
				return;
			case NetcasePackage.GIVE_BACK_ENTRY__ATTEMPT:
				setAttempt((Interaction)null);
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
			case NetcasePackage.GIVE_BACK_ENTRY__KIND:
				return kind != KIND_EDEFAULT;
			case NetcasePackage.GIVE_BACK_ENTRY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NetcasePackage.GIVE_BACK_ENTRY__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case NetcasePackage.GIVE_BACK_ENTRY__HOURS:
				return hours != HOURS_EDEFAULT;
			case NetcasePackage.GIVE_BACK_ENTRY__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case NetcasePackage.GIVE_BACK_ENTRY__TO_CONTACT:
				return toContact != null;
			case NetcasePackage.GIVE_BACK_ENTRY__TO_ORGANIZATION:
				return toOrganization != null;
			case NetcasePackage.GIVE_BACK_ENTRY__OPPORTUNITY:
				return opportunity != null;
			case NetcasePackage.GIVE_BACK_ENTRY__ATTEMPT:
				return attempt != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", description: ");
		result.append(description);
		result.append(", value: ");
		result.append(value);
		result.append(", hours: ");
		result.append(hours);
		result.append(", date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //GiveBackEntryImpl
