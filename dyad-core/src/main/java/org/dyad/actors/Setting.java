package org.dyad.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The country an article is set in: the one its coded mentions name most often (a tie goes to
 * the one named first), when it is named at least twice. News outlets do not count: "The
 * Guardian reported" does not set a story in Britain; nor does a person named again and again,
 * who counts once: a Libyan suspect's name told ten times in a story from Britain does not set it
 * in Libya. A news reader assumes it for actors the text gives no country of ("police said", "a
 * man was arrested").
 */
final class Setting {

    private static final int AT_LEAST = 2;

    private Setting() {}

    static String of(List<Mention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        Set<String> people = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.isCoded() || m.actor().country() == null || ActorCodes.isTransnational(m.actor().code()) || m.isNewsOutlet()) continue;
            boolean personal = m.type() == Mention.Type.PERSON || m.type() == Mention.Type.PRONOUN;
            if (personal && m.actor().name() != null && !people.add(m.actor().name())) continue;
            counts.merge(m.actor().country(), 1, Integer::sum);
            first.putIfAbsent(m.actor().country(), i);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() < AT_LEAST) continue;
            if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best)) && first.get(e.getKey()) < first.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
