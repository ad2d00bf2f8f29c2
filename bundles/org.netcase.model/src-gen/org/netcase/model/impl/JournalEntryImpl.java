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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.netcase.model.Experiment;
import org.netcase.model.JournalEntry;
import org.netcase.model.MetricValue;
import org.netcase.model.NetcasePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Journal Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.netcase.model.impl.JournalEntryImpl#getWeekStart <em>Week Start</em>}</li>
 *   <li>{@link org.netcase.model.impl.JournalEntryImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.netcase.model.impl.JournalEntryImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.netcase.model.impl.JournalEntryImpl#getExperiments <em>Experiments</em>}</li>
 *   <li>{@link org.netcase.model.impl.JournalEntryImpl#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JournalEntryImpl extends IdentifiedImpl implements JournalEntry {
	/**
	 * The default value of the '{@link #getWeekStart() <em>Week Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeekStart()
	 * @generated
	 * @ordered
	 */
	protected static final Date WEEK_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeekStart() <em>Week Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeekStart()
	 * @generated
	 * @ordered
	 */
	protected Date weekStart = WEEK_START_EDEFAULT;

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
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExperiments() <em>Experiments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiments()
	 * @generated
	 * @ordered
	 */
	protected EList<Experiment> experiments;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<MetricValue> metrics;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JournalEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetcasePackage.Literals.JOURNAL_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getWeekStart() {
		return weekStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeekStart(Date newWeekStart) {
		Date oldWeekStart = weekStart;
		weekStart = newWeekStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.JOURNAL_ENTRY__WEEK_START, oldWeekStart, weekStart));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.JOURNAL_ENTRY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetcasePackage.JOURNAL_ENTRY__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Experiment> getExperiments() {
		if (experiments == null) {
			experiments = new EObjectResolvingEList<Experiment>(Experiment.class, this, NetcasePackage.JOURNAL_ENTRY__EXPERIMENTS);
		}
		return experiments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetricValue> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<MetricValue>(MetricValue.class, this, NetcasePackage.JOURNAL_ENTRY__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetcasePackage.JOURNAL_ENTRY__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
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
			case NetcasePackage.JOURNAL_ENTRY__WEEK_START:
				return getWeekStart();
			case NetcasePackage.JOURNAL_ENTRY__TITLE:
				return getTitle();
			case NetcasePackage.JOURNAL_ENTRY__TEXT:
				return getText();
			case NetcasePackage.JOURNAL_ENTRY__EXPERIMENTS:
				return getExperiments();
			case NetcasePackage.JOURNAL_ENTRY__METRICS:
				return getMetrics();
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
			case NetcasePackage.JOURNAL_ENTRY__WEEK_START:
				setWeekStart((Date)newValue);
				return;
			case NetcasePackage.JOURNAL_ENTRY__TITLE:
				setTitle((String)newValue);
				return;
			case NetcasePackage.JOURNAL_ENTRY__TEXT:
				setText((String)newValue);
				return;
			case NetcasePackage.JOURNAL_ENTRY__EXPERIMENTS:
				getExperiments().clear();
				getExperiments().addAll((Collection<? extends Experiment>)newValue);
				return;
			case NetcasePackage.JOURNAL_ENTRY__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends MetricValue>)newValue);
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
			case NetcasePackage.JOURNAL_ENTRY__WEEK_START:
				setWeekStart(WEEK_START_EDEFAULT);
				return;
			case NetcasePackage.JOURNAL_ENTRY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case NetcasePackage.JOURNAL_ENTRY__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case NetcasePackage.JOURNAL_ENTRY__EXPERIMENTS:
				getExperiments().clear();
				return;
			case NetcasePackage.JOURNAL_ENTRY__METRICS:
				getMetrics().clear();
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
			case NetcasePackage.JOURNAL_ENTRY__WEEK_START:
				return WEEK_START_EDEFAULT == null ? weekStart != null : !WEEK_START_EDEFAULT.equals(weekStart);
			case NetcasePackage.JOURNAL_ENTRY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case NetcasePackage.JOURNAL_ENTRY__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case NetcasePackage.JOURNAL_ENTRY__EXPERIMENTS:
				return experiments != null && !experiments.isEmpty();
			case NetcasePackage.JOURNAL_ENTRY__METRICS:
				return metrics != null && !metrics.isEmpty();
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
		result.append(" (weekStart: ");
		result.append(weekStart);
		result.append(", title: ");
		result.append(title);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //JournalEntryImpl
