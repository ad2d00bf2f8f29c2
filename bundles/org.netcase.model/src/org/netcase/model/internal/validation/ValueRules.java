package org.netcase.model.internal.validation;

import static org.netcase.model.validation.NetcaseModelValidator.NEGATIVE_AMOUNT;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.netcase.model.GiveBackEntry;
import org.netcase.model.NetcasePackage.Literals;
import org.netcase.model.Opportunity;

/** Rules for what is given: money, hours and in-kind value can be zero but never negative. */
public final class ValueRules {

    private ValueRules() {
    }

    public static void check(Opportunity opportunity, Issues issues) {
        String name = ObjectNames.of(opportunity);
        checkAmount(opportunity.getMoney(), Messages.Amount_money, name, opportunity, Literals.OPPORTUNITY__MONEY,
                issues);
        checkHours(opportunity.getHours(), name, opportunity, Literals.OPPORTUNITY__HOURS, issues);
        checkAmount(opportunity.getInKindValue(), Messages.Amount_inKindValue, name, opportunity,
                Literals.OPPORTUNITY__IN_KIND_VALUE, issues);
    }

    public static void check(GiveBackEntry giveBack, Issues issues) {
        String name = ObjectNames.of(giveBack);
        checkAmount(giveBack.getValue(), Messages.Amount_value, name, giveBack, Literals.GIVE_BACK_ENTRY__VALUE,
                issues);
        checkHours(giveBack.getHours(), name, giveBack, Literals.GIVE_BACK_ENTRY__HOURS, issues);
    }

    private static void checkAmount(BigDecimal amount, String what, String name, EObject object,
            EStructuralFeature feature, Issues issues) {
        if (amount != null && amount.signum() < 0) {
            reportNegative(what, amount.toPlainString(), name, object, feature, issues);
        }
    }

    private static void checkHours(double hours, String name, EObject object, EStructuralFeature feature,
            Issues issues) {
        if (hours < 0) {
            reportNegative(Messages.Amount_hours, BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString(),
                    name, object, feature, issues);
        }
    }

    private static void reportNegative(String what, String amount, String name, EObject object,
            EStructuralFeature feature, Issues issues) {
        issues.error(NEGATIVE_AMOUNT, NLS.bind(Messages.NegativeAmount, new Object[] { name, what, amount }), object,
                feature);
    }
}
