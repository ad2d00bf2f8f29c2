package org.netcase.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.netcase.model.Contact;
import org.netcase.model.Experiment;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.Interaction;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Opportunity;
import org.netcase.model.Organization;
import org.netcase.model.Owner;
import org.netcase.model.internal.validation.Issues;
import org.netcase.model.internal.validation.OutreachRules;
import org.netcase.model.internal.validation.PeopleRules;
import org.netcase.model.internal.validation.ValueRules;
import org.netcase.model.storage.DeferringObject;

/**
 * Checks Netcase objects beyond EMF's structural constraints and explains each problem so that
 * a user can fix it: every diagnostic names the object and says what to do. Each diagnostic's
 * data holds the object and, where one field is at fault, its feature.
 * <p>
 * {@link Diagnostician#INSTANCE} uses these rules once {@link #register()} has been called;
 * whoever validates a network calls it first (core when it opens a network, tests in setup).
 */
public final class NetcaseModelValidator extends EObjectValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.netcase.model";

    public static final NetcaseModelValidator INSTANCE = new NetcaseModelValidator();

    /** Diagnostic codes, one per rule, so that callers can react to a particular problem. */
    public static final int INVALID_EMAIL = 1;
    public static final int REPLY_BEFORE_SEND = 2;
    public static final int REPLIED_WITHOUT_REPLY_TIME = 3;
    public static final int NEGATIVE_AMOUNT = 4;
    public static final int LOVE_RATING_OUT_OF_RANGE = 5;
    public static final int END_BEFORE_START = 6;
    public static final int TARGET_NOT_POSITIVE = 7;
    public static final int REPLY_WINDOW_NOT_POSITIVE = 8;
    public static final int CONTACT_WITHOUT_NAME = 9;
    public static final int ORGANIZATION_WITHOUT_NAME = 10;

    private NetcaseModelValidator() {
    }

    /** Makes the global validator registry, and so {@link Diagnostician#INSTANCE}, use these rules. */
    public static void register() {
        EValidator.Registry.INSTANCE.put(NetcasePackage.eINSTANCE, INSTANCE);
    }

    @Override
    protected EPackage getEPackage() {
        return NetcasePackage.eINSTANCE;
    }

    @Override
    protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!(value instanceof EObject eObject)) {
            return true; // The package's data types are enums: any literal is valid.
        }
        boolean valid = validate_EveryDefaultConstraint(eObject, diagnostics, context);
        if (valid || diagnostics != null) {
            Issues issues = new Issues(DIAGNOSTIC_SOURCE, diagnostics);
            checkRules(eObject, issues);
            valid &= issues.none();
        }
        return valid;
    }

    /**
     * A value still waiting in the store was checked when it was written; reading it only to check it
     * again would read every email body of a large network at each validation.
     */
    @Override
    protected boolean validate_DataValueConforms(EObject eObject, EAttribute eAttribute, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (eObject instanceof DeferringObject deferring && deferring.hasDeferredValues()
                && deferring.deferredAttributes().contains(eAttribute)) {
            return true;
        }
        return super.validate_DataValueConforms(eObject, eAttribute, diagnostics, context);
    }

    private static void checkRules(EObject eObject, Issues issues) {
        switch (eObject) {
            case Contact contact -> PeopleRules.check(contact, issues);
            case Owner owner -> PeopleRules.check(owner, issues);
            case Organization organization -> PeopleRules.check(organization, issues);
            case Interaction interaction -> OutreachRules.check(interaction, issues);
            case Experiment experiment -> OutreachRules.check(experiment, issues);
            case Opportunity opportunity -> ValueRules.check(opportunity, issues);
            case GiveBackEntry giveBack -> ValueRules.check(giveBack, issues);
            default -> {
                // The other classes have no rules beyond EMF's.
            }
        }
    }
}
