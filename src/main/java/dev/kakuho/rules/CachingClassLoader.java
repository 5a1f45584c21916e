package dev.kakuho.rules;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader rule compilation sees: the application's, with every lookup remembered, misses
 * included. Compiling DRL tries many names that are not classes (each identifier against each
 * import), and once Quarkus has started, each miss reopens and searches its jars; remembered, a
 * recompile on reload costs what the first compile did. The application's classes do not change
 * while it runs, so neither do the answers.
 */
final class CachingClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final Object MISSING = new Object();
    private final ConcurrentHashMap<String, Object> lookups = new ConcurrentHashMap<>();

    CachingClassLoader(ClassLoader application) {
        super(application);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Object known = lookups.get(name);
        if (known == MISSING) {
            throw new ClassNotFoundException(name);
        }
        if (known != null) {
            return (Class<?>) known;
        }
        try {
            Class<?> found = getParent().loadClass(name);
            lookups.put(name, found);
            return found;
        } catch (ClassNotFoundException e) {
            lookups.put(name, MISSING);
            throw e;
        }
    }
}
