package org.qimma.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.qimma.kb.KnowledgeBase;
import org.qimma.server.QimmaServer;
import org.qimma.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serves the store: the REST API under /api and the web page at /.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "7700", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Override
    public Integer call() throws Exception {
        serve(store.data, host, port);
        return 0;
    }

    /** Serves until the process is stopped (Ctrl-C). */
    static void serve(Path data, String host, int port) throws InterruptedException {
        Store s = Store.open(data, false);
        QimmaServer server = QimmaServer.start(s, KnowledgeBase.standard(), host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stopped.countDown();
        }));
        System.out.println("qimma: serving " + s.articleCount() + " articles from " + data + " at " + server.url());
        System.out.flush();
        stopped.await();
    }
}
