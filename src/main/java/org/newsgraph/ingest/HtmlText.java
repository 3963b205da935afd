package org.newsgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML page saved as an article: scripts, styles and comments removed, block elements turned into line
 * breaks, other tags dropped and the common character references decoded. Enough for news pages saved as text; not
 * an HTML parser.
 */
final class HtmlText {

    private static final Pattern MARKERS = Pattern.compile("(?i)<(?:!doctype html|html|head|body|div|p|script|meta)\\b");
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|noscript|template)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|title|blockquote)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(?:\\n[ \\t]*)+");

    private HtmlText() {}

    /** At least three markers of an HTML document. */
    static boolean looksLikeHtml(String text) {
        Matcher m = MARKERS.matcher(text);
        int count = 0;
        while (m.find() && count < 3) {
            count++;
        }
        return count >= 3;
    }

    static String strip(String html) {
        String s = INVISIBLE.matcher(html).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&mdash;", "—").replace("&ndash;", "–")
                .replace("&rsquo;", "’").replace("&lsquo;", "‘").replace("&ldquo;", "“").replace("&rdquo;", "”");
        Matcher m = NUMERIC.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(out);
        s = out.toString().replace("&amp;", "&");
        return BLANK_LINES.matcher(s).replaceAll("\n\n").strip() + "\n";
    }
}
