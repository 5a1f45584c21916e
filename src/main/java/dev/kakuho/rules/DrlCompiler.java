package dev.kakuho.rules;

import dev.kakuho.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBaseConfiguration;
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

    private DrlCompiler() {
    }

    /** The rule base, or null when there is nothing to compile or it does not compile (each error reported). */
    static InternalKnowledgeBase compile(Map<String, String> drl, LoadProblems problems) {
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
            problems.add(file, lines != null && lines.length > 0 ? lines[0] : 0, oneLine(error.getMessage()));
            failed = true;
        }
        if (failed || builder.hasErrors()) {
            if (!failed) {
                problems.add(".", 0, "the rules do not compile");
            }
            return null;
        }
        Properties properties = new Properties();
        properties.setProperty("drools.consequenceExceptionHandler", RuleSet.BrokenConsequence.class.getName());
        KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration(properties, classLoader);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
