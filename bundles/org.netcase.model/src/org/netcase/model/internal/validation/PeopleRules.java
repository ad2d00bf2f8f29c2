package org.netcase.model.internal.validation;

import static org.netcase.model.validation.NetcaseModelValidator.CONTACT_WITHOUT_NAME;
import static org.netcase.model.validation.NetcaseModelValidator.INVALID_EMAIL;
import static org.netcase.model.validation.NetcaseModelValidator.LOVE_RATING_OUT_OF_RANGE;
import static org.netcase.model.validation.NetcaseModelValidator.ORGANIZATION_WITHOUT_NAME;

import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.netcase.model.Contact;
import org.netcase.model.NetcasePackage.Literals;
import org.netcase.model.Organization;
import org.netcase.model.Owner;

/** Rules for the people and organizations in a network. */
public final class PeopleRules {

    /** Deliberately loose: catches typos such as "jane@" or "jane.example.com", not every RFC corner. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final int HIGHEST_LOVE_RATING = 5;

    private PeopleRules() {
    }

    public static void check(Contact contact, Issues issues) {
        if (ObjectNames.isBlank(contact.getFirstName()) && ObjectNames.isBlank(contact.getLastName())) {
            String message = contact.getEmails().isEmpty() ? Messages.ContactWithoutName
                    : NLS.bind(Messages.ContactWithoutNameWithEmail, contact.getEmails().get(0));
            issues.error(CONTACT_WITHOUT_NAME, message, contact, Literals.CONTACT__FIRST_NAME);
        }
        for (String email : contact.getEmails()) {
            checkEmail(email, ObjectNames.of(contact), contact, Literals.CONTACT__EMAILS, issues);
        }
    }

    public static void check(Owner owner, Issues issues) {
        if (!ObjectNames.isBlank(owner.getEmail())) {
            checkEmail(owner.getEmail(), ObjectNames.of(owner), owner, Literals.OWNER__EMAIL, issues);
        }
    }

    public static void check(Organization organization, Issues issues) {
        if (ObjectNames.isBlank(organization.getName())) {
            String message = ObjectNames.isBlank(organization.getWebsite()) ? Messages.OrganizationWithoutName
                    : NLS.bind(Messages.OrganizationWithoutNameWithWebsite, organization.getWebsite());
            issues.error(ORGANIZATION_WITHOUT_NAME, message, organization, Literals.ORGANIZATION__NAME);
        }
        int rating = organization.getLoveRating();
        if (rating < 0 || rating > HIGHEST_LOVE_RATING) {
            issues.error(LOVE_RATING_OUT_OF_RANGE,
                    NLS.bind(Messages.LoveRatingOutOfRange, ObjectNames.of(organization), rating), organization,
                    Literals.ORGANIZATION__LOVE_RATING);
        }
    }

    private static void checkEmail(String email, String objectName, EObject object, EStructuralFeature feature,
            Issues issues) {
        if (email == null || !EMAIL.matcher(email).matches()) {
            issues.error(INVALID_EMAIL, NLS.bind(Messages.InvalidEmail, objectName, email), object, feature);
        }
    }
}
