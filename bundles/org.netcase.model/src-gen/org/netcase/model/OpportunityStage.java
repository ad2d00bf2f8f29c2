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
 * A representation of the literals of the enumeration '<em><b>Opportunity Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How far an opportunity has come.
 * <!-- end-model-doc -->
 * @see org.netcase.model.NetcasePackage#getOpportunityStage()
 * @model
 * @generated
 */
public enum OpportunityStage implements Enumerator {
	/**
	 * The '<em><b>BRAINSTORMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRAINSTORMED_VALUE
	 * @generated
	 * @ordered
	 */
	BRAINSTORMED(0, "BRAINSTORMED", "brainstormed"),

	/**
	 * The '<em><b>RESEARCHED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCHED_VALUE
	 * @generated
	 * @ordered
	 */
	RESEARCHED(1, "RESEARCHED", "researched"),

	/**
	 * The '<em><b>CALLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CALLED_VALUE
	 * @generated
	 * @ordered
	 */
	CALLED(2, "CALLED", "called"),

	/**
	 * The '<em><b>VISITED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISITED_VALUE
	 * @generated
	 * @ordered
	 */
	VISITED(3, "VISITED", "visited"),

	/**
	 * The '<em><b>PROPOSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROPOSED_VALUE
	 * @generated
	 * @ordered
	 */
	PROPOSED(4, "PROPOSED", "proposed"),

	/**
	 * The '<em><b>COMMITTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITTED_VALUE
	 * @generated
	 * @ordered
	 */
	COMMITTED(5, "COMMITTED", "committed"),

	/**
	 * The '<em><b>DONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONE_VALUE
	 * @generated
	 * @ordered
	 */
	DONE(6, "DONE", "done"),

	/**
	 * The '<em><b>DECLINED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECLINED_VALUE
	 * @generated
	 * @ordered
	 */
	DECLINED(7, "DECLINED", "declined");

	/**
	 * The '<em><b>BRAINSTORMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRAINSTORMED
	 * @model literal="brainstormed"
	 * @generated
	 * @ordered
	 */
	public static final int BRAINSTORMED_VALUE = 0;

	/**
	 * The '<em><b>RESEARCHED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCHED
	 * @model literal="researched"
	 * @generated
	 * @ordered
	 */
	public static final int RESEARCHED_VALUE = 1;

	/**
	 * The '<em><b>CALLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CALLED
	 * @model literal="called"
	 * @generated
	 * @ordered
	 */
	public static final int CALLED_VALUE = 2;

	/**
	 * The '<em><b>VISITED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISITED
	 * @model literal="visited"
	 * @generated
	 * @ordered
	 */
	public static final int VISITED_VALUE = 3;

	/**
	 * The '<em><b>PROPOSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROPOSED
	 * @model literal="proposed"
	 * @generated
	 * @ordered
	 */
	public static final int PROPOSED_VALUE = 4;

	/**
	 * The '<em><b>COMMITTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITTED
	 * @model literal="committed"
	 * @generated
	 * @ordered
	 */
	public static final int COMMITTED_VALUE = 5;

	/**
	 * The '<em><b>DONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONE
	 * @model literal="done"
	 * @generated
	 * @ordered
	 */
	public static final int DONE_VALUE = 6;

	/**
	 * The '<em><b>DECLINED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECLINED
	 * @model literal="declined"
	 * @generated
	 * @ordered
	 */
	public static final int DECLINED_VALUE = 7;

	/**
	 * An array of all the '<em><b>Opportunity Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OpportunityStage[] VALUES_ARRAY =
		new OpportunityStage[] {
			BRAINSTORMED,
			RESEARCHED,
			CALLED,
			VISITED,
			PROPOSED,
			COMMITTED,
			DONE,
			DECLINED,
		};

	/**
	 * A public read-only list of all the '<em><b>Opportunity Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OpportunityStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Opportunity Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpportunityStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OpportunityStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Opportunity Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpportunityStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OpportunityStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Opportunity Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpportunityStage get(int value) {
		switch (value) {
			case BRAINSTORMED_VALUE: return BRAINSTORMED;
			case RESEARCHED_VALUE: return RESEARCHED;
			case CALLED_VALUE: return CALLED;
			case VISITED_VALUE: return VISITED;
			case PROPOSED_VALUE: return PROPOSED;
			case COMMITTED_VALUE: return COMMITTED;
			case DONE_VALUE: return DONE;
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
	private OpportunityStage(int value, String name, String literal) {
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
	
} //OpportunityStage
