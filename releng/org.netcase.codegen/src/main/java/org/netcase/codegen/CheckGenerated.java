package org.netcase.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fails when the generator, just run, changed or added files that are under version control:
 * then the committed generated code no longer matches the model.
 */
public final class CheckGenerated {

    /** Everything the generator writes; untracked files here are stale output too. */
    static final List<String> GENERATED_PATHS = List.of(
            "bundles/org.netcase.model/src-gen",
            "bundles/org.netcase.model/META-INF",
            "bundles/org.netcase.model/plugin.xml",
            "bundles/org.netcase.model/plugin.properties",
            "bundles/org.netcase.model.edit/src-gen",
            "bundles/org.netcase.model.edit/META-INF",
            "bundles/org.netcase.model.edit/plugin.xml",
            "bundles/org.netcase.model.edit/plugin.properties",
            "bundles/org.netcase.model.edit/icons");

    static final String REGENERATE_COMMAND = "./mvnw -f releng/org.netcase.codegen process-classes";

    private CheckGenerated() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: CheckGenerated <repository root>");
        }
        Path repositoryRoot = Path.of(args[0]).toAbsolutePath().normalize();
        String changes = git(repositoryRoot, "status", "--porcelain", "--untracked-files=all");
        if (!changes.isBlank()) {
            throw new IllegalStateException("Generated EMF code is stale: run " + REGENERATE_COMMAND
                    + " and commit the result. Changed or new files:\n" + changes);
        }
        System.out.println("Generated EMF code matches the model");
    }

    private static String git(Path workTree, String... gitArguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(gitArguments));
        command.add("--");
        command.addAll(GENERATED_PATHS);
        Process git = new ProcessBuilder(command).directory(workTree.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (git.waitFor() != 0) {
            throw new IllegalStateException("Cannot check the generated EMF code, git failed: " + output);
        }
        return output;
    }
}
