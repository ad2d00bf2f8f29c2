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

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.netcase.model.Experiment;
import org.netcase.model.ExperimentStatus;
import org.netcase.model.Interaction;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Opportunity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.impl.ExperimentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.netcase.model.impl.ExperimentImpl#getKindId <em>Kind Id</em>}</li>
 *   <li>{@link org.netcase.model.impl.ExperimentImpl#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.netcase.model.impl.ExperimentImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.netcase.model.impl.ExperimentImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.netcase.model.impl.ExperimentImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.netcase.model.impl.ExperimentImpl#getReplyWindowDays <em>Reply Window Days</em>}</li>
 *   <li>{@link org.netcase.model.impl.ExperimentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.netcase.model.impl.ExperimentImpl#getConclusion <em>Conclusion</em>}</li>
 *   <li>{@link org.netcase.model.impl.ExperimentImpl#getAttempts <em>Attempts</em>}</li>
 *   <li>{@link org.netcase.model.impl.ExperimentImpl#getOpportunities <em>Opportunities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExperimentImpl extends IdentifiedImpl implements Experiment {
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
	 * The default value of the '{@link #getKindId() <em>Kind Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKindId()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKindId() <em>Kind Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKindId()
	 * @generated
	 * @ordered
	 */
	protected String kindId = KIND_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected static final String HYPOTHESIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected String hypothesis = HYPOTHESIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Date start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Date end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final int TARGET_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected int target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplyWindowDays() <em>Reply Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplyWindowDays()
	 * @generated
	 * @ordered
	 */
	protected static final int REPLY_WINDOW_DAYS_EDEFAULT = 7;

	/**
	 * The cached value of the '{@link #getReplyWindowDays() <em>Reply Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplyWindowDays()
	 * @generated
	 * @ordered
	 */
	protected int replyWindowDays = REPLY_WINDOW_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ExperimentStatus STATUS_EDEFAULT = ExperimentStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ExperimentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConclusion() <em>Conclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConclusion()
	 * @generated
	 * @ordered
	 */
	protected static final String CONCLUSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConclusion() <em>Conclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConclusion()
	 * @generated
	 * @ordered
	 */
	protected String conclusion = CONCLUSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttempts() <em>Attempts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttempts()
	 * @generated
	 * @ordered
	 */
	protected EList<Interaction> attempts;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetcasePackage.Literals.EXPERIMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.EXPERIMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKindId() {
		return kindId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKindId(String newKindId) {
		String oldKindId = kindId;
		kindId = newKindId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.EXPERIMENT__KIND_ID, oldKindId, kindId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHypothesis() {
		return hypothesis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypothesis(String newHypothesis) {
		String oldHypothesis = hypothesis;
		hypothesis = newHypothesis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.EXPERIMENT__HYPOTHESIS, oldHypothesis, hypothesis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Date newStart) {
		Date oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.EXPERIMENT__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Date newEnd) {
		Date oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.EXPERIMENT__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(int newTarget) {
		int oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.EXPERIMENT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReplyWindowDays() {
		return replyWindowDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplyWindowDays(int newReplyWindowDays) {
		int oldReplyWindowDays = replyWindowDays;
		replyWindowDays = newReplyWindowDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.EXPERIMENT__REPLY_WINDOW_DAYS, oldReplyWindowDays, replyWindowDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExperimentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ExperimentStatus newStatus) {
		ExperimentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.EXPERIMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConclusion() {
		return conclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConclusion(String newConclusion) {
		String oldConclusion = conclusion;
		conclusion = newConclusion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.EXPERIMENT__CONCLUSION, oldConclusion, conclusion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interaction> getAttempts() {
		if (attempts == null) {
			attempts = new EObjectWithInverseResolvingEList<Interaction>(Interaction.class, this, NetcasePackage.EXPERIMENT__ATTEMPTS, NetcasePackage.INTERACTION__EXPERIMENT);
		}
		return attempts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Opportunity> getOpportunities() {
		if (opportunities == null) {
			opportunities = new EObjectWithInverseResolvingEList<Opportunity>(Opportunity.class, this, NetcasePackage.EXPERIMENT__OPPORTUNITIES, NetcasePackage.OPPORTUNITY__EXPERIMENT);
		}
		return opportunities;
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
			case NetcasePackage.EXPERIMENT__ATTEMPTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAttempts()).basicAdd(otherEnd, msgs);
			case NetcasePackage.EXPERIMENT__OPPORTUNITIES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getOpportunities()).basicAdd(otherEnd, msgs);
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
			case NetcasePackage.EXPERIMENT__ATTEMPTS:
				return ((InternalEList<?>)getAttempts()).basicRemove(otherEnd, msgs);
			case NetcasePackage.EXPERIMENT__OPPORTUNITIES:
				return ((InternalEList<?>)getOpportunities()).basicRemove(otherEnd, msgs);
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
			case NetcasePackage.EXPERIMENT__NAME:
				return getName();
			case NetcasePackage.EXPERIMENT__KIND_ID:
				return getKindId();
			case NetcasePackage.EXPERIMENT__HYPOTHESIS:
				return getHypothesis();
			case NetcasePackage.EXPERIMENT__START:
				return getStart();
			case NetcasePackage.EXPERIMENT__END:
				return getEnd();
			case NetcasePackage.EXPERIMENT__TARGET:
				return getTarget();
			case NetcasePackage.EXPERIMENT__REPLY_WINDOW_DAYS:
				return getReplyWindowDays();
			case NetcasePackage.EXPERIMENT__STATUS:
				return getStatus();
			case NetcasePackage.EXPERIMENT__CONCLUSION:
				return getConclusion();
			case NetcasePackage.EXPERIMENT__ATTEMPTS:
				return getAttempts();
			case NetcasePackage.EXPERIMENT__OPPORTUNITIES:
				return getOpportunities();
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
			case NetcasePackage.EXPERIMENT__NAME:
				setName((String)newValue);
				return;
			case NetcasePackage.EXPERIMENT__KIND_ID:
				setKindId((String)newValue);
				return;
			case NetcasePackage.EXPERIMENT__HYPOTHESIS:
				setHypothesis((String)newValue);
				return;
			case NetcasePackage.EXPERIMENT__START:
				setStart((Date)newValue);
				return;
			case NetcasePackage.EXPERIMENT__END:
				setEnd((Date)newValue);
				return;
			case NetcasePackage.EXPERIMENT__TARGET:
				setTarget((Integer)newValue);
				return;
			case NetcasePackage.EXPERIMENT__REPLY_WINDOW_DAYS:
				setReplyWindowDays((Integer)newValue);
				return;
			case NetcasePackage.EXPERIMENT__STATUS:
				setStatus((ExperimentStatus)newValue);
				return;
			case NetcasePackage.EXPERIMENT__CONCLUSION:
				setConclusion((String)newValue);
				return;
			case NetcasePackage.EXPERIMENT__ATTEMPTS:
				getAttempts().clear();
				getAttempts().addAll((Collection<? extends Interaction>)newValue);
				return;
			case NetcasePackage.EXPERIMENT__OPPORTUNITIES:
				getOpportunities().clear();
				getOpportunities().addAll((Collection<? extends Opportunity>)newValue);
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
			case NetcasePackage.EXPERIMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NetcasePackage.EXPERIMENT__KIND_ID:
				setKindId(KIND_ID_EDEFAULT);
				return;
			case NetcasePackage.EXPERIMENT__HYPOTHESIS:
				setHypothesis(HYPOTHESIS_EDEFAULT);
				return;
			case NetcasePackage.EXPERIMENT__START:
				setStart(START_EDEFAULT);
				return;
			case NetcasePackage.EXPERIMENT__END:
				setEnd(END_EDEFAULT);
				return;
			case NetcasePackage.EXPERIMENT__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case NetcasePackage.EXPERIMENT__REPLY_WINDOW_DAYS:
				setReplyWindowDays(REPLY_WINDOW_DAYS_EDEFAULT);
				return;
			case NetcasePackage.EXPERIMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case NetcasePackage.EXPERIMENT__CONCLUSION:
				setConclusion(CONCLUSION_EDEFAULT);
				return;
			case NetcasePackage.EXPERIMENT__ATTEMPTS:
				getAttempts().clear();
				return;
			case NetcasePackage.EXPERIMENT__OPPORTUNITIES:
				getOpportunities().clear();
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
			case NetcasePackage.EXPERIMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NetcasePackage.EXPERIMENT__KIND_ID:
				return KIND_ID_EDEFAULT == null ? kindId != null : !KIND_ID_EDEFAULT.equals(kindId);
			case NetcasePackage.EXPERIMENT__HYPOTHESIS:
				return HYPOTHESIS_EDEFAULT == null ? hypothesis != null : !HYPOTHESIS_EDEFAULT.equals(hypothesis);
			case NetcasePackage.EXPERIMENT__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case NetcasePackage.EXPERIMENT__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case NetcasePackage.EXPERIMENT__TARGET:
				return target != TARGET_EDEFAULT;
			case NetcasePackage.EXPERIMENT__REPLY_WINDOW_DAYS:
				return replyWindowDays != REPLY_WINDOW_DAYS_EDEFAULT;
			case NetcasePackage.EXPERIMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case NetcasePackage.EXPERIMENT__CONCLUSION:
				return CONCLUSION_EDEFAULT == null ? conclusion != null : !CONCLUSION_EDEFAULT.equals(conclusion);
			case NetcasePackage.EXPERIMENT__ATTEMPTS:
				return attempts != null && !attempts.isEmpty();
			case NetcasePackage.EXPERIMENT__OPPORTUNITIES:
				return opportunities != null && !opportunities.isEmpty();
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
		result.append(", kindId: ");
		result.append(kindId);
		result.append(", hypothesis: ");
		result.append(hypothesis);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", target: ");
		result.append(target);
		result.append(", replyWindowDays: ");
		result.append(replyWindowDays);
		result.append(", status: ");
		result.append(status);
		result.append(", conclusion: ");
		result.append(conclusion);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
