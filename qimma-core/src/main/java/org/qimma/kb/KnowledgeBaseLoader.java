package org.qimma.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.qimma.resources.DataFileException;
import org.qimma.resources.Tsv;

/**
 * Loads {@code qimma/kb/*.tsv} (listed in {@code qimma/kb/manifest.tsv}) and checks it: column
 * counts, unique ids, references to existing ids, well-formed and ordered dates. A bad file is
 * rejected with its name and line.
 */
public final class KnowledgeBaseLoader {

    private static final String DIR = "qimma/kb/";
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private KnowledgeBaseLoader() {}

    public static KnowledgeBase load() {
        KnowledgeBase kb = new KnowledgeBase();
        List<Tsv.Row> manifest = Tsv.resource(DIR + "manifest.tsv");
        // order matters: states and organisations before what refers to them
        for (String kind : List.of("places", "states", "organisations", "bodies", "memberships", "people", "offices")) {
            for (Tsv.Row m : manifest) {
                if (m.get("kind").equals(kind)) loadFile(kb, kind, DIR + m.get("file"));
            }
        }
        check(kb);
        return kb;
    }

    private static void loadFile(KnowledgeBase kb, String kind, String path) {
        for (Tsv.Row r : Tsv.resource(path)) {
            switch (kind) {
                case "states" -> {
                    var s = new Entities.State(id(r), r.get("en"), r.get("wikidata"), r.list("ar"), r.list("ar_adj"),
                            r.list("ru"), r.get("capital"));
                    if (kb.states.put(s.id(), s) != null) throw r.error("duplicate state id " + s.id());
                }
                case "places" -> {
                    var p = new Entities.Place(id(r), r.get("en"), r.get("wikidata"), r.list("ar"), r.list("ru"), r.get("state"));
                    if (kb.places.put(p.id(), p) != null) throw r.error("duplicate place id " + p.id());
                }
                case "organisations" -> {
                    var o = new Entities.Organisation(id(r), r.get("en"), r.get("wikidata"), r.list("ar"),
                            r.list("ar_acronym"), r.list("ru"), r.get("summit_body"));
                    if (kb.organisations.put(o.id(), o) != null) throw r.error("duplicate organisation id " + o.id());
                }
                case "bodies" -> {
                    var b = new Entities.Body(id(r), r.get("organisation"), r.get("en"), r.list("ar"), r.get("level"));
                    if (!kb.organisations.containsKey(b.organisation())) throw r.error("unknown organisation " + b.organisation());
                    if (kb.bodies.put(b.id(), b) != null) throw r.error("duplicate body id " + b.id());
                }
                case "memberships" -> {
                    var m = new Entities.Membership(r.get("organisation"), r.get("state"), r.get("status"),
                            date(r, "from"), date(r, "to"));
                    if (!kb.organisations.containsKey(m.organisation())) throw r.error("unknown organisation " + m.organisation());
                    if (!kb.states.containsKey(m.state())) throw r.error("unknown state " + m.state());
                    ordered(r, m.from(), m.to());
                    kb.memberships.add(m);
                }
                case "people" -> {
                    var p = new Entities.Person(id(r), r.get("en"), r.get("wikidata"), r.list("ar"), r.list("ru"), r.list("honorifics"));
                    if (kb.people.put(p.id(), p) != null) throw r.error("duplicate person id " + p.id());
                }
                case "offices" -> {
                    var o = new Entities.Office(r.get("person"), r.get("office"), r.get("of"), date(r, "from"), date(r, "to"), r.get("note"));
                    if (!kb.people.containsKey(o.person())) throw r.error("unknown person " + o.person());
                    if (!kb.states.containsKey(o.of()) && !kb.organisations.containsKey(o.of())) {
                        throw r.error("office of unknown state or organisation " + o.of());
                    }
                    ordered(r, o.from(), o.to());
                    kb.offices.add(o);
                    kb.officesByPerson.computeIfAbsent(o.person(), k -> new ArrayList<>()).add(o);
                }
                default -> throw r.error("unknown kind " + kind);
            }
        }
    }

    private static String id(Tsv.Row r) {
        String id = r.get("id");
        if (id.isEmpty()) throw r.error("empty id");
        return id;
    }

    private static String date(Tsv.Row r, String column) {
        String d = r.get(column);
        if (!d.isEmpty() && !DATE.matcher(d).matches()) throw r.error("bad date '" + d + "' in column " + column);
        return d;
    }

    private static void ordered(Tsv.Row r, String from, String to) {
        if (!from.isEmpty() && !to.isEmpty()) {
            int n = Math.min(from.length(), to.length());
            if (from.substring(0, n).compareTo(to.substring(0, n)) > 0) throw r.error("from " + from + " is after to " + to);
        }
    }

    private static void check(KnowledgeBase kb) {
        Set<String> problems = new HashSet<>();
        for (var s : kb.states.values()) {
            if (!s.capital().isEmpty() && !kb.places.containsKey(s.capital())) problems.add("state " + s.id() + ": unknown capital " + s.capital());
        }
        for (var p : kb.places.values()) {
            if (!p.state().isEmpty() && !kb.states.containsKey(p.state())) problems.add("place " + p.id() + ": unknown state " + p.state());
        }
        for (var o : kb.organisations.values()) {
            if (!o.summitBody().isEmpty() && !kb.bodies.containsKey(o.summitBody()) && !o.summitBody().startsWith(o.id() + ".")) {
                problems.add("organisation " + o.id() + ": bad summit body " + o.summitBody());
            }
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(DIR, 0, String.join("; ", problems));
        }
    }
}
