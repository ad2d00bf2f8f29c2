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
 * A representation of the literals of the enumeration '<em><b>Attempt Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where an outreach attempt stands.
 * <!-- end-model-doc -->
 * @see org.netcase.model.NetcasePackage#getAttemptStatus()
 * @model
 * @generated
 */
public enum AttemptStatus implements Enumerator {
	/**
	 * The '<em><b>DRAFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFT_VALUE
	 * @generated
	 * @ordered
	 */
	DRAFT(0, "DRAFT", "draft"),

	/**
	 * The '<em><b>SENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENT_VALUE
	 * @generated
	 * @ordered
	 */
	SENT(1, "SENT", "sent"),

	/**
	 * The '<em><b>REPLIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLIED_VALUE
	 * @generated
	 * @ordered
	 */
	REPLIED(2, "REPLIED", "replied"),

	/**
	 * The '<em><b>AUTO REPLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTO_REPLY_VALUE
	 * @generated
	 * @ordered
	 */
	AUTO_REPLY(3, "AUTO_REPLY", "auto-reply"),

	/**
	 * The '<em><b>BOUNCED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOUNCED_VALUE
	 * @generated
	 * @ordered
	 */
	BOUNCED(4, "BOUNCED", "bounced"),

	/**
	 * The '<em><b>NO REPLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_REPLY_VALUE
	 * @generated
	 * @ordered
	 */
	NO_REPLY(5, "NO_REPLY", "no reply"),

	/**
	 * The '<em><b>DECLINED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECLINED_VALUE
	 * @generated
	 * @ordered
	 */
	DECLINED(6, "DECLINED", "declined");

	/**
	 * The '<em><b>DRAFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFT
	 * @model literal="draft"
	 * @generated
	 * @ordered
	 */
	public static final int DRAFT_VALUE = 0;

	/**
	 * The '<em><b>SENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENT
	 * @model literal="sent"
	 * @generated
	 * @ordered
	 */
	public static final int SENT_VALUE = 1;

	/**
	 * The '<em><b>REPLIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLIED
	 * @model literal="replied"
	 * @generated
	 * @ordered
	 */
	public static final int REPLIED_VALUE = 2;

	/**
	 * The '<em><b>AUTO REPLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTO_REPLY
	 * @model literal="auto-reply"
	 * @generated
	 * @ordered
	 */
	public static final int AUTO_REPLY_VALUE = 3;

	/**
	 * The '<em><b>BOUNCED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOUNCED
	 * @model literal="bounced"
	 * @generated
	 * @ordered
	 */
	public static final int BOUNCED_VALUE = 4;

	/**
	 * The '<em><b>NO REPLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_REPLY
	 * @model literal="no reply"
	 * @generated
	 * @ordered
	 */
	public static final int NO_REPLY_VALUE = 5;

	/**
	 * The '<em><b>DECLINED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECLINED
	 * @model literal="declined"
	 * @generated
	 * @ordered
	 */
	public static final int DECLINED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Attempt Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AttemptStatus[] VALUES_ARRAY =
		new AttemptStatus[] {
			DRAFT,
			SENT,
			REPLIED,
			AUTO_REPLY,
			BOUNCED,
			NO_REPLY,
			DECLINED,
		};

	/**
	 * A public read-only list of all the '<em><b>Attempt Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AttemptStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Attempt Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttemptStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AttemptStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attempt Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttemptStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AttemptStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attempt Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttemptStatus get(int value) {
		switch (value) {
			case DRAFT_VALUE: return DRAFT;
			case SENT_VALUE: return SENT;
			case REPLIED_VALUE: return REPLIED;
			case AUTO_REPLY_VALUE: return AUTO_REPLY;
			case BOUNCED_VALUE: return BOUNCED;
			case NO_REPLY_VALUE: return NO_REPLY;
			case DECLINED_VALUE: return DECLINED;
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
	private AttemptStatus(int value, String name, String literal) {
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
	
} //AttemptStatus
