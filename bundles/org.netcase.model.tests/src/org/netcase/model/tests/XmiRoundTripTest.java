package org.netcase.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.netcase.model.Contact;
import org.netcase.model.Interaction;
import org.netcase.model.Network;

class XmiRoundTripTest {

    private static final URI NETWORK_URI = URI.createURI("memory:/network.xmi");

    private final SampleNetwork sample = new SampleNetwork();

    @Test
    void aNetworkReadBackFromXmiEqualsTheOriginal() throws IOException {
        Network copy = load(save(sample.network));

        assertThat(EcoreUtil.equals(sample.network, copy)).isTrue();
    }

    @Test
    void idsAndCrossReferencesSurviveTheRoundTrip() throws IOException {
        Network copy = load(save(sample.network));

        Contact jane = copy.getContacts().get(0);
        Interaction email = copy.getInteractions().get(0);
        assertThat(jane.getId()).isEqualTo(sample.jane.getId());
        assertThat(email.getContact()).isSameAs(jane);
        assertThat(jane.getInteractions()).containsExactly(email);
        assertThat(email.getExperiment()).isSameAs(copy.getExperiments().get(0));
        assertThat(jane.getName()).isEqualTo("Jane Doe");
    }

    @Test
    void referencesAreWrittenAsIntrinsicIdsAndDerivedValuesNotAtAll() throws IOException {
        String xmi = new String(save(sample.network), StandardCharsets.UTF_8);

        assertThat(xmi).contains("contact=\"" + sample.jane.getId() + "\"");
        assertThat(xmi).doesNotContain("lastContacted", "daysWaiting", "name=\"Jane Doe\"");
    }

    private static byte[] save(Network network) throws IOException {
        Resource resource = newResourceSet().createResource(NETWORK_URI);
        resource.getContents().add(network);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, Map.of());
        return bytes.toByteArray();
    }

    private static Network load(byte[] xmi) throws IOException {
        Resource resource = newResourceSet().createResource(NETWORK_URI);
        resource.load(new ByteArrayInputStream(xmi), Map.of());
        return (Network) resource.getContents().get(0);
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        return resourceSet;
    }
}
