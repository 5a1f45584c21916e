package dev.kakuho.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.jboss.logging.Logger;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule sets kept across restarts (under {@code rules.cache.dir}), so a service whose rules
 * have not changed since its last start does not compile them again. An entry holds Drools' compiled
 * knowledge packages (serialized as Drools serializes them) and the byte code of the rules' declared
 * types, keyed by the hash of the rule set's DRL files (all a rule base is compiled from: an edit of
 * clause texts, parameters or names reuses it, and the loader checks those files again) and the
 * application's build ({@link BuildId}): an entry is written only for a rule set that passed every
 * check, and read only by the same build for the same DRL.
 *
 * <p>Verified, never trusted: an entry made from other files, by another build, or whose bytes do not
 * match the digest written with them (truncated, flipped) is ignored with a log line saying why, and
 * the rules are compiled from their DRL. A cache that cannot be read or written never stops a load.
 */
public final class RuleSetCache {

    private static final Logger LOG = Logger.getLogger(RuleSetCache.class);
    private static final String MAGIC = "kakuho-rule-set-cache 2";

    /** A cache that holds nothing and keeps nothing. */
    public static final RuleSetCache NONE = new RuleSetCache(null, "");

    private final Path dir;
    private final String build;

    /** @param dir where entries live (created when the first is written); null keeps nothing */
    public RuleSetCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /** The cache for the running build under {@code dir}, or {@link #NONE} when disabled. */
    public static RuleSetCache of(boolean enabled, Path dir) {
        if (!enabled) {
            return NONE;
        }
        String build = BuildId.current();
        if (build == null) {
            LOG.warn("Cannot tell which build of the service runs; compiled rule sets are not kept across restarts");
            return NONE;
        }
        return new RuleSetCache(dir, build);
    }

    /** Whether the two keep their entries in the same place for the same build. */
    boolean sameAs(RuleSetCache other) {
        return java.util.Objects.equals(dir == null ? null : dir.toAbsolutePath().normalize(),
                other.dir == null ? null : other.dir.toAbsolutePath().normalize()) && build.equals(other.build);
    }

    public boolean enabled() {
        return dir != null;
    }

    public String build() {
        return build;
    }

    /**
     * The compiled rule base of the folder's DRL files with this hash ({@link RuleSetFiles#hashOfDrl}), or
     * null when there is no usable entry (each reason but "none yet" logged).
     */
    InternalKnowledgeBase read(String folderName, String drlHash, ClassLoader application, Properties kieBaseProperties) {
        if (dir == null) {
            return null;
        }
        Path file = entry(folderName);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (!MAGIC.equals(in.readUTF())) {
                LOG.infof("Rule cache %s is not a cache entry; compiling %s from its DRL", file, folderName);
                return null;
            }
            String entryHash = in.readUTF();
            String entryBuild = in.readUTF();
            if (!entryHash.equals(drlHash)) {
                LOG.infof("Rule cache for %s holds other rules (DRL %s, now %s); compiling from the DRL", folderName,
                        shortHash(entryHash), shortHash(drlHash));
                return null;
            }
            if (!entryBuild.equals(build)) {
                LOG.infof("Rule cache for %s was made by another build of the service (%s, this one %s); compiling from the DRL",
                        folderName, shortHash(entryBuild), shortHash(build));
                return null;
            }
            byte[] digest = new byte[32];
            in.readFully(digest);
            byte[] payload = in.readAllBytes();
            if (!Arrays.equals(digest, sha256(payload))) {
                LOG.warnf("Rule cache for %s is damaged (its bytes do not match their digest); compiling from the DRL", folderName);
                return null;
            }
            return rebuild(payload, application, kieBaseProperties);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.warnf("Rule cache for %s cannot be used (%s); compiling from the DRL", folderName, e);
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static InternalKnowledgeBase rebuild(byte[] payload, ClassLoader application, Properties kieBaseProperties)
            throws IOException, ClassNotFoundException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            byte[] types = new byte[in.readInt()];
            in.readFully(types);
            Map<String, byte[]> declaredTypes;
            try (ObjectInputStream typesIn = new OnlyBytecode(new ByteArrayInputStream(types))) {
                declaredTypes = (Map<String, byte[]>) typesIn.readObject();
            }
            // the rules' declared types must be loadable before the packages that refer to them are read
            ClassLoader classLoader = ProjectClassLoader.createProjectClassLoader(application, declaredTypes);
            List<KiePackage> packages;
            try (DroolsObjectInputStream packagesIn = new DroolsObjectInputStream(in, classLoader)) {
                packages = (List<KiePackage>) packagesIn.readObject();
            }
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                    RuleBaseFactory.newKnowledgeBaseConfiguration(kieBaseProperties, classLoader));
            kieBase.addPackages(packages);
            return kieBase;
        }
    }

    /** Keeps a compiled rule set; a failure to write is logged and otherwise ignored. */
    void write(String folderName, String drlHash, Collection<KiePackage> packages, Map<String, byte[]> declaredTypes) {
        if (dir == null) {
            return;
        }
        try {
            ByteArrayOutputStream types = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(types)) {
                out.writeObject(new HashMap<>(declaredTypes));
            }
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(payload)) {
                out.writeInt(types.size());
                types.writeTo(out);
                try (DroolsObjectOutputStream packagesOut = new DroolsObjectOutputStream(out)) {
                    packagesOut.writeObject(new ArrayList<>(packages));
                }
            }
            byte[] bytes = payload.toByteArray();
            ByteArrayOutputStream whole = new ByteArrayOutputStream(bytes.length + 256);
            try (DataOutputStream out = new DataOutputStream(whole)) {
                out.writeUTF(MAGIC);
                out.writeUTF(drlHash);
                out.writeUTF(build);
                out.write(sha256(bytes));
                out.write(bytes);
            }
            Files.createDirectories(dir);
            Path file = entry(folderName);
            Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
            try {
                Files.write(partial, whole.toByteArray());
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Cannot keep the compiled rule set %s in %s (%s); the next start compiles it again", folderName, dir, e);
        }
    }

    /**
     * Whether this build passed the rule tests of exactly these files ({@code testedHash}: every file of
     * the folder, tests included) today. Today, because the rule tests read their plans as the service
     * does, and the reader refuses an application dated too far after today.
     */
    public boolean gatePassed(String folderName, String testedHash) {
        if (dir == null) {
            return false;
        }
        try {
            Path file = gateFile(folderName);
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(gateRecord(testedHash));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Records that this build passed the rule tests of these files today. */
    public void recordGatePassed(String folderName, String testedHash) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path file = gateFile(folderName);
            Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
            try {
                Files.writeString(partial, gateRecord(testedHash), StandardCharsets.UTF_8);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Cannot record the passed rule tests of %s in %s (%s)", folderName, dir, e);
        }
    }

    /** Work done under a folder's lock; its checked exception passes through. */
    @FunctionalInterface
    public interface Locked<T, E extends Exception> {
        T run() throws E;
    }

    /** How long a service waits for another one compiling and testing the same folder before doing it itself. */
    static final java.time.Duration LOCK_WAIT = java.time.Duration.ofMinutes(2);

    /** One holder at a time within this JVM: a file lock is held by the whole process, not a thread. */
    private static final java.util.concurrent.locks.ReentrantLock IN_PROCESS = new java.util.concurrent.locks.ReentrantLock();

    /**
     * Runs {@code work} holding the folder's lock file in the cache directory, so that services sharing
     * the directory (replicas on one host) compile and test a changed rule set one at a time: the first
     * keeps its compiled entry and its passed rule tests, and the others, waiting meanwhile, find both and
     * do neither again. The operating system releases the lock of a process that dies. Without the lock
     * (no cache, a directory that cannot be written, {@link #LOCK_WAIT} passed) the work runs anyway.
     */
    public <T, E extends Exception> T exclusively(String folderName, Locked<T, E> work) throws E {
        if (dir == null) {
            return work.run();
        }
        IN_PROCESS.lock();
        java.nio.channels.FileChannel channel = lockChannel(folderName);
        try {
            if (channel != null) {
                acquire(channel, folderName); // released when the channel closes
            }
            return work.run();
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    LOG.debugf("Closing the lock of %s: %s", folderName, e);
                }
            }
            IN_PROCESS.unlock();
        }
    }

    private java.nio.channels.FileChannel lockChannel(String folderName) {
        try {
            Files.createDirectories(dir);
            return java.nio.channels.FileChannel.open(dir.resolve(fileName(folderName) + ".lock"),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Cannot lock %s in %s (%s); compiling without waiting for other services", folderName, dir, e);
            return null;
        }
    }

    private static java.nio.channels.FileLock acquire(java.nio.channels.FileChannel channel, String folderName) {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        boolean said = false;
        try {
            while (true) {
                java.nio.channels.FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
                if (!said) {
                    LOG.infof("Rule set %s: another service sharing the rule cache is compiling or testing it; waiting", folderName);
                    said = true;
                }
                if (System.nanoTime() > deadline) {
                    LOG.warnf("Rule set %s: waited %s for another service's compile; compiling here", folderName, LOCK_WAIT);
                    return null;
                }
                Thread.sleep(50);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Cannot lock %s (%s); compiling without waiting for other services", folderName, e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String gateRecord(String testedHash) {
        // today as the plan reader sees it (the default time zone)
        return "rule tests passed\n" + testedHash + "\n" + build + "\n" + LocalDate.now() + "\n";
    }

    /** The entry's file: one per rule-set folder, so a changed rule set replaces its old entry. */
    Path entry(String folderName) {
        return dir.resolve(fileName(folderName) + ".kbase");
    }

    private Path gateFile(String folderName) {
        return dir.resolve(fileName(folderName) + ".tests-passed");
    }

    private static String fileName(String folderName) {
        return folderName.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String shortHash(String hash) {
        String plain = hash.startsWith("sha256:") ? hash.substring(7) : hash;
        return plain.length() > 12 ? plain.substring(0, 12) + "…" : plain;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Reads the declared types' byte code, a map of names to byte arrays, and nothing else. */
    private static final class OnlyBytecode extends ObjectInputStream {

        OnlyBytecode(ByteArrayInputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            String name = desc.getName();
            if (name.equals(HashMap.class.getName()) || name.equals(String.class.getName()) || name.equals("[B")) {
                return super.resolveClass(desc);
            }
            throw new java.io.InvalidClassException(name, "not part of a rule cache entry");
        }
    }
}
