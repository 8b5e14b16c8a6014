package org.qimma.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qimma.kb.KnowledgeBase;
import org.qimma.record.Json;
import org.qimma.store.Queries;
import org.qimma.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API and the web page over one store, in one process (Javalin on Jetty). Bound to
 * localhost unless told otherwise. Every answer is JSON; errors are JSON too — 400 naming the
 * parameter, 404 naming what is missing, 500 with no stack trace (that goes to the log).
 */
public final class QimmaServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QimmaServer.class);
    static final Set<String> OUTCOMES = Set.of("adopted", "open");
    static final Set<String> LINK_KINDS = Set.of("same_meeting", "proposal_adopted", "chairmanship_term");
    static final Set<String> ENTITY_TYPES = Set.of("state", "person", "organisation", "body", "place", "group");

    private final Javalin app;
    private final String host;

    private QimmaServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    public static QimmaServer start(Store store, KnowledgeBase kb, String host, int port) {
        Queries q = new Queries(store, kb);
        Javalin app = Javalin.create(c -> {
            c.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            c.startup.showJavalinBanner = false;
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/qimma/web";
                s.location = Location.CLASSPATH;
            });
            c.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                // the page runs only its own script: text from articles can never become code
                ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'");
            });
            c.routes.get("/api", ctx -> ctx.json(endpoints()));
            c.routes.get("/api/stats", ctx -> ctx.json(q.stats()));
            c.routes.get("/api/articles", ctx -> {
                Params p = new Params(ctx);
                ctx.json(q.articles(p.text("organisation"), p.year(), p.offset(), p.limit()));
            });
            c.routes.get("/api/articles/{id}", ctx -> {
                long id = new Params(ctx).pathId("id");
                ctx.json(found(q.article(id), "no article " + id));
            });
            c.routes.get("/api/search", ctx -> {
                Params p = new Params(ctx);
                ctx.json(q.search(p.required("q"), p.text("organisation"), p.offset(), p.limit()));
            });
            c.routes.get("/api/entities", ctx -> {
                Params p = new Params(ctx);
                ctx.json(q.entities(p.text("q"), p.oneOf("type", ENTITY_TYPES), p.offset(), p.limit()));
            });
            c.routes.get("/api/entities/{id}", ctx -> {
                String id = ctx.pathParam("id");
                if (id.length() > Params.MAX_TEXT) throw new BadRequest("id", "id is longer than " + Params.MAX_TEXT + " characters");
                ctx.json(found(q.entity(id), "no entity " + id));
            });
            c.routes.get("/api/organisations", ctx -> ctx.json(q.organisations()));
            c.routes.get("/api/meetings", ctx -> {
                Params p = new Params(ctx);
                ctx.json(q.timeline(p.text("organisation"), p.year(), p.offset(), p.limit()));
            });
            c.routes.get("/api/meetings/{article}/{idx}", ctx -> {
                Params p = new Params(ctx);
                long article = p.pathId("article");
                int idx;
                try {
                    idx = Integer.parseInt(ctx.pathParam("idx"));
                } catch (NumberFormatException e) {
                    throw new BadRequest("idx", "idx must be a whole number");
                }
                ctx.json(found(q.meeting(article, idx), "no meeting " + idx + " in article " + article));
            });
            c.routes.get("/api/proposals", ctx -> {
                Params p = new Params(ctx);
                ctx.json(q.proposals(p.text("organisation"), p.text("proposer"), p.oneOf("outcome", OUTCOMES), p.offset(), p.limit()));
            });
            c.routes.get("/api/links", ctx -> {
                Params p = new Params(ctx);
                ctx.json(q.links(p.oneOf("kind", LINK_KINDS), p.offset(), p.limit()));
            });
            c.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter));
            c.routes.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage(), null));
            c.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error: the server could not answer this request", null);
            });
            c.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (ctx.path().startsWith("/api") && (type == null || !type.startsWith("application/json"))) error(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + ctx.path() + " (GET /api lists them)", null);
            });
        });
        app.start(host, port);
        return new QimmaServer(app, host);
    }

    private static Object found(Object o, String message) {
        if (o == null) throw new NotFound(message);
        return o;
    }

    private static void error(Context ctx, HttpStatus status, String message, String parameter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (parameter != null) body.put("parameter", parameter);
        body.put("status", status.getCode());
        ctx.status(status).json(body);
    }

    private static List<String> endpoints() {
        return List.of(
                "GET /api/stats",
                "GET /api/articles?organisation=&year=&offset=&limit=",
                "GET /api/articles/{id}",
                "GET /api/search?q=&organisation=&offset=&limit=",
                "GET /api/entities?q=&type=&offset=&limit=",
                "GET /api/entities/{id}",
                "GET /api/organisations",
                "GET /api/meetings?organisation=&year=&offset=&limit=",
                "GET /api/meetings/{article}/{idx}",
                "GET /api/proposals?organisation=&proposer=&outcome=adopted|open&offset=&limit=",
                "GET /api/links?kind=same_meeting|proposal_adopted|chairmanship_term&offset=&limit=");
    }

    public int port() {
        return app.port();
    }

    public String url() {
        return "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
