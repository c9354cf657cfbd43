import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Runs a real Neo4j 5.26 Community DBMS in this JVM with the Bolt connector on 127.0.0.1.
 *
 * Started by neo4j-local/manager.ts, which compiles it once into .neo4j-local/cache (or runs it in Java
 * source-file mode where there is no javac); not meant to be run by hand.
 * Usage: java -cp <neo4j jars>:<this class> LocalNeo4j <home dir> <bolt port> [key=value settings...]
 * with STANCEGRAPH_NEO4J_PASSWORD_FILE naming the file that holds the password of the `neo4j` user
 * (made by the manager; a path, so the password itself never shows in `ps`).
 *
 * Authentication is on. The DBMS first starts without Bolt, sets the `neo4j` user's password to the
 * file's (no change required; embedded access is not subject to auth), and stops; only then does it
 * start with Bolt. So no client ever meets the default neo4j/neo4j, nor an older password, and a
 * store made before authentication was on gets the password too. The second start costs about a
 * second, the JVM being warm.
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
        String passwordFile = System.getenv("STANCEGRAPH_NEO4J_PASSWORD_FILE");
        if (passwordFile == null || passwordFile.isEmpty()) {
            System.err.println("STANCEGRAPH_NEO4J_PASSWORD_FILE must name the file with the neo4j user's password");
            System.exit(64);
        }
        String password = Files.readString(Path.of(passwordFile)).trim();
        Files.createDirectories(home);

        Map<String, String> settings = new HashMap<>();
        settings.put("server.bolt.listen_address", "127.0.0.1:" + port);
        settings.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        settings.put("server.http.enabled", "false");
        settings.put("server.https.enabled", "false");
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

        DatabaseManagementService withoutBolt = build(home, confFile, false);
        try {
            setPassword(withoutBolt, password);
        } finally {
            withoutBolt.shutdown();
        }
        DatabaseManagementService dbms = build(home, confFile, true);

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

    /** After the conf file, so that no setting given on the command line turns authentication off. */
    private static DatabaseManagementService build(Path home, Path confFile, boolean bolt) {
        return new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(confFile)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, bolt)
                .build();
    }

    /** The `neo4j` user's password, on the system database; a no-op when it is already this one. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to set the password a user already has; that is the usual case after the first start.
            if (e.getMessage() == null || !e.getMessage().contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }
}
