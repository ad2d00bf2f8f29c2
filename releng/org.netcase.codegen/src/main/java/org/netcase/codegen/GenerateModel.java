package org.netcase.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the model and edit code of Netcase from its .genmodel, headless and outside
 * Eclipse, so that the build, not a developer's IDE, decides what src-gen/ contains.
 * <p>
 * The src-gen/ folders are emptied first: they hold generator output only (hand code lives in
 * src/), so a class or import that the model no longer implies cannot linger there. The
 * generator merges plugin.xml and plugin.properties, and leaves MANIFEST.MF, build.properties
 * and existing icons alone.
 */
public final class GenerateModel {

    static final String GEN_MODEL_PATH = "org.netcase.model/model/netcase.genmodel";

    private final Path bundlesFolder;

    GenerateModel(Path repositoryRoot) {
        this.bundlesFolder = repositoryRoot.resolve("bundles");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: GenerateModel <repository root>");
        }
        new GenerateModel(Path.of(args[0]).toAbsolutePath().normalize()).generate();
    }

    void generate() throws IOException {
        long start = System.nanoTime();
        mapBundlesAsPlatformResources();
        GenModel genModel = loadGenModel();
        mapAsPlatformResource(bundlesFolder.resolve(genModel.getEditProjectDirectory().substring(1)));
        genModel.reconcile();
        genModel.setCanGenerate(true);
        failOnError("The genmodel is invalid", genModel.diagnose());
        List<String> outputDirectories = List.of(genModel.getModelDirectory(), genModel.getEditDirectory());
        for (String directory : outputDirectories) {
            deleteRecursively(bundlesFolder.resolve(directory.substring(1)));
        }

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry()
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            failOnError("Generating " + projectType + " code failed",
                    generator.generate(genModel, projectType, new BasicMonitor()));
        }
        System.out.printf("Generated %s from %s in %d ms%n", outputDirectories, GEN_MODEL_PATH,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The genmodel names its output folders as Eclipse projects: /org.netcase.model/src-gen. */
    private void mapBundlesAsPlatformResources() throws IOException {
        try (Stream<Path> bundles = Files.list(bundlesFolder)) {
            bundles.filter(Files::isDirectory).forEach(GenerateModel::mapAsPlatformResource);
        }
    }

    /** Also maps a bundle that does not exist yet, such as the edit bundle before a first run. */
    private static void mapAsPlatformResource(Path bundle) {
        EcorePlugin.getPlatformResourceMap().putIfAbsent(bundle.getFileName().toString(),
                URI.createFileURI(bundle + "/"));
    }

    private static GenModel loadGenModel() {
        ResourceSet resourceSet = new ResourceSetImpl();
        EcoreResourceFactoryImpl ecoreFactory = new EcoreResourceFactoryImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", ecoreFactory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", ecoreFactory);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        URI genModelUri = URI.createPlatformResourceURI(GEN_MODEL_PATH, true);
        return (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void failOnError(String what, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException(what + ": " + diagnostic);
        }
    }
}
