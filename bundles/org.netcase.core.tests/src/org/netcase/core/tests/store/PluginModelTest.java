package org.netcase.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.store.StoreException;
import org.netcase.core.tests.FixedClock;
import org.netcase.model.Contact;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Network;

/**
 * A plug-in's own model is stored without code of its own: here a package built at run time, whose
 * Mentor is a Contact with a specialty and a list of mentees.
 */
class PluginModelTest {

	private static final String NS_URI = "http://www.example.org/netcase/mentoring/1.0";

	@TempDir
	Path folder;

	private EClass mentor;
	private EAttribute specialty;
	private EReference mentees;

	@BeforeEach
	void registerMentoringPackage() {
		EPackage mentoring = EcoreFactory.eINSTANCE.createEPackage();
		mentoring.setName("mentoring");
		mentoring.setNsPrefix("mentoring");
		mentoring.setNsURI(NS_URI);
		mentor = EcoreFactory.eINSTANCE.createEClass();
		mentor.setName("Mentor");
		mentor.getESuperTypes().add(NetcasePackage.Literals.CONTACT);
		specialty = EcoreFactory.eINSTANCE.createEAttribute();
		specialty.setName("specialty");
		specialty.setEType(EcorePackage.Literals.ESTRING);
		mentees = EcoreFactory.eINSTANCE.createEReference();
		mentees.setName("mentees");
		mentees.setEType(NetcasePackage.Literals.CONTACT);
		mentees.setUpperBound(-1);
		mentor.getEStructuralFeatures().add(specialty);
		mentor.getEStructuralFeatures().add(mentees);
		mentoring.getEClassifiers().add(mentor);
		mentoring.setEFactoryInstance(new EFactoryImpl() {
			@Override
			protected EObject basicCreate(EClass eClass) {
				// A dynamic subclass of a generated class is an instance of the generated class.
				Contact contact = NetcaseFactory.eINSTANCE.createContact();
				((BasicEObjectImpl) contact).eSetClass(eClass);
				return contact;
			}
		});
		EPackage.Registry.INSTANCE.put(NS_URI, mentoring);
	}

	@AfterEach
	void unregister() {
		EPackage.Registry.INSTANCE.remove(NS_URI);
	}

	@Test
	void anObjectOfAPluginClassReadsBackWithItsOwnFeatures() throws StoreException {
		Network network = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);
		Contact ada = (Contact) EcoreUtil.create(mentor);
		ada.setFirstName("Ada");
		ada.eSet(specialty, "Bookkeeping");
		@SuppressWarnings("unchecked")
		List<Contact> list = (List<Contact>) ada.eGet(mentees);
		list.add(network.getContacts().get(2));
		list.add(network.getContacts().get(0));
		network.getContacts().add(ada);
		Path file = folder.resolve("network.netcase");

		SqliteNetworkStore.create(file, network).close();
		Network loaded = SqliteNetworkStoreTest.load(file);

		Contact stored = loaded.getContacts().get(loaded.getContacts().size() - 1);
		@SuppressWarnings("unchecked")
		List<Object> storedMentees = (List<Object>) stored.eGet(mentees);
		assertThat(stored.eClass()).isSameAs(mentor);
		assertThat(stored.eGet(specialty)).isEqualTo("Bookkeeping");
		assertThat(storedMentees).containsExactly(loaded.getContacts().get(2),
				loaded.getContacts().get(0));
		assertThat(EcoreUtil.equals(network, loaded)).isTrue();
	}

	@Test
	void aFileWithAClassNoPluginProvidesIsRefusedClearly() throws StoreException {
		Network network = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);
		network.getContacts().add((Contact) EcoreUtil.create(mentor));
		Path file = folder.resolve("network.netcase");
		SqliteNetworkStore.create(file, network).close();
		EPackage.Registry.INSTANCE.remove(NS_URI);

		try (SqliteNetworkStore store = SqliteNetworkStore.open(file)) {
			assertThatThrownBy(store::load).isInstanceOf(StoreException.class)
					.hasMessageContaining(NS_URI + "#Mentor").hasMessageContaining("no installed plug-in provides");
		}
	}
}
