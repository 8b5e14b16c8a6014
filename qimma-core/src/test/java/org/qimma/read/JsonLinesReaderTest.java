package org.qimma.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    static final String LINES = String.join("\n",
            "{\"id\": \"a1\", \"title\": \"القادة العرب يجتمعون في جدة\", \"published\": \"2023-05-19T10:00:00Z\","
                    + " \"text\": \"اختتمت القمة العربية أعمالها في جدة اليوم.\\nوأكد البيان الختامي رفض التدخلات.\"}",
            "{\"url\": \"https://example.org/x\", \"html\": \"<h1>قمة الرياض تختتم أعمالها اليوم</h1><p>اختتمت قمة الرياض أعمالها اليوم ببيان ختامي.</p>\"}",
            "",
            "{\"id\": 7, \"text\": \"عنوان الخبر\\nنص الخبر في سطر ثان.\"}",
            "not json at all",
            "{\"title\": \"بلا معرف\", \"text\": \"نص\"}",
            "{\"id\": \"b\", \"text\": \"نص\", \"published\": \"أمس\"}",
            "[1, 2]",
            "{\"id\": \"c\"}");

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheGoodLinesAndReportsTheBadOnes() throws Exception {
        List<ReadException> problems = new ArrayList<>();
        List<Article> got = new JsonLinesReader().read("in.jsonl", bytes(LINES), problems::add);
        assertEquals(List.of("a1", "https://example.org/x", "7"), got.stream().map(Article::source).toList());
        Article a = got.get(0);
        assertEquals("القادة العرب يجتمعون في جدة", a.titleText()); // title field
        assertEquals("2023-05-19", a.published()); // published field, day only
        assertEquals(2, a.body().size());
        assertEquals("قمة الرياض تختتم أعمالها اليوم", got.get(1).titleText()); // html through HtmlReader
        assertEquals("عنوان الخبر", got.get(2).titleText()); // first line of text
        List<String> messages = problems.stream().map(Exception::getMessage).toList();
        assertEquals(5, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("in.jsonl: line 5: not JSON"), messages.get(0));
        assertEquals("in.jsonl: line 6: no \"url\" or \"id\"", messages.get(1));
        assertTrue(messages.get(2).startsWith("in.jsonl: line 7: \"published\" is not a date"), messages.get(2));
        assertEquals("in.jsonl: line 8: not a JSON object", messages.get(3));
        assertEquals("in.jsonl: line 9: no \"text\" or \"html\"", messages.get(4));
    }

    @Test
    void strictReadingFailsOnTheFirstBadLine() {
        ReadException e = assertThrows(ReadException.class, () -> new JsonLinesReader().read("in.jsonl", bytes(LINES)));
        assertTrue(e.getMessage().startsWith("in.jsonl: line 5:"), e.getMessage());
    }

    @Test
    void readersReportPartialFailure(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("batch.jsonl");
        Files.write(f, bytes(LINES + "\r\n"));
        Readers.Result r = Readers.read(f);
        assertNull(r.error());
        assertEquals(3, r.articles().size());
        assertEquals(5, r.problems().size());
        assertEquals(5, r.errors().size());
        assertTrue(r.problems().get(0).getMessage().startsWith(f + ": line 5:"));
    }

    @Test
    void onlyBlankLines() {
        ReadException e = assertThrows(ReadException.class, () -> new JsonLinesReader().read("e.jsonl", bytes("\n  \n")));
        assertEquals("e.jsonl: no JSON lines (only white space)", e.getMessage());
    }
}
