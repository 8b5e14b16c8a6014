package org.qimma.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.qimma.text.Span;

/** The one JSON mapper: spans as {@code [start, end]}, Arabic written unescaped. */
public final class Json {
    private Json() {}

    public static final ObjectMapper MAPPER = create();

    private static ObjectMapper create() {
        SimpleModule m = new SimpleModule("qimma");
        m.addSerializer(Span.class, new JsonSerializer<>() {
            @Override
            public void serialize(Span s, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartArray();
                g.writeNumber(s.start());
                g.writeNumber(s.end());
                g.writeEndArray();
            }
        });
        m.addDeserializer(Span.class, new JsonDeserializer<>() {
            @Override
            public Span deserialize(JsonParser p, DeserializationContext c) throws IOException {
                int[] a = p.readValueAs(int[].class);
                return new Span(a[0], a[1]);
            }
        });
        return new ObjectMapper().registerModule(m)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
