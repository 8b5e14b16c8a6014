package org.qimma.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qimma.resources.DataFileException;
import org.qimma.resources.Tsv;

class KnowledgeBaseTest {

    private final KnowledgeBase kb = KnowledgeBase.standard();

    @Test
    void loadsAndChecksEveryFile() {
        assertTrue(kb.states().size() >= 195, "all UN members and observers");
        assertNotNull(kb.organisation("SCO"));
        assertNotNull(kb.body("SCO.CHS"));
        for (Entities.Office o : kb.offices()) {
            assertTrue(kb.state(o.of()) != null || kb.organisation(o.of()) != null, o.toString());
            if (!o.from().isEmpty() && !o.to().isEmpty()) {
                int n = Math.min(o.from().length(), o.to().length());
                assertTrue(o.from().substring(0, n).compareTo(o.to().substring(0, n)) <= 0, o.toString());
            }
        }
    }

    @Test
    void officeHoldersOnADate() {
        assertEquals("Kassym-Jomart Tokayev", kb.holder("head_of_state", "KZ", "2023-07-04").en());
        assertEquals("Nursultan Nazarbayev", kb.holder("head_of_state", "KZ", "2015-01-01").en());
        assertEquals("Emomali Rahmon", kb.holder("head_of_state", "TJ", "2024-07-04").en());
    }

    @Test
    void rejectsMalformedFilesWithFileAndLine() {
        String bad = "id\ten\nKZ\tKazakhstan\nXX\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> Tsv.read("states.tsv", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertEquals("states.tsv", e.file());
        assertEquals(3, e.line());
        byte[] latin1 = new byte[] {'i', 'd', '\n', (byte) 0xE9, '\n'};
        assertThrows(DataFileException.class, () -> Tsv.read("x.tsv", new ByteArrayInputStream(latin1)));
    }
}
