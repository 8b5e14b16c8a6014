package org.qimma.cli;

import java.nio.file.Path;
import org.qimma.store.Store;
import picocli.CommandLine.Option;

/** The store folder option shared by the commands that use a store. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "The store folder (default: ./" + Store.DEFAULT_FOLDER + ").")
    Path data = Path.of(Store.DEFAULT_FOLDER);
}
