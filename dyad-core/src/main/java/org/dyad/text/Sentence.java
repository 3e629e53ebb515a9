package org.dyad.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed sentence: its tokens and dependency tree. This small model is all the coding
 * stages see of the NLP backend, so another backend can replace CoreNLP.
 *
 * @param index position in the article, from 0
 * @param start character offset of the sentence in the article text
 * @param end   character offset one past its end
 * @param parsed false when the analyzer skipped the dependency parse: every token is then a root
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {

    /** The parse must be a tree: each token has exactly one head edge; they are kept in token order. */
    public Sentence {
        tokens = List.copyOf(tokens);
        Dependency[] byDependent = new Dependency[tokens.size()];
        for (Dependency d : dependencies) {
            if (d.dependent() < 0 || d.dependent() >= byDependent.length || byDependent[d.dependent()] != null) {
                throw new IllegalArgumentException("not a dependency tree at token " + d.dependent());
            }
            byDependent[d.dependent()] = d;
        }
        for (int i = 0; i < byDependent.length; i++) {
            if (byDependent[i] == null) byDependent[i] = new Dependency("root", -1, i);
        }
        dependencies = List.of(byDependent);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The edge that attaches token {@code i} to its head, or null for the root. */
    public Dependency headEdge(int i) {
        Dependency d = dependencies.get(i);
        return d.governor() < 0 ? null : d;
    }

    /** Index of the head of token {@code i}, or -1. */
    public int head(int i) {
        Dependency d = headEdge(i);
        return d == null ? -1 : d.governor();
    }

    /** The relation by which token {@code i} hangs from its head ("root" for the root). */
    public String relation(int i) {
        Dependency d = headEdge(i);
        return d == null ? "root" : d.relation();
    }

    /** Dependents of token {@code i}, in sentence order. */
    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) { // kept in token order, so the dependents come in sentence order
            if (d.governor() == i) out.add(d);
        }
        return out;
    }

    /** Dependents of {@code i} whose relation equals {@code relation} or is a subtype of it. */
    public List<Integer> children(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(i)) {
            if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) out.add(d.dependent());
        }
        return out;
    }

    /** "to end ...": token {@code i} heads an infinitive clause (it is marked by "to"), whatever relation the parser gave it. */
    public boolean isInfinitive(int i) {
        for (int mark : children(i, "mark")) if (token(mark).word().equalsIgnoreCase("to")) return true;
        return false;
    }

    /** All tokens dominated by {@code i}, including itself, in sentence order. */
    public List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out);
        Collections.sort(out);
        return out;
    }

    private void collect(int i, List<Integer> out) {
        if (out.contains(i)) return; // guards against malformed, cyclic input
        out.add(i);
        for (Dependency d : dependencies) {
            if (d.governor() == i) collect(d.dependent(), out);
        }
    }

    /** The token of {@code first..last} whose head lies outside the span: the span's syntactic head. */
    public int headOf(int first, int last) {
        for (int i = last; i >= first; i--) {
            int h = head(i);
            if (h < first || h > last) return i;
        }
        return last;
    }

    /** Index of the token covering character {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (offset >= t.start() && offset < t.end()) return t.index();
        }
        return -1;
    }
}
