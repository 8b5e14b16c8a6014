package org.qimma.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.qimma.recognise.EntityRecognizer;
import org.qimma.recognise.Mention;
import org.qimma.record.Json;
import org.qimma.text.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "entities", description = "Prints each entity mention in a text with its span, type, id, English label and why it was linked.")
final class EntitiesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--date", description = "The article's date (YYYY-MM-DD): titles resolve to who held the office then.")
    String date;

    @Option(names = "--json", description = "One JSON object per mention.")
    boolean json;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The text, or - (the default) to read standard input.")
    String text = "-";

    @Override
    public Integer call() throws IOException {
        if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date " + date + ": expected YYYY-MM-DD");
        }
        String input = text.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : text;
        List<Mention> mentions = EntityRecognizer.standard().find(Text.of(input), date);
        for (Mention m : mentions) {
            String found = m.span().of(input);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("text", found);
                o.put("span", List.of(m.span().start(), m.span().end()));
                o.put("type", m.type().name().toLowerCase(Locale.ROOT));
                o.put("id", m.id());
                o.put("label_en", m.labelEn());
                o.put("reason", m.reason());
                System.out.println(Json.MAPPER.writeValueAsString(o));
            } else {
                System.out.printf(Locale.ROOT, "%d-%d\t%s\t%s\t%s\t%s\t%s%n", m.span().start(), m.span().end(), found,
                        m.type().name().toLowerCase(Locale.ROOT), m.id(), m.labelEn(), m.reason());
            }
        }
        return 0;
    }
}
