package org.qimma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void badInputsGetOneLineEachAndDoNotStopTheOthers(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("a.txt");
        Files.writeString(good, "عنوان\nقال توكاييف إن التعاون مهم.\n");
        Path png = dir.resolve("b.txt");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path empty = dir.resolve("c.txt");
        Files.write(empty, new byte[0]);
        Path missing = dir.resolve("nope.txt");
        CliRun r = CliRun.of("extract", good.toString(), png.toString(), empty.toString(), missing.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.out().lines().count(), "the good file is still extracted");
        assertEquals(3, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("b.txt: binary data, not text (a PNG image)"), r.err());
        assertTrue(r.err().contains("c.txt: empty file"), r.err());
        assertTrue(r.err().contains("nope.txt: no such file or folder"), r.err());
    }

    @Test
    void outFileIsWrittenWhole(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("a.txt");
        Files.writeString(in, "عنوان\nقال توكاييف إن التعاون مهم.\n");
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, CliRun.of("extract", "--out", out.toString(), in.toString()).code());
        assertTrue(Files.readString(out).contains("\"source\""));
    }

    @Test
    void entitiesWithTheirReasons() {
        CliRun r = CliRun.of("entities", "--json", "--date", "2023-07-04", "قال رئيس كازاخستان إن توكايف سيزور أستانا");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("\"reason\":\"role on date\""), r.out());
        assertTrue(r.out().contains("\"id\":\"kassym_jomart_tokayev\""), r.out());
        assertTrue(r.out().contains("\"id\":\"astana\""), r.out());
        assertEquals(2, CliRun.of("entities", "--date", "04-07-2023", "x").code()); // a bad date is a usage error
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("extract").code());
        assertEquals(2, CliRun.of("no-such-command").code());
        assertEquals(2, CliRun.of("eval", "x").code()); // --gold is required
    }
}
