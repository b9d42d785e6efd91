package se.kasus.processadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The models that deploy together as one unit: BPMN processes, DMN decisions, Camunda Forms and the gate's scenarios,
 * each under a name relative to the classpath root ({@code processes/aldreomsorg/aldreomsorg-bistand.bpmn}). The names
 * are the same whether Kasus runs from a jar, from {@code target/classes} or from a checkout, so a deployment's
 * duplicate filter compares like with like.
 */
public final class ModelSet {

    /** The kinds of file in a unit, recognised by how the name ends. */
    public enum Kind {
        BPMN(".bpmn"),
        DMN(".dmn"),
        FORM(".form"),
        SCENARIOS(".scenarios.yml");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }

        public static Optional<Kind> of(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return Arrays.stream(values()).filter(k -> lower.endsWith(k.suffix)).findFirst();
        }
    }

    /** The folders, relative to the project or classpath root, that hold a unit's files. */
    static final List<String> FOLDERS = List.of("processes", "forms");

    private final SortedMap<String, byte[]> resources;

    private ModelSet(SortedMap<String, byte[]> resources) {
        this.resources = Collections.unmodifiableSortedMap(resources);
    }

    public static ModelSet of(Map<String, byte[]> resources) {
        SortedMap<String, byte[]> copy = new TreeMap<>();
        resources.forEach((name, content) -> {
            if (Kind.of(name).isEmpty()) {
                throw new IllegalArgumentException("Not a model file: " + name);
            }
            copy.put(name, content.clone());
        });
        return new ModelSet(copy);
    }

    /** The model files under {@code processes/} and {@code forms/} of a checkout or working directory. */
    public static ModelSet fromDirectory(Path root) {
        SortedMap<String, byte[]> found = new TreeMap<>();
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = root.relativize(file).toString().replace('\\', '/');
                    if (Kind.of(name).isPresent()) {
                        found.put(name, Files.readAllBytes(file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ModelSet(found);
    }

    /**
     * The files that match {@code classpath*:} patterns such as {@code classpath*:processes/**}{@code /*.bpmn}, each
     * named by its path below the classpath root it was found in.
     */
    static ModelSet fromClasspath(List<String> patterns) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        SortedMap<String, byte[]> found = new TreeMap<>();
        try {
            for (String pattern : patterns) {
                String root = rootFolder(pattern);
                List<String> rootUrls = new ArrayList<>();
                for (Resource rootResource : resolver.getResources("classpath*:" + root)) {
                    rootUrls.add(rootResource.getURL().toString());
                }
                for (Resource resource : resolver.getResources(pattern)) {
                    if (!resource.isReadable()) {
                        continue;
                    }
                    String url = resource.getURL().toString();
                    String rootUrl = rootUrls.stream().filter(url::startsWith).findFirst()
                            .orElseThrow(() -> new IllegalStateException("No classpath root for " + url));
                    String name = root + URLDecoder.decode(url.substring(rootUrl.length()).replace("+", "%2B"),
                            StandardCharsets.UTF_8);
                    try (InputStream in = resource.getInputStream()) {
                        if (found.put(name, in.readAllBytes()) != null) {
                            throw new IllegalStateException("Two model files on the classpath are named " + name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelSet(found);
    }

    /** {@code classpath*:processes/**}{@code /*.bpmn} → {@code processes/}: the part before the first wildcard. */
    static String rootFolder(String pattern) {
        String path = pattern.replaceFirst("^classpath\\*?:", "").replaceFirst("^/", "");
        int wildcard = path.indexOf('*');
        String fixed = wildcard < 0 ? path : path.substring(0, wildcard);
        return fixed.substring(0, fixed.lastIndexOf('/') + 1);
    }

    public SortedMap<String, byte[]> resources() {
        return resources;
    }

    public List<String> names() {
        return List.copyOf(resources.keySet());
    }

    public List<String> names(Kind kind) {
        return resources.keySet().stream().filter(n -> Kind.of(n).orElse(null) == kind).toList();
    }

    public byte[] content(String name) {
        byte[] content = resources.get(name);
        if (content == null) {
            throw new IllegalArgumentException("No model file " + name);
        }
        return content.clone();
    }

    public String text(String name) {
        return new String(content(name), StandardCharsets.UTF_8);
    }

    public boolean contains(String name) {
        return resources.containsKey(name);
    }

    public boolean isEmpty() {
        return resources.isEmpty();
    }

    /** This set with one file added or replaced. */
    public ModelSet with(String name, byte[] content) {
        SortedMap<String, byte[]> copy = new TreeMap<>(resources);
        copy.put(name, content.clone());
        return new ModelSet(copy);
    }

    /** Same names, same bytes. */
    public boolean sameAs(ModelSet other) {
        return resources.keySet().equals(other.resources.keySet()) && resources.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), other.resources.get(e.getKey())));
    }

    /** The file name without folders, e.g. {@code aldreomsorg-bistand.bpmn}. */
    static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
