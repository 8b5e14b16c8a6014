package org.qimma.read;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests: whatever the bytes, a reader returns articles or throws a ReadException, nothing
 * else. Plain {@code mvn test} replays the seeds and the finds kept in
 * {@code ReaderFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void plainText(byte[] bytes) {
        read(new PlainTextReader(), bytes);
    }

    @FuzzTest(maxDuration = "60s")
    void html(byte[] bytes) {
        read(new HtmlReader(), bytes);
    }

    @FuzzTest(maxDuration = "60s")
    void warc(byte[] bytes) {
        read(new WarcReader(), bytes);
    }

    @FuzzTest(maxDuration = "60s")
    void jsonLines(byte[] bytes) {
        read(new JsonLinesReader(), bytes);
    }

    private static void read(ArticleReader reader, byte[] bytes) {
        try {
            reader.read("fuzz", bytes);
        } catch (ReadException expected) {
            if (!expected.getMessage().startsWith("fuzz: ")) throw new AssertionError("message without the input's name", expected);
        }
    }
}
