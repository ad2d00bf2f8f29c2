/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model.impl;

import java.math.BigDecimal;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.netcase.model.Experiment;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Opportunity;
import org.netcase.model.OpportunityKind;
import org.netcase.model.OpportunityStage;
import org.netcase.model.Organization;
import org.netcase.model.StageChange;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Opportunity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getStageHistory <em>Stage History</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getEventName <em>Event Name</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getEventDate <em>Event Date</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getMoney <em>Money</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getInKindValue <em>In Kind Value</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getInKindDescription <em>In Kind Description</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getNextStep <em>Next Step</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getNextStepDue <em>Next Step Due</em>}</li>
 *   <li>{@link org.netcase.model.impl.OpportunityImpl#getExperiment <em>Experiment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpportunityImpl extends IdentifiedImpl implements Opportunity {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OpportunityKind KIND_EDEFAULT = OpportunityKind.SPONSORSHIP;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OpportunityKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final OpportunityStage STAGE_EDEFAULT = OpportunityStage.BRAINSTORMED;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected OpportunityStage stage = STAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStageHistory() <em>Stage History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<StageChange> stageHistory;

	/**
	 * The default value of the '{@link #getEventName() <em>Event Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventName()
	 * @generated
	 * @ordered
	 */
	protected static final String EVENT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEventName() <em>Event Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventName()
	 * @generated
	 * @ordered
	 */
	protected String eventName = EVENT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventDate() <em>Event Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date EVENT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEventDate() <em>Event Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventDate()
	 * @generated
	 * @ordered
	 */
	protected Date eventDate = EVENT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMoney() <em>Money</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoney()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MONEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMoney() <em>Money</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoney()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal money = MONEY_EDEFAULT;

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
	 * The default value of the '{@link #getInKindValue() <em>In Kind Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInKindValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal IN_KIND_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInKindValue() <em>In Kind Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInKindValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal inKindValue = IN_KIND_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInKindDescription() <em>In Kind Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInKindDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String IN_KIND_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInKindDescription() <em>In Kind Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInKindDescription()
	 * @generated
	 * @ordered
	 */
	protected String inKindDescription = IN_KIND_DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextStep() <em>Next Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextStep()
	 * @generated
	 * @ordered
	 */
	protected static final String NEXT_STEP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextStep() <em>Next Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextStep()
	 * @generated
	 * @ordered
	 */
	protected String nextStep = NEXT_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextStepDue() <em>Next Step Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextStepDue()
	 * @generated
	 * @ordered
	 */
	protected static final Date NEXT_STEP_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextStepDue() <em>Next Step Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextStepDue()
	 * @generated
	 * @ordered
	 */
	protected Date nextStepDue = NEXT_STEP_DUE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OpportunityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetcasePackage.Literals.OPPORTUNITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__TITLE, oldTitle, title));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NetcasePackage.OPPORTUNITY__ORGANIZATION, oldOrganization, organization));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__ORGANIZATION, oldOrganization, newOrganization);
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
				msgs = ((InternalEObject)organization).eInverseRemove(this, NetcasePackage.ORGANIZATION__OPPORTUNITIES, Organization.class, msgs);
			if (newOrganization != null)
				msgs = ((InternalEObject)newOrganization).eInverseAdd(this, NetcasePackage.ORGANIZATION__OPPORTUNITIES, Organization.class, msgs);
			msgs = basicSetOrganization(newOrganization, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__ORGANIZATION, newOrganization, newOrganization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpportunityKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OpportunityKind newKind) {
		OpportunityKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpportunityStage getStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(OpportunityStage newStage) {
		OpportunityStage oldStage = stage;
		stage = newStage == null ? STAGE_EDEFAULT : newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StageChange> getStageHistory() {
		if (stageHistory == null) {
			stageHistory = new EObjectContainmentEList<StageChange>(StageChange.class, this, NetcasePackage.OPPORTUNITY__STAGE_HISTORY);
		}
		return stageHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEventName() {
		return eventName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventName(String newEventName) {
		String oldEventName = eventName;
		eventName = newEventName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__EVENT_NAME, oldEventName, eventName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEventDate() {
		return eventDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventDate(Date newEventDate) {
		Date oldEventDate = eventDate;
		eventDate = newEventDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__EVENT_DATE, oldEventDate, eventDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMoney() {
		return money;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMoney(BigDecimal newMoney) {
		BigDecimal oldMoney = money;
		money = newMoney;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__MONEY, oldMoney, money));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__HOURS, oldHours, hours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getInKindValue() {
		return inKindValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInKindValue(BigDecimal newInKindValue) {
		BigDecimal oldInKindValue = inKindValue;
		inKindValue = newInKindValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__IN_KIND_VALUE, oldInKindValue, inKindValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInKindDescription() {
		return inKindDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInKindDescription(String newInKindDescription) {
		String oldInKindDescription = inKindDescription;
		inKindDescription = newInKindDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__IN_KIND_DESCRIPTION, oldInKindDescription, inKindDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNextStep() {
		return nextStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextStep(String newNextStep) {
		String oldNextStep = nextStep;
		nextStep = newNextStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__NEXT_STEP, oldNextStep, nextStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getNextStepDue() {
		return nextStepDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextStepDue(Date newNextStepDue) {
		Date oldNextStepDue = nextStepDue;
		nextStepDue = newNextStepDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__NEXT_STEP_DUE, oldNextStepDue, nextStepDue));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NetcasePackage.OPPORTUNITY__EXPERIMENT, oldExperiment, experiment));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__EXPERIMENT, oldExperiment, newExperiment);
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
				msgs = ((InternalEObject)experiment).eInverseRemove(this, NetcasePackage.EXPERIMENT__OPPORTUNITIES, Experiment.class, msgs);
			if (newExperiment != null)
				msgs = ((InternalEObject)newExperiment).eInverseAdd(this, NetcasePackage.EXPERIMENT__OPPORTUNITIES, Experiment.class, msgs);
			msgs = basicSetExperiment(newExperiment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.OPPORTUNITY__EXPERIMENT, newExperiment, newExperiment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetcasePackage.OPPORTUNITY__ORGANIZATION:
				if (organization != null)
					msgs = ((InternalEObject)organization).eInverseRemove(this, NetcasePackage.ORGANIZATION__OPPORTUNITIES, Organization.class, msgs);
				return basicSetOrganization((Organization)otherEnd, msgs);
			case NetcasePackage.OPPORTUNITY__EXPERIMENT:
				if (experiment != null)
					msgs = ((InternalEObject)experiment).eInverseRemove(this, NetcasePackage.EXPERIMENT__OPPORTUNITIES, Experiment.class, msgs);
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
			case NetcasePackage.OPPORTUNITY__ORGANIZATION:
				return basicSetOrganization(null, msgs);
			case NetcasePackage.OPPORTUNITY__STAGE_HISTORY:
				return ((InternalEList<?>)getStageHistory()).basicRemove(otherEnd, msgs);
			case NetcasePackage.OPPORTUNITY__EXPERIMENT:
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
			case NetcasePackage.OPPORTUNITY__TITLE:
				return getTitle();
			case NetcasePackage.OPPORTUNITY__ORGANIZATION:
				if (resolve) return getOrganization();
				return basicGetOrganization();
			case NetcasePackage.OPPORTUNITY__KIND:
				return getKind();
			case NetcasePackage.OPPORTUNITY__STAGE:
				return getStage();
			case NetcasePackage.OPPORTUNITY__STAGE_HISTORY:
				return getStageHistory();
			case NetcasePackage.OPPORTUNITY__EVENT_NAME:
				return getEventName();
			case NetcasePackage.OPPORTUNITY__EVENT_DATE:
				return getEventDate();
			case NetcasePackage.OPPORTUNITY__MONEY:
				return getMoney();
			case NetcasePackage.OPPORTUNITY__HOURS:
				return getHours();
			case NetcasePackage.OPPORTUNITY__IN_KIND_VALUE:
				return getInKindValue();
			case NetcasePackage.OPPORTUNITY__IN_KIND_DESCRIPTION:
				return getInKindDescription();
			case NetcasePackage.OPPORTUNITY__NEXT_STEP:
				return getNextStep();
			case NetcasePackage.OPPORTUNITY__NEXT_STEP_DUE:
				return getNextStepDue();
			case NetcasePackage.OPPORTUNITY__EXPERIMENT:
				if (resolve) return getExperiment();
				return basicGetExperiment();
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
			case NetcasePackage.OPPORTUNITY__TITLE:
				setTitle((String)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__ORGANIZATION:
				setOrganization((Organization)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__KIND:
				setKind((OpportunityKind)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__STAGE:
				setStage((OpportunityStage)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__STAGE_HISTORY:
				getStageHistory().clear();
				getStageHistory().addAll((Collection<? extends StageChange>)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__EVENT_NAME:
				setEventName((String)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__EVENT_DATE:
				setEventDate((Date)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__MONEY:
				setMoney((BigDecimal)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__HOURS:
				setHours((Double)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__IN_KIND_VALUE:
				setInKindValue((BigDecimal)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__IN_KIND_DESCRIPTION:
				setInKindDescription((String)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__NEXT_STEP:
				setNextStep((String)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__NEXT_STEP_DUE:
				setNextStepDue((Date)newValue);
				return;
			case NetcasePackage.OPPORTUNITY__EXPERIMENT:
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
			case NetcasePackage.OPPORTUNITY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case NetcasePackage.OPPORTUNITY__ORGANIZATION:
				setOrganization((Organization)null);
				return;
			case NetcasePackage.OPPORTUNITY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NetcasePackage.OPPORTUNITY__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case NetcasePackage.OPPORTUNITY__STAGE_HISTORY:
				getStageHistory().clear();
				return;
			case NetcasePackage.OPPORTUNITY__EVENT_NAME:
				setEventName(EVENT_NAME_EDEFAULT);
				return;
			case NetcasePackage.OPPORTUNITY__EVENT_DATE:
				setEventDate(EVENT_DATE_EDEFAULT);
				return;
			case NetcasePackage.OPPORTUNITY__MONEY:
				setMoney(MONEY_EDEFAULT);
				return;
			case NetcasePackage.OPPORTUNITY__HOURS:
				setHours(HOURS_EDEFAULT);
				return;
			case NetcasePackage.OPPORTUNITY__IN_KIND_VALUE:
				setInKindValue(IN_KIND_VALUE_EDEFAULT);
				return;
			case NetcasePackage.OPPORTUNITY__IN_KIND_DESCRIPTION:
				setInKindDescription(IN_KIND_DESCRIPTION_EDEFAULT);
				return;
			case NetcasePackage.OPPORTUNITY__NEXT_STEP:
				setNextStep(NEXT_STEP_EDEFAULT);
				return;
			case NetcasePackage.OPPORTUNITY__NEXT_STEP_DUE:
				setNextStepDue(NEXT_STEP_DUE_EDEFAULT);
				return;
			case NetcasePackage.OPPORTUNITY__EXPERIMENT:
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
			case NetcasePackage.OPPORTUNITY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case NetcasePackage.OPPORTUNITY__ORGANIZATION:
				return organization != null;
			case NetcasePackage.OPPORTUNITY__KIND:
				return kind != KIND_EDEFAULT;
			case NetcasePackage.OPPORTUNITY__STAGE:
				return stage != STAGE_EDEFAULT;
			case NetcasePackage.OPPORTUNITY__STAGE_HISTORY:
				return stageHistory != null && !stageHistory.isEmpty();
			case NetcasePackage.OPPORTUNITY__EVENT_NAME:
				return EVENT_NAME_EDEFAULT == null ? eventName != null : !EVENT_NAME_EDEFAULT.equals(eventName);
			case NetcasePackage.OPPORTUNITY__EVENT_DATE:
				return EVENT_DATE_EDEFAULT == null ? eventDate != null : !EVENT_DATE_EDEFAULT.equals(eventDate);
			case NetcasePackage.OPPORTUNITY__MONEY:
				return MONEY_EDEFAULT == null ? money != null : !MONEY_EDEFAULT.equals(money);
			case NetcasePackage.OPPORTUNITY__HOURS:
				return hours != HOURS_EDEFAULT;
			case NetcasePackage.OPPORTUNITY__IN_KIND_VALUE:
				return IN_KIND_VALUE_EDEFAULT == null ? inKindValue != null : !IN_KIND_VALUE_EDEFAULT.equals(inKindValue);
			case NetcasePackage.OPPORTUNITY__IN_KIND_DESCRIPTION:
				return IN_KIND_DESCRIPTION_EDEFAULT == null ? inKindDescription != null : !IN_KIND_DESCRIPTION_EDEFAULT.equals(inKindDescription);
			case NetcasePackage.OPPORTUNITY__NEXT_STEP:
				return NEXT_STEP_EDEFAULT == null ? nextStep != null : !NEXT_STEP_EDEFAULT.equals(nextStep);
			case NetcasePackage.OPPORTUNITY__NEXT_STEP_DUE:
				return NEXT_STEP_DUE_EDEFAULT == null ? nextStepDue != null : !NEXT_STEP_DUE_EDEFAULT.equals(nextStepDue);
			case NetcasePackage.OPPORTUNITY__EXPERIMENT:
				return experiment != null;
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
		result.append(" (title: ");
		result.append(title);
		result.append(", kind: ");
		result.append(kind);
		result.append(", stage: ");
		result.append(stage);
		result.append(", eventName: ");
		result.append(eventName);
		result.append(", eventDate: ");
		result.append(eventDate);
		result.append(", money: ");
		result.append(money);
		result.append(", hours: ");
		result.append(hours);
		result.append(", inKindValue: ");
		result.append(inKindValue);
		result.append(", inKindDescription: ");
		result.append(inKindDescription);
		result.append(", nextStep: ");
		result.append(nextStep);
		result.append(", nextStepDue: ");
		result.append(nextStepDue);
		result.append(')');
		return result.toString();
	}

} //OpportunityImpl
