package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence pattern, parsed once: literal text with slots in braces. A slot names what fills it and, after a dot,
 * which form: {@code {A}} is the first person of the story as news names people (role and full name the first time,
 * the surname after that), {@code {A.full}}, {@code {A.last}}, {@code {A.role}} (lower case, "as finance minister"),
 * {@code {A.Role}} and {@code {A.country}} its other forms; {@code {COUNTRY}} and {@code {ORG}} come with "the" where
 * English wants it and {@code {COUNTRY.name}}, {@code {ORG.name}} without. A pattern with an unknown slot fails when it
 * is parsed, so a typo in a pattern fails the class that holds it. Immutable.
 */
final class Template {

    /** What fills a slot. */
    enum Source {
        A, B, C, D, CITY, CITY2, COUNTRY, COUNTRY2, TOWN, REGION, ORG, ORG2,
        N, NW, NUM, PCT, MONEY, DAY, MONTH, DATE, YEAR, TOPIC, QUOTE;

        boolean isPerson() {
            return ordinal() <= D.ordinal();
        }
    }

    /** Which form of the filler a slot takes. */
    enum Form { DEFAULT, FULL, LAST, ROLE, ROLE_CAPITALISED, COUNTRY, NAME }

    /** One slot of a pattern. */
    record Slot(Source source, Form form) {}

    private final String text;
    private final String[] literals;
    private final Slot[] slots;

    private Template(String text, String[] literals, Slot[] slots) {
        this.text = text;
        this.literals = literals;
        this.slots = slots;
    }

    static Template parse(String text) {
        List<String> literals = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = text.indexOf('{', at);
            if (open < 0) {
                literals.add(text.substring(at));
                break;
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed slot in pattern: " + text);
            }
            literals.add(text.substring(at, open));
            slots.add(slot(text.substring(open + 1, close), text));
            at = close + 1;
        }
        return new Template(text, literals.toArray(String[]::new), slots.toArray(Slot[]::new));
    }

    private static Slot slot(String name, String pattern) {
        int dot = name.indexOf('.');
        String source = dot < 0 ? name : name.substring(0, dot);
        String form = dot < 0 ? "" : name.substring(dot + 1);
        Source s;
        try {
            s = Source.valueOf(source);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown slot {" + name + "} in pattern: " + pattern, e);
        }
        Form f = switch (form) {
            case "" -> Form.DEFAULT;
            case "full" -> Form.FULL;
            case "last" -> Form.LAST;
            case "role" -> Form.ROLE;
            case "Role" -> Form.ROLE_CAPITALISED;
            case "country" -> Form.COUNTRY;
            case "name" -> Form.NAME;
            default -> throw new IllegalArgumentException("unknown form {" + name + "} in pattern: " + pattern);
        };
        boolean personForm = f == Form.FULL || f == Form.LAST || f == Form.ROLE || f == Form.ROLE_CAPITALISED
                || f == Form.COUNTRY;
        if (personForm != s.isPerson() && f != Form.DEFAULT || f == Form.NAME && !hasBareName(s)) {
            throw new IllegalArgumentException("slot {" + name + "} has no such form, in pattern: " + pattern);
        }
        return new Slot(s, f);
    }

    private static boolean hasBareName(Source s) {
        return s == Source.COUNTRY || s == Source.COUNTRY2 || s == Source.ORG || s == Source.ORG2;
    }

    /** Fills the slots through {@code fill} and appends the sentence to {@code out}, its first letter capitalised. */
    void render(StringBuilder out, SlotFiller fill) {
        int start = out.length();
        for (int i = 0; i < slots.length; i++) {
            out.append(literals[i]);
            fill.append(out, slots[i]);
        }
        out.append(literals[slots.length]);
        if (out.length() > start && Character.isLowerCase(out.charAt(start))) {
            out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
        }
    }

    /** Fills slots; one per article, holding what the article has said so far. */
    interface SlotFiller {
        void append(StringBuilder out, Slot slot);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Whether the pattern uses the person slot {@code person} (A to D). */
    boolean uses(Source person) {
        for (Slot s : slots) {
            if (s.source() == person) {
                return true;
            }
        }
        return false;
    }
}
