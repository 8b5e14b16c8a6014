package org.qimma.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An embedded store in one folder: {@code qimma.db} (SQLite, write-ahead log, so readers go on
 * while a writer ingests, in this process or another) and {@code index/} (Lucene). The database
 * is the truth; the index is derived from it and repaired from it when a store is opened for
 * writing after a crash. One writer at a time (Lucene's lock says so); any number of readers.
 */
public final class Store implements AutoCloseable {

    public static final String DEFAULT_FOLDER = "qimma-data";
    /** The schema this code reads and writes (schema.sql); a store made with another is refused by name. */
    static final String SCHEMA_VERSION = "2";
    static final String DATABASE = "qimma.db";
    private static final int READERS = 8;

    private final Path folder;
    private final String url;
    private final SearchIndex index;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(READERS);
    private final Connection writer;

    private Store(Path folder, boolean writable) throws SQLException, IOException {
        this.folder = folder;
        this.url = "jdbc:sqlite:" + folder.resolve(DATABASE).toAbsolutePath();
        Connection w = connect();
        try {
            createSchema(w);
        } catch (SQLException e) {
            w.close();
            throw e;
        }
        if (writable) {
            this.writer = w;
        } else {
            w.close();
            this.writer = null;
        }
        this.index = SearchIndex.open(folder.resolve("index"), writable);
    }

    /**
     * Opens (creating when absent) the store in {@code folder}. A store opened for writing first
     * brings its index up to date with its database.
     */
    public static Store open(Path folder, boolean writable) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException(folder + ": is a file, not a store folder");
        }
        Path db = folder.resolve(DATABASE);
        if (Files.exists(db) && !looksLikeSqlite(db)) {
            throw new StoreException(db + ": not a Qimma store (the file is not an SQLite database)");
        }
        try {
            Files.createDirectories(folder);
            Store s = new Store(folder, writable);
            if (writable) s.repairIndex();
            return s;
        } catch (SQLException | IOException e) {
            throw new StoreException(folder + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    private static boolean looksLikeSqlite(Path db) {
        try (InputStream in = Files.newInputStream(db)) {
            byte[] head = in.readNBytes(16);
            return head.length == 0 || new String(head, StandardCharsets.US_ASCII).startsWith("SQLite format 3");
        } catch (IOException e) {
            return false;
        }
    }

    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 30000");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA foreign_keys = ON");
        }
        return c;
    }

    private static void createSchema(Connection c) throws SQLException, IOException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'store_info'")) {
            if (r.next()) {
                // made before: nothing to write, so a reader never waits for a writer here — if it is ours
                String version = null;
                try (ResultSet v = s.executeQuery("SELECT value FROM store_info WHERE key = 'schema_version'")) {
                    if (v.next()) version = v.getString(1);
                }
                if (!SCHEMA_VERSION.equals(version)) {
                    throw new SQLException("the store was made with schema version " + version + ", this Qimma reads version "
                            + SCHEMA_VERSION + "; ingest the articles again into a new folder");
                }
                return;
            }
        }
        String sql;
        try (InputStream in = Store.class.getResourceAsStream("/qimma/store/schema.sql")) {
            if (in == null) throw new IOException("schema.sql missing from the classpath");
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder stmt = new StringBuilder();
        try (Statement s = c.createStatement()) {
            for (String line : sql.split("\n")) {
                String code = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
                stmt.append(code).append('\n');
                if (code.trim().endsWith(";")) {
                    s.execute(stmt.toString());
                    stmt.setLength(0);
                }
            }
        }
    }

    public Path folder() {
        return folder;
    }

    public SearchIndex index() {
        return index;
    }

    /** The one connection that writes; only for {@link Ingest}. */
    Connection writer() {
        if (writer == null) throw new StoreException(folder + ": opened read-only");
        return writer;
    }

    /** Work that reads the database, on a pooled connection. */
    @FunctionalInterface
    public interface Read<T> {
        T apply(Connection c) throws SQLException;
    }

    public <T> T read(Read<T> work) {
        Connection c = idle.poll();
        try {
            if (c == null) c = connect();
            T result = work.apply(c);
            if (!idle.offer(c)) c.close();
            c = null;
            return result;
        } catch (SQLException e) {
            throw new StoreException(folder + ": query failed: " + e.getMessage(), e);
        } finally {
            if (c != null) {
                try {
                    c.close(); // a connection that failed is not reused
                } catch (SQLException ignored) {
                    // closing a broken connection: nothing more to do
                }
            }
        }
    }

    /** How many articles the store holds. */
    public long articleCount() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM article")) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    /** Indexes the articles the database holds beyond what the index's last commit holds. */
    private void repairIndex() throws SQLException, IOException {
        long upTo = index.indexedUpTo();
        long max = upTo;
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = writer.prepareStatement("SELECT id FROM article WHERE id > ? ORDER BY id")) {
            p.setLong(1, upTo);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) ids.add(r.getLong(1));
            }
        }
        if (ids.isEmpty()) return;
        for (long id : ids) {
            Ingest.indexArticle(writer, index, id);
            max = Math.max(max, id);
        }
        index.commit(max);
    }

    @Override
    public void close() {
        index.close();
        List<Connection> all = new ArrayList<>();
        idle.drainTo(all);
        if (writer != null) all.add(writer);
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing: nothing more to do
            }
        }
    }
}
