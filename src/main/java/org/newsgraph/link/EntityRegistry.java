package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameKey;

/**
 * The corpus-wide entities: resolves each article's groups of mentions to one entity per real-world thing, across all
 * articles. A group matches an entity of a compatible type (organisation and place count as compatible: the Elysée
 * is both) by gazetteer entry, by any shared normal form, by surname against a full name, or as a spelling variant.
 * Ids are derived from the first name the entity was registered under, so the same articles in the same order always
 * give the same ids. Not thread-safe.
 */
public final class EntityRegistry {

    private static final class Known {
        final String id;
        final EntityType type;
        String label;
        final Set<String> names = new LinkedHashSet<>();

        Known(String id, EntityType type, String label) {
            this.id = id;
            this.type = type;
            this.label = label;
        }
    }

    private final Map<String, Known> byId = new LinkedHashMap<>();
    private final Map<String, List<Known>> byKey = new HashMap<>();
    private final Map<String, List<Known>> bySurname = new HashMap<>();
    /** Spelling-variant candidates, found by blocking keys instead of comparing with every entity. */
    private final Map<String, List<Known>> byVariantKey = new HashMap<>();

    /** The entity for a group of one article's mentions, registering it if it is new. */
    Entity resolve(LocalEntity group) {
        EntityType type = group.type();
        String name = group.name();
        Known found = find(group, type, name);
        Known k = found != null ? found : new Known(newId(type, name), type, name);
        byId.putIfAbsent(k.id, k);
        if (LocalEntity.words(name) > LocalEntity.words(k.label) && type == EntityType.PERSON) {
            k.label = name;
        }
        addName(k, name);
        group.forms.forEach(f -> addName(k, f));
        return snapshot(k.id);
    }

    private Known find(LocalEntity group, EntityType type, String name) {
        List<String> keys = new ArrayList<>();
        keys.add(NameKey.of(name));
        if (type != EntityType.PERSON) {
            group.keys.forEach(keys::add);
        }
        for (String key : keys) {
            for (Known k : byKey.getOrDefault(key, List.of())) {
                if (compatible(k.type, type)) {
                    return k;
                }
            }
        }
        if (type == EntityType.PERSON) {
            for (Known k : bySurname.getOrDefault(LocalEntity.lastWordKey(name), List.of())) {
                if (k.type == type && EntityLinker.samePerson(k.label, name)) {
                    return k;
                }
            }
        }
        String variantOf = type == EntityType.PERSON ? LocalEntity.lastWordKey(name) : NameKey.of(name);
        for (String key : SpellingVariants.blockingKeys(variantOf)) {
            for (Known k : byVariantKey.getOrDefault(key, List.of())) {
                if (k.type == type && (type == EntityType.PERSON ? EntityLinker.samePerson(k.label, name)
                        : SpellingVariants.areVariants(k.label, name))) {
                    return k;
                }
            }
        }
        return null;
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || a != EntityType.PERSON && b != EntityType.PERSON;
    }

    private void addName(Known k, String name) {
        if (k.names.add(name)) {
            byKey.computeIfAbsent(NameKey.of(name), x -> new ArrayList<>()).add(k);
            String variantOf = k.type == EntityType.PERSON ? LocalEntity.lastWordKey(name) : NameKey.of(name);
            for (String key : SpellingVariants.blockingKeys(variantOf)) {
                List<Known> list = byVariantKey.computeIfAbsent(key, x -> new ArrayList<>());
                if (!list.contains(k)) {
                    list.add(k);
                }
            }
            if (k.type == EntityType.PERSON) {
                List<Known> list = bySurname.computeIfAbsent(LocalEntity.lastWordKey(name), x -> new ArrayList<>());
                if (!list.contains(k)) {
                    list.add(k);
                }
            }
        }
    }

    private String newId(EntityType type, String name) {
        String base = type.nerType() + "/" + slug(name);
        String id = base;
        for (int n = 2; byId.containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A readable, IRI-safe slug: the normal form with hyphens; other characters percent-encoded. */
    static String slug(String name) {
        String key = NameKey.of(name).replace(' ', '-');
        StringBuilder out = new StringBuilder();
        for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.length() == 0 ? "unnamed" : out.toString();
    }

    /** The entity as it stands now. */
    public Entity snapshot(String id) {
        Known k = byId.get(id);
        Set<String> alt = new LinkedHashSet<>(k.names);
        alt.remove(k.label);
        return new Entity(k.id, k.type, k.label, alt);
    }

    /** Every entity, in the order they were first seen. */
    public Collection<Entity> entities() {
        return byId.keySet().stream().map(this::snapshot).toList();
    }

    /**
     * Registers an entity of an earlier build under its id, so that new articles link to it and ids stay stable when
     * articles are added or removed.
     */
    public void restore(Entity entity) {
        Known k = byId.computeIfAbsent(entity.id(), id -> new Known(id, entity.type(), entity.label()));
        addName(k, entity.label());
        entity.altLabels().forEach(n -> addName(k, n));
    }

    /** Whether an entity with this id is registered. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }
}
