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
 * A representation of the literals of the enumeration '<em><b>Intent</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What an interaction was meant to do.
 * <!-- end-model-doc -->
 * @see org.netcase.model.NetcasePackage#getIntent()
 * @model
 * @generated
 */
public enum Intent implements Enumerator {
	/**
	 * The '<em><b>GIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIVE_VALUE
	 * @generated
	 * @ordered
	 */
	GIVE(0, "GIVE", "give"),

	/**
	 * The '<em><b>ASK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASK_VALUE
	 * @generated
	 * @ordered
	 */
	ASK(1, "ASK", "ask"),

	/**
	 * The '<em><b>FOLLOW UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP_VALUE
	 * @generated
	 * @ordered
	 */
	FOLLOW_UP(2, "FOLLOW_UP", "follow-up"),

	/**
	 * The '<em><b>THANKS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THANKS_VALUE
	 * @generated
	 * @ordered
	 */
	THANKS(3, "THANKS", "thanks");

	/**
	 * The '<em><b>GIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIVE
	 * @model literal="give"
	 * @generated
	 * @ordered
	 */
	public static final int GIVE_VALUE = 0;

	/**
	 * The '<em><b>ASK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASK
	 * @model literal="ask"
	 * @generated
	 * @ordered
	 */
	public static final int ASK_VALUE = 1;

	/**
	 * The '<em><b>FOLLOW UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP
	 * @model literal="follow-up"
	 * @generated
	 * @ordered
	 */
	public static final int FOLLOW_UP_VALUE = 2;

	/**
	 * The '<em><b>THANKS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THANKS
	 * @model literal="thanks"
	 * @generated
	 * @ordered
	 */
	public static final int THANKS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Intent</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Intent[] VALUES_ARRAY =
		new Intent[] {
			GIVE,
			ASK,
			FOLLOW_UP,
			THANKS,
		};

	/**
	 * A public read-only list of all the '<em><b>Intent</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Intent> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Intent</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Intent get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Intent result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Intent</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Intent getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Intent result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Intent</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Intent get(int value) {
		switch (value) {
			case GIVE_VALUE: return GIVE;
			case ASK_VALUE: return ASK;
			case FOLLOW_UP_VALUE: return FOLLOW_UP;
			case THANKS_VALUE: return THANKS;
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
	private Intent(int value, String name, String literal) {
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
	
} //Intent
