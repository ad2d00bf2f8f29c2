package org.netcase.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netcase.model.NetcaseFactory;
import org.netcase.model.NetcasePackage;
import org.netcase.model.edit.ReadableItemProviderAdapterFactory;

class IconsTest {

    private final ReadableItemProviderAdapterFactory adapterFactory = new ReadableItemProviderAdapterFactory();

    @AfterEach
    void dispose() {
        adapterFactory.dispose();
    }

    @Test
    void everyClassHasItsOwnSixteenPixelIcon() throws IOException {
        Map<String, String> classByPixels = new HashMap<>();
        for (EClass eClass : NetcasePackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .map(EClass.class::cast).filter(eClass -> !eClass.isAbstract()).toList()) {
            BufferedImage icon = read(iconOf(NetcaseFactory.eINSTANCE.create(eClass)));

            assertThat(icon.getWidth()).as(eClass.getName()).isEqualTo(16);
            assertThat(icon.getHeight()).as(eClass.getName()).isEqualTo(16);
            String pixels = Arrays.toString(icon.getRGB(0, 0, 16, 16, null, 0, 16));
            assertThat(classByPixels.put(pixels, eClass.getName())).as("%s looks like another class", eClass.getName())
                    .isNull();
        }
    }

    private URL iconOf(EObject object) {
        Object image = ((IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class)).getImage(object);
        assertThat(image).as(object.eClass().getName()).isInstanceOf(URL.class);
        return (URL) image;
    }

    private static BufferedImage read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return ImageIO.read(in);
        }
    }
}
