package org.netcase.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.netcase.model.Contact;
import org.netcase.model.Identified;
import org.netcase.model.Interaction;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.NetcasePackage;

class ContainmentTest {

    private final SampleNetwork sample = new SampleNetwork();

    @Test
    void everyTopLevelObjectIsContainedInTheNetwork() {
        for (EObject object : sample.network.eContents()) {
            assertThat(object.eContainer()).as("%s", object).isSameAs(sample.network);
        }
        assertThat(sample.network.eContents()).contains(sample.owner, sample.jane, sample.rotary, sample.coffeeEmail,
                sample.funRun, sample.outreach, sample.foodBankHours, sample.firstWeek, sample.introduction,
                sample.volunteering, sample.callJane);
    }

    @Test
    void stageHistoryAndMetricsBelongToTheirOwners() {
        assertThat(sample.funRun.getStageHistory()).allSatisfy(change -> assertThat(change.eContainer())
                .isSameAs(sample.funRun));
        assertThat(sample.firstWeek.getMetrics()).allSatisfy(metric -> assertThat(metric.eContainer())
                .isSameAs(sample.firstWeek));
    }

    @Test
    void everyObjectGetsAUuidWhenTheFactoryCreatesIt() {
        for (EClass eClass : concreteClasses()) {
            Identified object = (Identified) NetcaseFactory.eINSTANCE.create(eClass);

            assertThat(object.getId()).as(eClass.getName()).isNotBlank();
            assertThat(UUID.fromString(object.getId()).toString()).isEqualTo(object.getId());
        }
    }

    @Test
    void idsAreUniqueAndServeAsIntrinsicIds() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(NetcaseFactory.eINSTANCE.createContact().getId());
        }

        assertThat(ids).hasSize(1000);
        assertThat(NetcasePackage.Literals.IDENTIFIED__ID.isID()).isTrue();
        assertThat(EcoreUtil.getID(sample.jane)).isEqualTo(sample.jane.getId());
    }

    @Test
    void settingOneSideOfAnOppositeUpdatesTheOther() {
        Interaction call = NetcaseFactory.eINSTANCE.createInteraction();
        call.setContact(sample.jane);

        assertThat(sample.jane.getInteractions()).contains(call);
        assertThat(sample.rotary.getPeople()).containsExactly(sample.jane);
        assertThat(sample.outreach.getAttempts()).containsExactly(sample.coffeeEmail);
        assertThat(sample.rotary.getOpportunities()).containsExactly(sample.funRun);
    }

    @Test
    void deletingAContactRemovesItAndEveryReferenceToIt() {
        Contact jane = sample.jane;

        EcoreUtil.delete(jane);

        assertThat(sample.network.getContacts()).doesNotContain(jane);
        assertThat(jane.eContainer()).isNull();
        assertThat(sample.rotary.getPeople()).isEmpty();
        assertThat(jane.getOrganization()).isNull();
        assertThat(sample.coffeeEmail.getContact()).isNull();
        assertThat(jane.getInteractions()).isEmpty();
        assertThat(sample.foodBankHours.getToContact()).isNull();
        assertThat(sample.callJane.getContact()).isNull();
        assertThat(sample.network.getInteractions()).as("the interaction itself stays").contains(sample.coffeeEmail);
    }

    private static Iterable<EClass> concreteClasses() {
        return NetcasePackage.eINSTANCE.getEClassifiers().stream()
                .filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(eClass -> !eClass.isAbstract()).toList();
    }
}
