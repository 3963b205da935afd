package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.NameKey;

/**
 * The link stage. Within an article, mentions join an earlier group when they have the same normal form or the same
 * gazetteer entry (UK, U.K., United Kingdom), when a surname or first-name-plus-surname mention matches a full name
 * already seen, or when they are spelling variants ({@link SpellingVariants}). Each group is then resolved against
 * the corpus-wide {@link EntityRegistry}, which gives it its one IRI across all articles. Not thread-safe: the
 * registry is shared state, so linking runs on the single writer thread.
 */
public final class EntityLinker {

    private final Gazetteer gazetteer;
    private final EntityRegistry registry;

    public EntityLinker(Gazetteer gazetteer, EntityRegistry registry) {
        this.gazetteer = gazetteer;
        this.registry = registry;
    }

    public LinkedArticle link(AnalyzedArticle article) {
        List<LocalEntity> groups = new ArrayList<>();
        List<LocalEntity> groupOfMention = new ArrayList<>();
        for (Mention m : article.mentions()) {
            // A list entry counts only where it agrees with the mention's type: "Florence" the person is not the city.
            Optional<Gazetteer.Entry> entry = gazetteer.lookup(m.text()).filter(e -> e.type() == m.type());
            LocalEntity group = groups.stream().filter(g -> joins(g, m, entry)).findFirst().orElse(null);
            if (group == null) {
                group = new LocalEntity();
                groups.add(group);
            }
            group.add(m, entry);
            groupOfMention.add(group);
        }
        List<Entity> resolved = new ArrayList<>();
        for (LocalEntity g : groups) {
            resolved.add(registry.resolve(g));
        }
        List<Entity> entityOfMention = new ArrayList<>();
        for (LocalEntity g : groupOfMention) {
            entityOfMention.add(registry.snapshot(resolved.get(groups.indexOf(g)).id()));
        }
        return new LinkedArticle(article, entityOfMention);
    }

    private static boolean joins(LocalEntity g, Mention m, Optional<Gazetteer.Entry> entry) {
        String key = NameKey.of(m.text());
        if (entry.isPresent() && g.known != null) {
            return entry.get().equals(g.known);
        }
        if (g.keys.contains(key)) {
            return true;
        }
        boolean knownPlace = entry.isPresent() && entry.get().kind() != Gazetteer.Kind.CITY;
        if (g.known == null && !knownPlace && (g.type() == EntityType.PERSON || m.type() == EntityType.PERSON)) {
            if (samePerson(g.name(), m.text())) {
                return true;
            }
        }
        return g.type() == m.type() && g.known == null && entry.isEmpty()
                && SpellingVariants.areVariants(g.name(), m.text());
    }

    /**
     * Whether two person names can name one person: one is the surname of the other, or they share a first name and
     * their surnames are variants ("Amara Okafor" and "Okafor"; "Olena Hrytsenko" and "Hrytsenkoo").
     */
    static boolean samePerson(String a, String b) {
        String lastA = LocalEntity.lastWordKey(a);
        String lastB = LocalEntity.lastWordKey(b);
        if (!(lastA.equals(lastB) || SpellingVariants.areVariants(lastA, lastB))) {
            return false;
        }
        String firstA = LocalEntity.firstWordKey(a);
        String firstB = LocalEntity.firstWordKey(b);
        return firstA.isEmpty() || firstB.isEmpty() || firstA.equals(firstB);
    }
}
