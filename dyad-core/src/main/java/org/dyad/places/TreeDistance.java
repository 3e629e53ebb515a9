package org.dyad.places;

import java.util.Arrays;
import java.util.List;
import org.dyad.text.Sentence;

/** How far apart two words are in a sentence's dependency tree: edges on the path between them. */
final class TreeDistance {

    /** Words in different trees (an unparsed sentence is all roots) are this far apart. */
    static final int UNRELATED = Integer.MAX_VALUE / 2;

    private TreeDistance() {}

    static int nearest(Sentence s, int from, List<Integer> targets) {
        int best = UNRELATED;
        for (int t : targets) best = Math.min(best, between(s, from, t));
        return best;
    }

    static int between(Sentence s, int a, int b) {
        int[] depthFromA = new int[s.size()];
        Arrays.fill(depthFromA, -1);
        for (int k = a, d = 0; k >= 0 && d < s.size(); k = s.head(k), d++) depthFromA[k] = d;
        for (int k = b, d = 0; k >= 0 && d < s.size(); k = s.head(k), d++) {
            if (depthFromA[k] >= 0) return depthFromA[k] + d;
        }
        return UNRELATED;
    }
}
