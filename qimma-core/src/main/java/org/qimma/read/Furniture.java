package org.qimma.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.qimma.resources.Tsv;
import org.qimma.text.ArabicNormalizer;

/**
 * What is not the article's own text: boilerplate lines, credit labels and news agencies, all
 * read from {@code qimma/lexicon}. Lines are compared in normalised form.
 */
public final class Furniture {

    // before DEFAULT: the constructor uses it

    private final Set<String> lines = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();
    private final Map<String, String> creditRoles = new HashMap<>();
    private final Map<String, String> agencies = new HashMap<>();

    private static final Furniture DEFAULT = new Furniture();

    public static Furniture standard() {
        return DEFAULT;
    }

    private Furniture() {
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/boilerplate.tsv")) {
            String p = r.get("phrase");
            switch (r.get("match")) {
                case "line" -> lines.add(norm(p));
                case "prefix" -> prefixes.add(norm(p));
                case "regex" -> patterns.add(Pattern.compile(p));
                default -> throw r.error("match must be line, prefix or regex");
            }
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/credit-labels.tsv")) {
            creditRoles.put(norm(r.get("label")), r.get("role"));
        }
        for (Tsv.Row r : Tsv.resource("qimma/lexicon/agencies.tsv")) {
            agencies.put(norm(r.get("ar")), r.get("en"));
            if (!r.get("code").isEmpty()) agencies.put(norm(r.get("code")), r.get("en"));
        }
    }

    static String norm(String s) {
        return withoutTrailing(ArabicNormalizer.normalizeString(s).strip());
    }

    /** A normalised, stripped string without its trailing punctuation. */
    private static String withoutTrailing(String n) {
        // stripped by hand: a "[…]+$" regex tries every position of the line
        int end = n.length();
        while (end > 0 && TRAILING.indexOf(n.charAt(end - 1)) >= 0) end--;
        return n.substring(0, end).strip();
    }

    private static final String TRAILING = " \t\n:：.،,!|-";

    /** True when the whole line is site furniture. */
    public boolean isBoilerplate(String line) {
        if (line.length() > 200) return false; // furniture is short; an article's paragraph is not
        return isNormalizedBoilerplate(ArabicNormalizer.normalizeString(line));
    }

    /** {@link #isBoilerplate(String)} of a line of at most 200 characters, given in normalised form. */
    boolean isNormalizedBoilerplate(String normalized) {
        String raw = normalized.strip();
        String n = withoutTrailing(raw);
        if (n.isEmpty()) return false;
        if (lines.contains(n)) return true;
        for (String p : prefixes) {
            if (raw.startsWith(p) && raw.length() < 200) return true;
        }
        for (Pattern p : patterns) {
            if (p.matcher(n).matches()) return true;
        }
        return false;
    }

    /** The credit role of a label such as "المصدر", or null. */
    public String creditRole(String label) {
        return creditRoles.get(norm(label));
    }

    /** English name of an agency or outlet written as {@code name}, or null. */
    public String agency(String name) {
        String n = norm(name);
        String en = agencies.get(n);
        if (en == null && n.startsWith("وكاله ")) en = agencies.get(n.substring(6));
        return en;
    }
}
