package dev.kakuho.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakuho.plan.Activity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code clauses.yaml}: the sections of the policy and their criteria, each with its quoted clause. */
final class CatalogueReader {

    private CatalogueReader() {
    }

    /**
     * A catalogue read, and the line of each criterion in the file; the catalogue is null when an
     * entry is incomplete (each problem reported at its line).
     */
    record Read(Catalogue catalogue, Map<String, Integer> criterionLines) {

        int line(String criterion) {
            return criterionLines.getOrDefault(criterion, 0);
        }
    }

    static Read read(YamlFile yaml, LoadProblems problems) {
        Map<String, Integer> criterionLines = new HashMap<>();
        if (yaml == null) {
            return new Read(null, criterionLines);
        }
        String file = yaml.name();
        RequiredFields field = new RequiredFields(yaml, problems);
        JsonNode root = yaml.root();
        if (!root.path("sections").isArray() || root.path("sections").isEmpty()) {
            problems.add(file, 1, "needs a list of 'sections', each with its criteria");
            return new Read(null, criterionLines);
        }
        List<Section> sections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int sectionIndex = 0;
        for (JsonNode s : root.path("sections")) {
            String sectionAt = YamlFile.child("/sections", sectionIndex++);
            String sectionId = field.text(sectionAt, "id");
            List<Criterion> criteria = new ArrayList<>();
            int criterionIndex = 0;
            for (JsonNode c : s.path("criteria")) {
                String at = YamlFile.child(YamlFile.child(sectionAt, "criteria"), criterionIndex++);
                int line = yaml.line(at);
                String id = field.text(at, "id");
                if (id != null) {
                    criterionLines.putIfAbsent(id, line);
                }
                if (id != null && !seen.add(id)) {
                    problems.add(file, line, "criterion " + id + " is listed twice");
                }
                List<Status> statuses = new ArrayList<>();
                for (JsonNode status : c.path("statuses")) {
                    try {
                        statuses.add(Status.valueOf(status.asText()));
                    } catch (IllegalArgumentException e) {
                        problems.add(file, line,
                                id + ": unknown status " + status.asText() + "; use PASS, FAIL, MISSING, REVIEW or NOT_APPLICABLE");
                    }
                }
                if (statuses.isEmpty()) {
                    problems.add(file, line, id + ": needs 'statuses', the statuses its rules can give");
                }
                Set<Activity> activities = EnumSet.noneOf(Activity.class);
                for (JsonNode activity : c.path("activities")) {
                    try {
                        activities.add(Activity.valueOf(activity.asText()));
                    } catch (IllegalArgumentException e) {
                        problems.add(file, line, id + ": unknown activity " + activity.asText());
                    }
                }
                List<String> subProblems = new ArrayList<>(0);
                List<Criterion.SubClause> subClauses = ReasonChecks.subClauses(c, id, subProblems);
                subProblems.forEach(problem -> problems.add(file, line, problem));
                criteria.add(new Criterion(id, sectionId, field.text(at, "ref", id), field.text(at, "text", id),
                        field.text(at, "summary", id), List.copyOf(statuses), Set.copyOf(activities), subClauses));
            }
            if (criteria.isEmpty()) {
                problems.add(file, yaml.line(sectionAt), "section " + sectionId + " has no criteria");
            }
            sections.add(new Section(sectionId, field.text(sectionAt, "ref", sectionId),
                    field.text(YamlFile.child(sectionAt, "title"), "ja", sectionId),
                    field.text(YamlFile.child(sectionAt, "title"), "en", sectionId), criteria));
        }
        return new Read(field.failed() ? null : new Catalogue(sections), criterionLines);
    }
}
