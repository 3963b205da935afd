package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.newsgraph.cli.Newsgraph;

/** {@code newsgraph serve} fails before it starts a server when the store or the options are wrong. */
class ServeCommandTest {

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = Newsgraph.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aMissingStoreFailsWithOneLineNamingTheFolder(@TempDir Path dir) {
        Path missing = dir.resolve("no-store");
        Run r = run("serve", "--store", missing.toString(), "--port", "0");
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("newsgraph serve: " + missing + ": no store (run 'newsgraph build' first)"),
                r.err());
        assertTrue(Files.notExists(missing), "serve never creates a store");
        assertEquals("", r.out());
    }

    @Test
    void aPortThatIsNotANumberIsAUsageError() {
        Run r = run("serve", "--port", "notanumber");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("notanumber") && r.err().contains("--port"), r.err());
        assertTrue(r.err().contains("Usage: newsgraph serve"), r.err());
    }

    @Test
    void aPortOutOfRangeIsAUsageError(@TempDir Path dir) {
        Run r = run("serve", "--store", dir.toString(), "--port", "70000");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--port must be between 0 and 65535, not 70000"), r.err());
    }

    @Test
    void serveHasHelp() {
        Run r = run("serve", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: newsgraph serve"), r.out());
        assertTrue(r.out().contains("--store") && r.out().contains("--port") && r.out().contains("--host"), r.out());
    }
}
