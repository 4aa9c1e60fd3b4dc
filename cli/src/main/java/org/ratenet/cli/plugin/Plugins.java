package org.ratenet.cli.plugin;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ratenet.api.inject.PluginException;
import org.ratenet.api.inject.Ratenet;

/**
 * The user's plugins: jars and folders given with {@code --plugin} (repeatable) and in the {@code RATENET_PLUGINS} path
 * (entries separated by the platform's path separator). A jar is added as it is; a folder is added as a class folder
 * and every jar directly inside it is added too (so a folder of plugin jars works, as does {@code target/classes}).
 * Their {@code RatenetModule}s are found by {@link java.util.ServiceLoader} like ratenet's own.
 */
public final class Plugins {

    /** The environment variable with further plugin paths. */
    public static final String ENVIRONMENT = "RATENET_PLUGINS";

    private final List<Path> paths;

    private Plugins(List<Path> paths) {
        this.paths = List.copyOf(paths);
    }

    /** The {@code --plugin} paths followed by those of {@code RATENET_PLUGINS} (may be null or empty). */
    public static Plugins of(List<Path> options, String environment) {
        List<Path> all = new ArrayList<>(options);
        if (environment != null) {
            for (String entry : environment.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    all.add(Path.of(entry.strip()));
                }
            }
        }
        return new Plugins(all);
    }

    public List<Path> paths() {
        return paths;
    }

    /** Ratenet with its own modules and every plugin's; a missing path or a module of the wrong shape is a {@link PluginException}. */
    public Ratenet ratenet() {
        if (paths.isEmpty()) {
            return Ratenet.create();
        }
        return Ratenet.builder().classLoader(new URLClassLoader("ratenet-plugins", urls(), Plugins.class.getClassLoader())).build();
    }

    /** The plugin jars: each jar given, and the jars directly inside each folder given (a class folder's classes are not a jar). */
    public List<Path> jars() {
        List<Path> jars = new ArrayList<>();
        for (URL u : urls()) {
            Path p = Path.of(java.net.URI.create(u.toString()));
            if (p.getFileName().toString().endsWith(".jar")) {
                jars.add(p);
            }
        }
        return jars;
    }

    private URL[] urls() {
        List<URL> urls = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new PluginException("--plugin " + p + ": no such file or folder");
            }
            if (Files.isDirectory(p)) {
                urls.add(url(p));
                try (Stream<Path> inside = Files.list(p)) {
                    inside.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().forEach(f -> urls.add(url(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (p.getFileName().toString().endsWith(".jar")) {
                urls.add(url(p));
            } else {
                throw new PluginException("--plugin " + p + ": not a jar or a folder");
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static URL url(Path p) {
        try {
            return p.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new PluginException("--plugin " + p + ": " + e.getMessage());
        }
    }
}
