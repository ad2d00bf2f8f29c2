package org.netcase.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netcase.model.AttemptStatus;
import org.netcase.model.Contact;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.NetcasePackage.Literals;
import org.netcase.model.internal.ModelClock;
import org.netcase.model.validation.NetcaseModelValidator;

class ValidationTest {

    private final SampleNetwork sample = new SampleNetwork();

    @BeforeAll
    static void registerValidator() {
        NetcaseModelValidator.register();
    }

    @BeforeEach
    void fixTime() {
        ModelClock.set(Dates.fixedClock());
    }

    @AfterEach
    void releaseTime() {
        ModelClock.reset();
    }

    @Test
    void aCompleteSampleNetworkHasNoProblems() {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(sample.network);

        assertThat(diagnostic.getChildren()).isEmpty();
        assertThat(diagnostic.getSeverity()).isEqualTo(Diagnostic.OK);
    }

    @Test
    void anInvalidContactEmailIsAnErrorThatShowsTheFormToUse() {
        sample.jane.getEmails().add("jane@");

        assertOnlyProblem(sample.jane, Diagnostic.ERROR, Literals.CONTACT__EMAILS,
                "Jane Doe: 'jane@' is not a valid email address. Use the form name@example.com.");
    }

    @Test
    void anInvalidOwnerEmailIsAnError() {
        sample.owner.setEmail("alex.smithbikes.example");

        assertOnlyProblem(sample.owner, Diagnostic.ERROR, Literals.OWNER__EMAIL,
                "Alex Smith: 'alex.smithbikes.example' is not a valid email address. Use the form name@example.com.");
    }

    @Test
    void aReplyDatedBeforeTheSendIsAnError() {
        sample.coffeeEmail.setRepliedAt(Dates.at("2026-11-01T09:00:00Z"));

        assertOnlyProblem(sample.coffeeEmail, Diagnostic.ERROR, Literals.INTERACTION__REPLIED_AT,
                "'Coffee next week?' with Jane Doe: the reply (2026-11-01 09:00) is dated before the message was "
                        + "sent (2026-11-02 10:00). Correct the sent or the reply date.");
    }

    @Test
    void aRepliedStatusWithoutReplyTimeIsAWarning() {
        sample.coffeeEmail.setStatus(AttemptStatus.REPLIED);
        sample.coffeeEmail.setRepliedAt(null);

        assertOnlyProblem(sample.coffeeEmail, Diagnostic.WARNING, Literals.INTERACTION__REPLIED_AT,
                "'Coffee next week?' with Jane Doe: the status is 'replied' but no reply date is set. "
                        + "Enter when the reply came.");
    }

    @Test
    void negativeMoneyOnAnOpportunityIsAnError() {
        sample.funRun.setMoney(new BigDecimal("-50"));

        assertOnlyProblem(sample.funRun, Diagnostic.ERROR, Literals.OPPORTUNITY__MONEY,
                "Spring fun run: the amount of money is negative (-50). Enter zero or a positive amount.");
    }

    @Test
    void negativeHoursOnAnOpportunityIsAnError() {
        sample.funRun.setHours(-2.5);

        assertOnlyProblem(sample.funRun, Diagnostic.ERROR, Literals.OPPORTUNITY__HOURS,
                "Spring fun run: the number of hours is negative (-2.5). Enter zero or a positive amount.");
    }

    @Test
    void negativeInKindValueOnAnOpportunityIsAnError() {
        sample.funRun.setInKindValue(new BigDecimal("-80"));

        assertOnlyProblem(sample.funRun, Diagnostic.ERROR, Literals.OPPORTUNITY__IN_KIND_VALUE,
                "Spring fun run: the in-kind value is negative (-80). Enter zero or a positive amount.");
    }

    @Test
    void negativeValueOrHoursGivenBackAreErrors() {
        sample.foodBankHours.setValue(new BigDecimal("-10.50"));
        assertOnlyProblem(sample.foodBankHours, Diagnostic.ERROR, Literals.GIVE_BACK_ENTRY__VALUE,
                "Helped at the food bank: the value is negative (-10.50). Enter zero or a positive amount.");

        sample.foodBankHours.setValue(null);
        sample.foodBankHours.setHours(-3);
        assertOnlyProblem(sample.foodBankHours, Diagnostic.ERROR, Literals.GIVE_BACK_ENTRY__HOURS,
                "Helped at the food bank: the number of hours is negative (-3). Enter zero or a positive amount.");
    }

    @Test
    void aLoveRatingOutsideZeroToFiveIsAnError() {
        sample.rotary.setLoveRating(6);
        assertOnlyProblem(sample.rotary, Diagnostic.ERROR, Literals.ORGANIZATION__LOVE_RATING,
                "Riverside Rotary: a love rating of 6 is outside 1 to 5. "
                        + "Choose from 1 to 5, or 0 if you have not rated it yet.");

        sample.rotary.setLoveRating(-1);
        assertThat(problemsOf(sample.rotary)).singleElement()
                .extracting(Diagnostic::getCode).isEqualTo(NetcaseModelValidator.LOVE_RATING_OUT_OF_RANGE);
    }

    @Test
    void everyLoveRatingFromNotRatedToFiveIsValid() {
        for (int rating = 0; rating <= 5; rating++) {
            sample.rotary.setLoveRating(rating);
            assertThat(problemsOf(sample.rotary)).as("rating %d", rating).isEmpty();
        }
    }

    @Test
    void anExperimentEndingBeforeItStartsIsAnError() {
        sample.outreach.setEnd(Dates.at("2026-10-01T00:00:00Z"));

        assertOnlyProblem(sample.outreach, Diagnostic.ERROR, Literals.EXPERIMENT__END,
                "Ten emails in November: it ends (2026-10-01) before it starts (2026-11-01). "
                        + "Move the end after the start.");
    }

    @Test
    void aNegativeTargetIsAnErrorAndAMissingOneAWarning() {
        sample.outreach.setTarget(-3);
        assertOnlyProblem(sample.outreach, Diagnostic.ERROR, Literals.EXPERIMENT__TARGET,
                "Ten emails in November: a target of -3 attempts is negative. "
                        + "Set how many attempts you plan, such as 10.");

        sample.outreach.setTarget(0);
        assertOnlyProblem(sample.outreach, Diagnostic.WARNING, Literals.EXPERIMENT__TARGET,
                "Ten emails in November: no target is set. Set how many attempts you plan, such as 10.");
    }

    @Test
    void aReplyWindowOfLessThanADayIsAnError() {
        sample.outreach.setReplyWindowDays(0);

        assertOnlyProblem(sample.outreach, Diagnostic.ERROR, Literals.EXPERIMENT__REPLY_WINDOW_DAYS,
                "Ten emails in November: a reply window of 0 days is too short. Allow at least 1 day; 7 is usual.");
    }

    @Test
    void aNewExperimentWaitsSevenDaysForReplies() {
        assertThat(NetcaseFactory.eINSTANCE.createExperiment().getReplyWindowDays()).isEqualTo(7);
    }

    @Test
    void aContactWithoutAnyNameIsAnErrorNamingItByEmail() {
        Contact nameless = NetcaseFactory.eINSTANCE.createContact();
        assertOnlyProblem(nameless, Diagnostic.ERROR, Literals.CONTACT__FIRST_NAME,
                "A contact has neither a first nor a last name. Enter at least one of them.");

        nameless.getEmails().add("sam@example.com");
        assertOnlyProblem(nameless, Diagnostic.ERROR, Literals.CONTACT__FIRST_NAME,
                "The contact sam@example.com has neither a first nor a last name. Enter at least one of them.");
    }

    @Test
    void aContactWithOnlyALastNameIsValid() {
        sample.jane.setFirstName(" ");

        assertThat(problemsOf(sample.jane)).isEmpty();
    }

    @Test
    void anOrganizationWithoutNameIsAnError() {
        sample.rotary.setName("");
        assertOnlyProblem(sample.rotary, Diagnostic.ERROR, Literals.ORGANIZATION__NAME,
                "The organization at https://rotary.example has no name. Enter its name.");

        sample.rotary.setWebsite(null);
        assertOnlyProblem(sample.rotary, Diagnostic.ERROR, Literals.ORGANIZATION__NAME,
                "An organization has no name. Enter its name.");
    }

    @Test
    void validatingTheNetworkReportsProblemsOfEveryContainedObject() {
        sample.jane.getEmails().add("jane@");
        sample.rotary.setLoveRating(9);

        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(sample.network);

        assertThat(diagnostic.getSeverity()).isEqualTo(Diagnostic.ERROR);
        assertThat(diagnostic.getChildren().stream().map(Diagnostic::getCode)).containsExactlyInAnyOrder(
                NetcaseModelValidator.INVALID_EMAIL, NetcaseModelValidator.LOVE_RATING_OUT_OF_RANGE);
    }

    private static List<Diagnostic> problemsOf(EObject object) {
        return Diagnostician.INSTANCE.validate(object).getChildren();
    }

    private static void assertOnlyProblem(EObject object, int severity, EStructuralFeature feature, String message) {
        assertThat(problemsOf(object)).singleElement().satisfies(problem -> {
            assertThat(problem.getMessage()).isEqualTo(message);
            assertThat(problem.getSeverity()).isEqualTo(severity);
            assertThat(problem.getSource()).isEqualTo(NetcaseModelValidator.DIAGNOSTIC_SOURCE);
            assertThat(List.<Object>copyOf(problem.getData())).containsExactly(object, feature);
        });
    }
}
