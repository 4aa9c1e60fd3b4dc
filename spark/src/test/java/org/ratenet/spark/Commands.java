package org.ratenet.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ratenet.cli.Main;

/** The spark module's tests run the {@code ratenet} command in their JVM: its arguments put together, and the run. */
final class Commands {

    /** The Brunel A example, from the module's folder. */
    static final String BRUNEL = Path.of("../examples/brunel-a.yaml").toString();

    private Commands() {
    }

    static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(first));
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    /** Runs {@code ratenet} with {@code first} then {@code more}; the exit code. */
    static int ratenet(String[] first, String... more) {
        return Main.execute(concat(first, more));
    }
}
