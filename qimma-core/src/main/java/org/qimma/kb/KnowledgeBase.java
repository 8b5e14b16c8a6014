package org.qimma.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qimma.kb.Entities.Body;
import org.qimma.kb.Entities.Membership;
import org.qimma.kb.Entities.Office;
import org.qimma.kb.Entities.Organisation;
import org.qimma.kb.Entities.Person;
import org.qimma.kb.Entities.Place;
import org.qimma.kb.Entities.State;

/** Everything Qimma knows about the world, loaded from {@code qimma/kb} by {@link KnowledgeBaseLoader}. */
public final class KnowledgeBase {

    final Map<String, State> states = new LinkedHashMap<>();
    final Map<String, Place> places = new LinkedHashMap<>();
    final Map<String, Organisation> organisations = new LinkedHashMap<>();
    final Map<String, Body> bodies = new LinkedHashMap<>();
    final List<Membership> memberships = new ArrayList<>();
    final Map<String, Person> people = new LinkedHashMap<>();
    final List<Office> offices = new ArrayList<>();
    final Map<String, List<Office>> officesByPerson = new HashMap<>();

    private static volatile KnowledgeBase standard;

    /** The knowledge base shipped with Qimma, loaded once. */
    public static KnowledgeBase standard() {
        KnowledgeBase kb = standard;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (standard == null) standard = KnowledgeBaseLoader.load();
                kb = standard;
            }
        }
        return kb;
    }

    public State state(String id) { return states.get(id); }
    public Place place(String id) { return places.get(id); }
    public Organisation organisation(String id) { return organisations.get(id); }
    public Body body(String id) { return bodies.get(id); }
    public Person person(String id) { return people.get(id); }

    /** The state whose capital the place is ("طهران" speaks for Iran), or null. */
    public State stateWithCapital(String placeId) {
        for (State s : states.values()) if (placeId.equals(s.capital())) return s;
        return null;
    }

    public Collection<State> states() { return states.values(); }
    public Collection<Place> places() { return places.values(); }
    public Collection<Organisation> organisations() { return organisations.values(); }
    public Collection<Body> bodies() { return bodies.values(); }
    public Collection<Person> people() { return people.values(); }
    public List<Membership> memberships() { return memberships; }
    public List<Office> offices() { return offices; }

    public List<Office> officesOf(String personId) {
        return officesByPerson.getOrDefault(personId, List.of());
    }

    /** Who held {@code office} of {@code of} on {@code date}; on a hand-over day, the newer holder. */
    public Person holder(String office, String of, String date) {
        Office best = null;
        for (Office o : officesHeld().getOrDefault(office, Map.of()).getOrDefault(of, List.of())) {
            if (o.heldOn(date) && (best == null || o.from().compareTo(best.from()) > 0)) {
                best = o;
            }
        }
        return best == null ? null : people.get(best.person());
    }

    /** The offices by office and by what they are of, each list in file order; built on first use. */
    private volatile Map<String, Map<String, List<Office>>> officesHeld;

    private Map<String, Map<String, List<Office>>> officesHeld() {
        Map<String, Map<String, List<Office>>> m = officesHeld;
        if (m == null) {
            m = new HashMap<>();
            for (Office o : offices) {
                m.computeIfAbsent(o.office(), k -> new HashMap<>()).computeIfAbsent(o.of(), k -> new ArrayList<>()).add(o);
            }
            officesHeld = m;
        }
        return m;
    }

    /** The state a person served (as its head, minister, spokesperson, envoy…) on a date, or null; an office of an organisation names no state. */
    public String stateOf(String personId, String date) {
        String any = null;
        for (Office o : officesOf(personId)) {
            if (o.office().equals("secretary_general") || !states.containsKey(o.of())) continue;
            if (o.heldOn(date)) return o.of();
            if (any == null) any = o.of();
        }
        return any;
    }

    /** The English label of any entity id, or null. */
    public String label(EntityType type, String id) {
        return switch (type) {
            case STATE -> states.containsKey(id) ? states.get(id).en() : null;
            case PLACE -> places.containsKey(id) ? places.get(id).en() : null;
            case ORGANISATION -> organisations.containsKey(id) ? organisations.get(id).id() : null;
            case BODY -> bodies.containsKey(id) ? bodies.get(id).en() : null;
            case PERSON -> people.containsKey(id) ? people.get(id).en() : null;
            case GROUP -> id;
        };
    }

    /** The first Arabic name of any entity id, or null. */
    public String arabicLabel(EntityType type, String id) {
        List<String> names = switch (type) {
            case STATE -> states.containsKey(id) ? states.get(id).ar() : null;
            case PLACE -> places.containsKey(id) ? places.get(id).ar() : null;
            case ORGANISATION -> organisations.containsKey(id) ? organisations.get(id).ar() : null;
            case BODY -> bodies.containsKey(id) ? bodies.get(id).ar() : null;
            case PERSON -> people.containsKey(id) ? people.get(id).ar() : null;
            case GROUP -> null;
        };
        return names == null || names.isEmpty() ? null : names.getFirst();
    }
}
