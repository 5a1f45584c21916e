package dev.kakuho.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The criteria of a rule set in the policy's order, grouped by section: the clause file. */
public final class Catalogue {

    private final List<Section> sections;
    private final Map<String, Criterion> byId = new LinkedHashMap<>();
    private final List<Criterion> criteria;

    public Catalogue(List<Section> sections) {
        this.sections = List.copyOf(sections);
        sections.forEach(section -> section.criteria().forEach(c -> byId.put(c.id(), c)));
        this.criteria = List.copyOf(byId.values());
    }

    public List<Section> sections() {
        return sections;
    }

    /** Every criterion, in catalogue order: the order of every report. */
    public List<Criterion> criteria() {
        return criteria;
    }

    public Criterion criterion(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
