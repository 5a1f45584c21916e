package dev.kakuho.rules;

import dev.kakuho.plan.PlanContract;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Every field a rule asks about with {@code absent(...)} exists in the plan contract: a pointer
 * misspelt ({@code /period/ends}) would always be absent, so the criterion would be MISSING for every
 * plan. On {@code Plan} the arguments are JSON pointers into the plan; on an element of a list
 * ({@code Target}) they are that element's own fields.
 */
public final class AbsentPointerCheck {

    public static final String CHECK = "pointer";

    private static final Pattern ABSENT = Pattern.compile("\\babsent\\s*\\(([^)]*)\\)");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");

    private AbsentPointerCheck() {
    }

    public static void check(Map<String, PackageDescr> parsed, DrlParsing.ProblemSink problems) {
        PlanContract contract = PlanContract.get();
        parsed.forEach((file, descr) -> {
            for (RuleDescr rule : descr.getRules()) {
                visit(rule.getLhs(), rule, file, contract, problems);
            }
        });
    }

    private static void visit(BaseDescr descr, RuleDescr rule, String file, PlanContract contract, DrlParsing.ProblemSink problems) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getConstraint() != null) {
                for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expression) {
                        checkExpression(expression.getExpression(), pattern.getObjectType(),
                                expression.getLine() > 0 ? expression.getLine() : pattern.getLine() > 0 ? pattern.getLine() : rule.getLine(),
                                rule, file, contract, problems);
                    }
                }
            }
            if (pattern.getSource() instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
                visit(accumulate.getInput(), rule, file, contract, problems);
            }
        } else if (descr instanceof ConditionalElementDescr group) {
            for (BaseDescr child : List.copyOf(group.getDescrs())) {
                visit(child, rule, file, contract, problems);
            }
        }
    }

    private static void checkExpression(String expression, String objectType, int line, RuleDescr rule, String file,
                                        PlanContract contract, DrlParsing.ProblemSink problems) {
        if (expression == null) {
            return;
        }
        Matcher call = ABSENT.matcher(expression);
        while (call.find()) {
            Set<String> known = contract.fieldsOf(simpleName(objectType));
            if (known == null) {
                continue; // not a plan class: nothing to check against
            }
            Matcher argument = STRING.matcher(call.group(1));
            while (argument.find()) {
                String field = argument.group(1);
                if (!known.contains(field)) {
                    boolean onPlan = known == contract.pointers();
                    problems.add(file, line, "rule \"" + rule.getName() + "\" asks whether " + field + " is absent, but "
                            + (onPlan ? "the plan has no such field" + (field.startsWith("/") ? "" : " (a pointer starts with /)")
                                      : simpleName(objectType) + " has no field '" + field + "'")
                    );
                }
            }
        }
    }

    private static String simpleName(String type) {
        if (type == null) {
            return "";
        }
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }
}
