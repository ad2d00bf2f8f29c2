package org.netcase.core.tests.xmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.sample.SyntheticNetwork;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.tests.FixedClock;
import org.netcase.core.xmi.NetworkXmi;
import org.netcase.core.xmi.XmiException;
import org.netcase.model.Network;

class NetworkXmiTest {

	@TempDir
	Path folder;

	@Test
	void theSampleSurvivesExportAndImport() throws XmiException {
		Network sample = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);
		Path file = folder.resolve("sample.xmi");

		NetworkXmi.exportNetwork(sample, file, new NullProgressMonitor());
		Network imported = NetworkXmi.importNetwork(file, new NullProgressMonitor());

		assertThat(imported).isNotSameAs(sample);
		assertThat(imported.eResource()).isNull();
		assertThat(EcoreUtil.equals(sample, imported)).isTrue();
	}

	@Test
	void aLargeSyntheticNetworkSurvivesExportAndImport() throws XmiException {
		Network network = SyntheticNetwork.generate(2_000, 200, 20_000, 5, Instant.parse("2026-11-25T12:00:00Z"));
		Path file = folder.resolve("synthetic.xmi");

		NetworkXmi.exportNetwork(network, file, new NullProgressMonitor());
		Network imported = NetworkXmi.importNetwork(file, new NullProgressMonitor());

		assertThat(EcoreUtil.equals(network, imported)).isTrue();
	}

	@Test
	void exportingAnOpenNetworkLeavesItInItsSession() throws XmiException {
		NetworkSession session = NetworkSession.open(SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON));
		try {
			NetworkXmi.exportNetwork(session.network(), folder.resolve("open.xmi"), new NullProgressMonitor());

			assertThat(session.network().eResource()).isNotNull();
			assertThat(session.network().eResource().getResourceSet())
					.isSameAs(session.editingDomain().getResourceSet());
		} finally {
			session.dispose();
		}
	}

	@Test
	void aMalformedFileIsReportedWithItsLine() throws Exception {
		Path file = folder.resolve("broken.xmi");
		NetworkXmi.exportNetwork(SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON), file, new NullProgressMonitor());
		String text = Files.readString(file);
		int cut = text.indexOf("<contacts", text.indexOf("<contacts") + 1);
		Files.writeString(file, text.substring(0, cut) + "<contacts firstName=\"unclosed\n" + text.substring(cut));

		XmiException failure = catchThrowableOfType(XmiException.class,
				() -> NetworkXmi.importNetwork(file, new NullProgressMonitor()));

		assertThat(failure.getMessage()).contains(file.toString()).contains("line ").contains("not a valid Netcase XMI");
	}

	@Test
	void aFileWithoutANetworkIsRefused() throws Exception {
		Path file = folder.resolve("empty.xmi");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>\n");

		XmiException failure = catchThrowableOfType(XmiException.class,
				() -> NetworkXmi.importNetwork(file, new NullProgressMonitor()));

		assertThat(failure.getMessage()).contains("holds no Netcase network");
	}
}
