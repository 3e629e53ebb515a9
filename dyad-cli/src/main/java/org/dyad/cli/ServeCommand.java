package org.dyad.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.pipeline.Dyad;
import org.dyad.web.Server;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the REST API and the web page over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web page and the REST API (docs/api.md) over a store, on loopback unless --host says otherwise.",
                "The store is created if it does not exist; the language models load on the first article coded."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on. Beyond loopback a token is required. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:DYAD_TOKEN}",
            description = "Required on every write (Authorization: Bearer TOKEN). Default: the environment variable DYAD_TOKEN.")
    String token;

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads of a background ingest. Default: all cores but one (${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        String secret = token == null || token.isBlank() ? null : token;
        Server server = Server.start(new Server.Settings(store.db, host, port, secret, threads), () -> {
            Dyad dyad = pipeline.pipeline(spec.commandLine().getErr());
            return dyad::code;
        }, pipeline.provenance());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        Main.stderr.println("dyad: serving " + store.db + " at http://" + shown + ":" + server.port() + "/ (API: /openapi.json"
                + (secret == null ? "" : "; writes need the token") + "); Ctrl-C stops");
        stopped.await();
        return 0;
    }
}
