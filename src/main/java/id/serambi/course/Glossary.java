package id.serambi.course;

import id.serambi.content.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The course glossary ({@code content/glossary.yaml}): terms in alphabetical order, each with an anchor id. */
public final class Glossary {
    public static final Glossary EMPTY = new Glossary(List.of());

    /** One term: {@code id} is its anchor on the glossary page and what lessons link to. */
    public record Term(String id, Text term, Text definition, int line) {
    }

    private final List<Term> terms;
    private final Map<String, Term> byId = new LinkedHashMap<>();

    public Glossary(List<Term> terms) {
        this.terms = terms.stream()
                .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.term().id(), b.term().id())).toList();
        terms.forEach(t -> byId.put(t.id(), t));
    }

    public List<Term> terms() {
        return terms;
    }

    public Optional<Term> term(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    /** Where a term is explained: its anchor on the glossary page. */
    public static String url(String id) {
        return "/glosarium#" + id;
    }
}
