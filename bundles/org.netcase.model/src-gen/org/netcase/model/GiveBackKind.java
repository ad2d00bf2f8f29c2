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
 * A representation of the literals of the enumeration '<em><b>Give Back Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What was given back.
 * <!-- end-model-doc -->
 * @see org.netcase.model.NetcasePackage#getGiveBackKind()
 * @model
 * @generated
 */
public enum GiveBackKind implements Enumerator {
	/**
	 * The '<em><b>HOURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOURS_VALUE
	 * @generated
	 * @ordered
	 */
	HOURS(0, "HOURS", "hours"),

	/**
	 * The '<em><b>MONEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONEY_VALUE
	 * @generated
	 * @ordered
	 */
	MONEY(1, "MONEY", "money"),

	/**
	 * The '<em><b>IN KIND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_KIND_VALUE
	 * @generated
	 * @ordered
	 */
	IN_KIND(2, "IN_KIND", "in-kind"),

	/**
	 * The '<em><b>INTRODUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRODUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	INTRODUCTION(3, "INTRODUCTION", "introduction"),

	/**
	 * The '<em><b>REFERRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL_VALUE
	 * @generated
	 * @ordered
	 */
	REFERRAL(4, "REFERRAL", "referral"),

	/**
	 * The '<em><b>ADVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVICE_VALUE
	 * @generated
	 * @ordered
	 */
	ADVICE(5, "ADVICE", "advice"),

	/**
	 * The '<em><b>PROMOTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROMOTION_VALUE
	 * @generated
	 * @ordered
	 */
	PROMOTION(6, "PROMOTION", "promotion");

	/**
	 * The '<em><b>HOURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOURS
	 * @model literal="hours"
	 * @generated
	 * @ordered
	 */
	public static final int HOURS_VALUE = 0;

	/**
	 * The '<em><b>MONEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONEY
	 * @model literal="money"
	 * @generated
	 * @ordered
	 */
	public static final int MONEY_VALUE = 1;

	/**
	 * The '<em><b>IN KIND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_KIND
	 * @model literal="in-kind"
	 * @generated
	 * @ordered
	 */
	public static final int IN_KIND_VALUE = 2;

	/**
	 * The '<em><b>INTRODUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRODUCTION
	 * @model literal="introduction"
	 * @generated
	 * @ordered
	 */
	public static final int INTRODUCTION_VALUE = 3;

	/**
	 * The '<em><b>REFERRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL
	 * @model literal="referral"
	 * @generated
	 * @ordered
	 */
	public static final int REFERRAL_VALUE = 4;

	/**
	 * The '<em><b>ADVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVICE
	 * @model literal="advice"
	 * @generated
	 * @ordered
	 */
	public static final int ADVICE_VALUE = 5;

	/**
	 * The '<em><b>PROMOTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROMOTION
	 * @model literal="promotion"
	 * @generated
	 * @ordered
	 */
	public static final int PROMOTION_VALUE = 6;

	/**
	 * An array of all the '<em><b>Give Back Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GiveBackKind[] VALUES_ARRAY =
		new GiveBackKind[] {
			HOURS,
			MONEY,
			IN_KIND,
			INTRODUCTION,
			REFERRAL,
			ADVICE,
			PROMOTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Give Back Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GiveBackKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Give Back Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GiveBackKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GiveBackKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Give Back Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GiveBackKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GiveBackKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Give Back Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GiveBackKind get(int value) {
		switch (value) {
			case HOURS_VALUE: return HOURS;
			case MONEY_VALUE: return MONEY;
			case IN_KIND_VALUE: return IN_KIND;
			case INTRODUCTION_VALUE: return INTRODUCTION;
			case REFERRAL_VALUE: return REFERRAL;
			case ADVICE_VALUE: return ADVICE;
			case PROMOTION_VALUE: return PROMOTION;
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
	private GiveBackKind(int value, String name, String literal) {
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
	
} //GiveBackKind
