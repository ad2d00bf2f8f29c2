package org.netcase.core.tests.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.tests.FixedClock;
import org.netcase.model.Contact;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Network;

class NetworkSessionTest {

	private NetworkSession session;
	private Network network;

	@BeforeEach
	void openSample() {
		session = NetworkSession.open(SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON));
		network = session.network();
	}

	@AfterEach
	void dispose() {
		session.dispose();
	}

	@Test
	void addingAContactIsUndoneAndRedone() {
		Contact contact = NetcaseFactory.eINSTANCE.createContact();
		contact.setFirstName("Rosa");

		execute(AddCommand.create(session.editingDomain(), network, NetcasePackage.Literals.NETWORK__CONTACTS,
				contact));
		assertThat(network.getContacts()).hasSize(11).contains(contact);

		session.commandStack().undo();
		assertThat(network.getContacts()).hasSize(10).doesNotContain(contact);

		session.commandStack().redo();
		assertThat(network.getContacts()).hasSize(11).contains(contact);
	}

	@Test
	void settingAFieldIsUndoneAndRedone() {
		Contact baker = network.getContacts().get(0);

		execute(SetCommand.create(session.editingDomain(), baker, NetcasePackage.Literals.CONTACT__ROLE,
				"Head baker"));
		assertThat(baker.getRole()).isEqualTo("Head baker");

		session.commandStack().undo();
		assertThat(baker.getRole()).isEqualTo("Owner and baker");

		session.commandStack().redo();
		assertThat(baker.getRole()).isEqualTo("Head baker");
	}

	@Test
	void undoRestoresAnAddedContactAndItsEditedFieldInOrder() {
		Contact contact = NetcaseFactory.eINSTANCE.createContact();
		execute(AddCommand.create(session.editingDomain(), network, NetcasePackage.Literals.NETWORK__CONTACTS,
				contact));
		execute(SetCommand.create(session.editingDomain(), contact, NetcasePackage.Literals.CONTACT__FIRST_NAME,
				"Rosa"));

		session.commandStack().undo();
		session.commandStack().undo();
		assertThat(contact.getFirstName()).isNull();
		assertThat(network.getContacts()).doesNotContain(contact);

		session.commandStack().redo();
		session.commandStack().redo();
		assertThat(contact.getFirstName()).isEqualTo("Rosa");
		assertThat(network.getContacts()).contains(contact);
	}

	@Test
	void anyObjectInTheNetworkFindsTheSessionsDomain() {
		Contact baker = network.getContacts().get(0);

		assertThat(AdapterFactoryEditingDomain.getEditingDomainFor(network)).isSameAs(session.editingDomain());
		assertThat(AdapterFactoryEditingDomain.getEditingDomainFor(baker)).isSameAs(session.editingDomain());
		assertThat(AdapterFactoryEditingDomain.getEditingDomainFor(network.getInteractions().get(0)))
				.isSameAs(session.editingDomain());
	}

	@Test
	void aPropertySheetEditRunsAsAnUndoableCommandOnTheSessionsStack() {
		Contact baker = network.getContacts().get(0);
		IItemPropertyDescriptor firstName = descriptorOf(baker, NetcasePackage.Literals.CONTACT__FIRST_NAME.getName());

		firstName.setPropertyValue(baker, "Sofie");
		assertThat(baker.getFirstName()).isEqualTo("Sofie");
		assertThat(session.commandStack().canUndo()).isTrue();

		session.commandStack().undo();
		assertThat(baker.getFirstName()).isEqualTo("Sofia");
	}

	@Test
	void theAdapterFactoryLabelsObjectsTheWayPeopleReadThem() {
		Contact baker = network.getContacts().get(0);
		IItemLabelProvider labels = (IItemLabelProvider) session.adapterFactory().adapt(baker,
				IItemLabelProvider.class);

		assertThat(labels.getText(baker)).isEqualTo("Sofia Marino");
	}

	@Test
	void thereIsNothingToUndoRightAfterOpening() {
		assertThat(session.commandStack().canUndo()).isFalse();
		assertThat(session.editingDomain().getResourceSet().getResources()).hasSize(1);
		assertThat(network.eResource().getContents()).containsExactly(network);
	}

	@Test
	void disposingDetachesTheNetworkFromTheDomain() {
		session.dispose();

		assertThat(AdapterFactoryEditingDomain.getEditingDomainFor(network)).isNull();
		assertThat(network.getContacts()).hasSize(10);
	}

	private void execute(Command command) {
		assertThat(command.canExecute()).isTrue();
		session.commandStack().execute(command);
	}

	private IItemPropertyDescriptor descriptorOf(Object object, String featureName) {
		IItemPropertySource source = (IItemPropertySource) session.adapterFactory().adapt(object,
				IItemPropertySource.class);
		return source.getPropertyDescriptors(object).stream()
				.filter(descriptor -> descriptor.getFeature(object) instanceof EStructuralFeature feature
						&& feature.getName().equals(featureName))
				.findFirst().orElseThrow();
	}
}
