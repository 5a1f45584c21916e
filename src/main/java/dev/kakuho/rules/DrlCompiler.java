package dev.kakuho.rules;

import dev.kakuho.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;

/** Compiles a rule set's DRL files in one batch (the fastest way) into a rule base, reporting errors by file and line. */
final class DrlCompiler {

    /** Shared by every compile: it remembers the class lookups, which do not change while the service runs. */
    private static final ClassLoader CLASS_LOADER = new CachingClassLoader(Plan.class.getClassLoader());

    private static final Pattern RULE_IN_ERROR = Pattern.compile("\\[Rule name='([^']+)'");
    private static final Pattern GENERATED_JAVA = Pattern.compile("\\S+\\.java \\(\\d+:\\d+\\)\\s*:");

    private DrlCompiler() {
    }

    /** A compiled rule base, with what {@link RuleSetCache} keeps of it: the packages and the declared types' byte code. */
    record Compiled(InternalKnowledgeBase kieBase, Collection<KiePackage> packages, Map<String, byte[]> declaredTypes) {
    }

    /** The properties every rule base is made with. */
    static Properties kieBaseProperties() {
        Properties properties = new Properties();
        properties.setProperty("drools.consequenceExceptionHandler", RuleSet.BrokenConsequence.class.getName());
        return properties;
    }

    static ClassLoader classLoader() {
        return CLASS_LOADER;
    }

    /** The rule base, or null when there is nothing to compile or it does not compile (each error reported). */
    static Compiled compile(Map<String, String> drl, Map<String, RuleInfo.Location> locations, LoadProblems problems) {
        if (drl.isEmpty()) {
            return null;
        }
        ClassLoader classLoader = CLASS_LOADER;
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader));
        CompositeKnowledgeBuilder batch = builder.batch();
        drl.forEach((file, text) -> {
            Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file);
            batch.add(resource, ResourceType.DRL);
        });
        batch.build();
        boolean failed = false;
        for (KnowledgeBuilderResult error : builder.getErrors()) {
            if (error.getMessage() != null && error.getMessage().startsWith("Parser returned a null Package")) {
                continue; // a consequence of a syntax error already reported
            }
            String file = error.getResource() == null ? "." : error.getResource().getSourcePath();
            int[] lines = error.getLines();
            int line = lines != null && lines.length > 0 ? lines[0] : 0;
            String message = error.getMessage() == null ? "" : error.getMessage();
            Matcher named = RULE_IN_ERROR.matcher(message);
            String ruleName = named.find() ? named.group(1) : null;
            RuleInfo.Location rule = ruleName == null ? null : locations.get(ruleName);
            if (rule != null && (line <= 0 || ".".equals(file))) {
                file = rule.file(); // a consequence's error points at its rule, not at line -1 of generated Java
                line = rule.line();
            }
            problems.add(file, Math.max(line, 0), plain(message, ruleName));
            failed = true;
        }
        if (failed || builder.hasErrors()) {
            if (!failed) {
                problems.add(".", 0, "the rules do not compile");
            }
            return null;
        }
        KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration(kieBaseProperties(), classLoader);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        Collection<KiePackage> packages = builder.getKnowledgePackages();
        kieBase.addPackages(packages);
        Map<String, byte[]> declaredTypes = ((KnowledgeBuilderImpl) builder).getRootClassLoader() instanceof ProjectClassLoader project
                ? Map.copyOf(project.getStore()) : Map.of();
        return new Compiled(kieBase, packages, declaredTypes);
    }

    /** A compiler message as a plain sentence: no generated class, no error code, no Java package names. */
    private static String plain(String message, String rule) {
        String text = oneLine(message);
        Matcher java = GENERATED_JAVA.matcher(text);
        if (java.find()) {
            text = text.substring(java.end()).strip();
        }
        text = text.replaceFirst("^Rule Compilation error\\s*:?\\s*", "").replaceFirst("^\\[Rule name='[^']*'\\]\\s*", "");
        text = DrlParsing.plain(text);
        return rule == null ? text : "rule \"" + rule + "\": " + text;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
