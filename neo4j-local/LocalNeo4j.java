import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs a real Neo4j 5.26 Community DBMS in this JVM with the Bolt connector on 127.0.0.1.
 *
 * Started by neo4j-local/manager.ts, which compiles it once into .neo4j-local/cache (or runs it in Java
 * source-file mode where there is no javac); not meant to be run by hand.
 * Usage: java -cp <neo4j jars>:<this class> LocalNeo4j <home dir> <bolt port> [key=value settings...]
 *
 * Prints "STANCEGRAPH-NEO4J-READY" once Bolt accepts connections, and shuts the store down cleanly on
 * SIGTERM/SIGINT (JVM shutdown hook), so the next start needs no recovery.
 */
public final class LocalNeo4j {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LocalNeo4j <home dir> <bolt port> [setting=value ...]");
            System.exit(64);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(home);

        Map<String, String> settings = new HashMap<>();
        settings.put("server.bolt.enabled", "true");
        settings.put("server.bolt.listen_address", "127.0.0.1:" + port);
        settings.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        settings.put("server.http.enabled", "false");
        settings.put("server.https.enabled", "false");
        // Local, loopback-only development database: no credentials to leak or to configure.
        settings.put("dbms.security.auth_enabled", "false");
        // Backstops that hold whatever a client sends (docs/development.md, "The local Neo4j").
        settings.put("db.transaction.timeout", "60s");
        settings.put("db.memory.transaction.max", "1g");
        settings.put("dbms.security.allow_csv_import_from_file_urls", "false");
        settings.put("dbms.usage_report.enabled", "false");
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                System.err.println("ignoring malformed setting: " + args[i]);
                continue;
            }
            settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }

        // The embedded builder takes raw settings only from a properties file.
        StringBuilder conf = new StringBuilder("# Written by LocalNeo4j.java at every start; edits are lost.\n");
        settings.forEach((key, value) -> conf.append(key).append('=').append(value).append('\n'));
        Path confFile = home.resolve("neo4j.conf");
        Files.writeString(confFile, conf);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(confFile)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        // Touch the default database so that "ready" means queries will be answered.
        dbms.database("neo4j").executeTransactionally("RETURN 1");
        System.out.println("STANCEGRAPH-NEO4J-READY " + port);
        System.out.flush();
        stopped.await();
    }
}
