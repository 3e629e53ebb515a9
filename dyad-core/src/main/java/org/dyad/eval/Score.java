package org.dyad.eval;

/** Counts for one level of evaluation, and the precision, recall and F1 they give. */
public record Score(int truePositives, int predicted, int expected) {

    public double precision() {
        return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) truePositives / predicted;
    }

    public double recall() {
        return expected == 0 ? 1 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, predicted + o.predicted, expected + o.expected);
    }
}
