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
 * A representation of the literals of the enumeration '<em><b>Relationship Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How far the relationship with a contact has come.
 * <!-- end-model-doc -->
 * @see org.netcase.model.NetcasePackage#getRelationshipStage()
 * @model
 * @generated
 */
public enum RelationshipStage implements Enumerator {
	/**
	 * The '<em><b>IDENTIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDENTIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	IDENTIFIED(0, "IDENTIFIED", "identified"),

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
	 * The '<em><b>CONTACTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACTED_VALUE
	 * @generated
	 * @ordered
	 */
	CONTACTED(2, "CONTACTED", "contacted"),

	/**
	 * The '<em><b>CONVERSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSING_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERSING(3, "CONVERSING", "conversing"),

	/**
	 * The '<em><b>RELATIONSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELATIONSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	RELATIONSHIP(4, "RELATIONSHIP", "relationship"),

	/**
	 * The '<em><b>DORMANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DORMANT_VALUE
	 * @generated
	 * @ordered
	 */
	DORMANT(5, "DORMANT", "dormant");

	/**
	 * The '<em><b>IDENTIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDENTIFIED
	 * @model literal="identified"
	 * @generated
	 * @ordered
	 */
	public static final int IDENTIFIED_VALUE = 0;

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
	 * The '<em><b>CONTACTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACTED
	 * @model literal="contacted"
	 * @generated
	 * @ordered
	 */
	public static final int CONTACTED_VALUE = 2;

	/**
	 * The '<em><b>CONVERSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSING
	 * @model literal="conversing"
	 * @generated
	 * @ordered
	 */
	public static final int CONVERSING_VALUE = 3;

	/**
	 * The '<em><b>RELATIONSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELATIONSHIP
	 * @model literal="relationship"
	 * @generated
	 * @ordered
	 */
	public static final int RELATIONSHIP_VALUE = 4;

	/**
	 * The '<em><b>DORMANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DORMANT
	 * @model literal="dormant"
	 * @generated
	 * @ordered
	 */
	public static final int DORMANT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Relationship Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RelationshipStage[] VALUES_ARRAY =
		new RelationshipStage[] {
			IDENTIFIED,
			RESEARCHED,
			CONTACTED,
			CONVERSING,
			RELATIONSHIP,
			DORMANT,
		};

	/**
	 * A public read-only list of all the '<em><b>Relationship Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RelationshipStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relationship Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipStage get(int value) {
		switch (value) {
			case IDENTIFIED_VALUE: return IDENTIFIED;
			case RESEARCHED_VALUE: return RESEARCHED;
			case CONTACTED_VALUE: return CONTACTED;
			case CONVERSING_VALUE: return CONVERSING;
			case RELATIONSHIP_VALUE: return RELATIONSHIP;
			case DORMANT_VALUE: return DORMANT;
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
	private RelationshipStage(int value, String name, String literal) {
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
	
} //RelationshipStage
