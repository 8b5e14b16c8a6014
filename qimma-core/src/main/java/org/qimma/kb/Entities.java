package org.qimma.kb;

import java.util.List;

/** The entity records of the knowledge base, one per data file. */
public final class Entities {
    private Entities() {}

    public record State(String id, String en, String wikidata, List<String> ar, List<String> arAdj, List<String> ru, String capital) {}

    public record Place(String id, String en, String wikidata, List<String> ar, List<String> ru, String state) {}

    public record Organisation(String id, String en, String wikidata, List<String> ar, List<String> arAcronym,
                               List<String> ru, String summitBody) {}

    public record Body(String id, String organisation, String en, List<String> ar, String level) {}

    public record Membership(String organisation, String state, String status, String from, String to) {}

    public record Person(String id, String en, String wikidata, List<String> ar, List<String> ru, List<String> honorifics) {}

    /** An office held: {@code of} is a state id or, for secretaries-general, an organisation id. */
    public record Office(String person, String office, String of, String from, String to, String note) {
        /** True when the office was held on {@code date} (YYYY-MM-DD); open ends are open. */
        public boolean heldOn(String date) {
            if (date == null) return to.isEmpty();
            return (from.isEmpty() || compare(from, date) <= 0) && (to.isEmpty() || compare(date, to) <= 0);
        }

        private static int compare(String partial, String full) {
            // a partial date (YYYY or YYYY-MM) compares on its own precision
            int n = Math.min(partial.length(), full.length());
            for (int i = 0; i < n; i++) {
                int d = partial.charAt(i) - full.charAt(i);
                if (d != 0) return d;
            }
            return 0;
        }
    }
}
