package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.cli.CliRun;

/**
 * {@code newsgraph serve} fails before it starts a server when the store or the options are wrong: usage errors exit
 * 2, configuration problems (no credentials for {@code --writable}, a bad credentials file, no folder to watch) exit 1
 * with one line.
 */
class ServeCommandTest {



    @Test
    void aMissingStoreFailsWithOneLineNamingTheFolder(@TempDir Path dir) {
        Path missing = dir.resolve("no-store");
        CliRun r = CliRun.of("serve", "--store", missing.toString(), "--port", "0");
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("newsgraph serve: " + missing + ": no store (run 'newsgraph build' first)"),
                r.err());
        assertTrue(Files.notExists(missing), "serve never creates a store");
        assertEquals("", r.out());
    }

    @Test
    void aPortThatIsNotANumberIsAUsageError() {
        CliRun r = CliRun.of("serve", "--port", "notanumber");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("notanumber") && r.err().contains("--port"), r.err());
        assertTrue(r.err().contains("Usage: newsgraph serve"), r.err());
    }

    @Test
    void aPortOutOfRangeIsAUsageError(@TempDir Path dir) {
        CliRun r = CliRun.of("serve", "--store", dir.toString(), "--port", "70000");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--port must be between 0 and 65535, not 70000"), r.err());
    }

    @Test
    void serveHasHelp() {
        CliRun r = CliRun.of("serve", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: newsgraph serve"), r.out());
        assertTrue(r.out().contains("--store") && r.out().contains("--port") && r.out().contains("--host"), r.out());
        for (String option : new String[] {"--watch", "--writable", "--credentials", "--query-timeout",
                "--ingest-dir", Credentials.ENVIRONMENT}) {
            assertTrue(r.out().contains(option), option + " in " + r.out());
        }
    }

    @Test
    void writableWithoutCredentialsRefusesToStart(@TempDir Path dir) {
        assumeTrue(System.getenv(Credentials.ENVIRONMENT) == null,
                Credentials.ENVIRONMENT + " is set in this environment: the server would have credentials");
        Path store = dir.resolve("store");
        SmallStore.create(store).close();
        CliRun r = CliRun.of("serve", "--store", store.toString(), "--port", "0", "--writable");
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("newsgraph serve: --writable needs credentials"), r.err());
        assertTrue(r.err().contains("--credentials FILE") && r.err().contains(Credentials.ENVIRONMENT), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aBadCredentialsFileFailsWithOneLineThatNeverShowsItsContent(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("users"), "just-a-password-without-user\n");
        CliRun r = CliRun.of("serve", "--store", dir.resolve("store").toString(), "--port", "0", "--writable",
                "--credentials", file.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(file + ": not a user:password line"), r.err());
        assertFalse(r.err().contains("just-a-password"), r.err());

        Path missing = dir.resolve("no-such-file");
        r = CliRun.of("serve", "--port", "0", "--writable", "--credentials", missing.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(missing.toString()), r.err());
    }

    @Test
    void aMissingWatchFolderFailsWithOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("no-folder");
        CliRun r = CliRun.of("serve", "--store", dir.resolve("store").toString(), "--port", "0", "--watch", missing.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("newsgraph serve: " + missing + ": no such folder to watch"), r.err());
        assertTrue(Files.notExists(dir.resolve("store")), "no store is created for a server that cannot start");
    }

    @Test
    void badServeOptionsAreUsageErrors(@TempDir Path dir) {
        CliRun r = CliRun.of("serve", "--store", dir.toString(), "--query-timeout", "0");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--query-timeout must be at least 1 second, not 0"), r.err());
        r = CliRun.of("serve", "--store", dir.toString(), "--watch", dir.toString(), "--ingest-dir", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--ingest-dir and --watch"), r.err());
        r = CliRun.of("serve", "--store", dir.toString(), "--ingest-dir", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--ingest-dir needs --writable"), r.err());
    }
}
