package org.netcase.core.tests.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.netcase.core.sample.SyntheticNetwork;
import org.netcase.core.session.NetworkSession;
import org.netcase.model.Contact;
import org.netcase.model.Network;

class SyntheticNetworkTest {

	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	@Test
	void hasTheRequestedSizeWithEveryAttemptLinkedToAContact() {
		Network network = SyntheticNetwork.generate(200, 20, 2_000, 7, NOW);

		assertThat(network.getContacts()).hasSize(200);
		assertThat(network.getOrganizations()).hasSize(20);
		assertThat(network.getInteractions()).hasSize(2_000)
				.allSatisfy(attempt -> assertThat(attempt.getContact().getInteractions()).contains(attempt));
		assertThat(network.getContacts().stream().mapToInt(c -> c.getInteractions().size()).sum()).isEqualTo(2_000);
	}

	@Test
	void sameSeedGivesTheSameContent() {
		Network first = SyntheticNetwork.generate(50, 5, 300, 42, NOW);
		Network second = SyntheticNetwork.generate(50, 5, 300, 42, NOW);

		assertThat(names(first)).isEqualTo(names(second));
		assertThat(first.getInteractions().get(299).getSentAt()).isEqualTo(second.getInteractions().get(299).getSentAt());
	}

	private static List<String> names(Network network) {
		return network.getContacts().stream().map(Contact::getName).toList();
	}

	@Test
	void passesValidation() {
		Network network = SyntheticNetwork.generate(100, 10, 500, 3, NOW);
		NetworkSession session = NetworkSession.open(network); // registers the model's validator
		try {
			assertThat(Diagnostician.INSTANCE.validate(network).getSeverity()).isLessThan(Diagnostic.ERROR);
		} finally {
			session.dispose();
		}
	}
}
