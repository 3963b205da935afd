package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials come from a file or the environment, accept exactly their own Basic header, never show a password. */
class CredentialsTest {

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsExactlyItsOwnBasicHeader() {
        Credentials c = Credentials.parse("editor:pa:ss wörd", "test");
        assertEquals("editor", c.user());
        assertTrue(c.accept(basic("editor:pa:ss wörd")));
        assertTrue(c.accept("basic " + Base64.getEncoder().encodeToString(
                "editor:pa:ss wörd".getBytes(StandardCharsets.UTF_8))), "the scheme name is case-insensitive");
        assertFalse(c.accept(null));
        assertFalse(c.accept(basic("editor:pa:ss")));
        assertFalse(c.accept(basic("Editor:pa:ss wörd")));
        assertFalse(c.accept(basic("editor:pa:ss wörd ")));
        assertFalse(c.accept("Basic %%%not base64"));
        assertFalse(c.accept("Bearer pa:ss wörd"));
        assertFalse(c.toString().contains("pa:ss"), c.toString());
    }

    @Test
    void aLineWithoutUserOrPasswordIsRefusedWithoutRepeatingIt() {
        for (String bad : new String[] {"", "nopassword", ":secret", "user:", "   "}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Credentials.parse(bad, "the source"));
            assertEquals("the source: not a user:password line (a user, a colon, a password)", e.getMessage());
        }
    }

    @Test
    void aFileHoldsOneLineBesideCommentsAndBlankLines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("users"), "# the editors' account\n\neditor:secret\n");
        assertTrue(Credentials.read(file).accept(basic("editor:secret")));
        Path two = Files.writeString(dir.resolve("two"), "a:b\nc:d\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Credentials.read(two));
        assertTrue(e.getMessage().startsWith(two + ": holds 2 user:password lines"), e.getMessage());
    }

    @Test
    void theFileComesBeforeTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("users"), "from-file:secret\n");
        Map<String, String> env = Map.of(Credentials.ENVIRONMENT, "from-env:secret");
        assertEquals("from-file", Credentials.resolve(file, env).orElseThrow().user());
        assertEquals("from-env", Credentials.resolve(null, env).orElseThrow().user());
        assertEquals(Optional.empty(), Credentials.resolve(null, Map.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Credentials.resolve(null, Map.of(Credentials.ENVIRONMENT, "no-colon")));
        assertTrue(e.getMessage().startsWith("the environment variable " + Credentials.ENVIRONMENT), e.getMessage());
    }
}
