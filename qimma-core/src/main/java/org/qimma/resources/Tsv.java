package org.qimma.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * A tab-separated data file with a header line. {@code #} lines and blank lines are skipped.
 * Every malformed line is rejected with the file name and line number.
 */
public final class Tsv {

    /** One data line, read by column name. */
    public record Row(String file, int line, Map<String, Integer> columns, String[] cells) {
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new DataFileException(file, line, "no column '" + column + "'");
            }
            return cells[i].strip();
        }

        public String getOr(String column, String fallback) {
            Integer i = columns.get(column);
            return i == null ? fallback : cells[i].strip();
        }

        /** The {@code |}-separated values of a column, without empty ones. */
        public List<String> list(String column) {
            String v = getOr(column, "");
            if (v.isEmpty()) return List.of();
            return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public DataFileException error(String message) {
            return new DataFileException(file, line, message);
        }
    }

    private Tsv() {}

    /** Reads a classpath resource such as {@code qimma/lexicon/speech-verbs.tsv}. */
    public static List<Row> resource(String path) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new DataFileException(path, 0, "resource not found");
        }
        return read(path, in);
    }

    public static List<Row> read(String name, InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            List<Row> rows = new ArrayList<>();
            Map<String, Integer> columns = null;
            String s;
            int lineNo = 0;
            while ((s = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
                if (s.isBlank() || s.startsWith("#")) continue;
                String[] cells = s.split("\t", -1);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        String c = cells[i].strip();
                        if (c.isEmpty() || columns.put(c, i) != null) {
                            throw new DataFileException(name, lineNo, "bad header: empty or repeated column '" + c + "'");
                        }
                    }
                    continue;
                }
                if (cells.length != columns.size()) {
                    throw new DataFileException(name, lineNo,
                            "expected " + columns.size() + " tab-separated columns, found " + cells.length);
                }
                rows.add(new Row(name, lineNo, columns, cells));
            }
            if (columns == null) {
                throw new DataFileException(name, lineNo, "empty file: no header line");
            }
            return rows;
        } catch (CharacterCodingException e) {
            throw new DataFileException(name, 0, "not UTF-8: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
