/**
 * Generated from the Netcase EMF model, org.netcase.model/model/netcase.genmodel.
 */
package org.netcase.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Opportunity Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What the owner could give an organization.
 * <!-- end-model-doc -->
 * @see org.netcase.model.NetcasePackage#getOpportunityKind()
 * @model
 * @generated
 */
public enum OpportunityKind implements Enumerator {
	/**
	 * The '<em><b>SPONSORSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPONSORSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	SPONSORSHIP(0, "SPONSORSHIP", "sponsorship"),

	/**
	 * The '<em><b>VOLUNTEERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEERING_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUNTEERING(1, "VOLUNTEERING", "volunteering"),

	/**
	 * The '<em><b>MEMBERSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMBERSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBERSHIP(2, "MEMBERSHIP", "membership");

	/**
	 * The '<em><b>SPONSORSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPONSORSHIP
	 * @model literal="sponsorship"
	 * @generated
	 * @ordered
	 */
	public static final int SPONSORSHIP_VALUE = 0;

	/**
	 * The '<em><b>VOLUNTEERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEERING
	 * @model literal="volunteering"
	 * @generated
	 * @ordered
	 */
	public static final int VOLUNTEERING_VALUE = 1;

	/**
	 * The '<em><b>MEMBERSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMBERSHIP
	 * @model literal="membership"
	 * @generated
	 * @ordered
	 */
	public static final int MEMBERSHIP_VALUE = 2;

	/**
	 * An array of all the '<em><b>Opportunity Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OpportunityKind[] VALUES_ARRAY =
		new OpportunityKind[] {
			SPONSORSHIP,
			VOLUNTEERING,
			MEMBERSHIP,
		};

	/**
	 * A public read-only list of all the '<em><b>Opportunity Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OpportunityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Opportunity Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpportunityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OpportunityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Opportunity Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpportunityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OpportunityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Opportunity Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpportunityKind get(int value) {
		switch (value) {
			case SPONSORSHIP_VALUE: return SPONSORSHIP;
			case VOLUNTEERING_VALUE: return VOLUNTEERING;
			case MEMBERSHIP_VALUE: return MEMBERSHIP;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private OpportunityKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //OpportunityKind
