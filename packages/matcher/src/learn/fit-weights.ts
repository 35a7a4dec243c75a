import { COMPONENT_NAMES, type ComponentVector } from "../score/components";
import { DEFAULT_WEIGHTS, features, type MatchWeights, sigmoid } from "../score/weights";

/** A pair with its component values and whether it was a good match (1) or not (0). */
export interface LabelledPair {
  values: ComponentVector;
  label: 0 | 1;
  /** How much this example counts (a deal more than a contact); 1 when absent. */
  weight?: number;
}

/** Options of the fit; every default is documented in the package README. */
export interface FitOptions {
  /** Strength of the pull toward the prior weights (L2 on the difference). */
  l2?: number;
  /** Text relevance's weight never falls below this. */
  textFloor?: number;
  /** Text relevance's weight stays at least this multiple of every other weight's magnitude. */
  dominance?: number;
  iterations?: number;
  learningRate?: number;
  /** Starting point and L2 centre; the default weights when absent. */
  prior?: MatchWeights;
}

/** Defaults of `fitWeights`. */
export const DEFAULT_FIT: Required<Omit<FitOptions, "prior">> = {
  l2: 0.05,
  textFloor: 4,
  dominance: 2,
  iterations: 3000,
  learningRate: 0.5,
};

/**
 * Fits the score model's bias and weights to labelled pairs by logistic regression (full-batch
 * gradient descent, deterministic), with L2 toward the prior so that few events move the
 * weights little. After every step text relevance's weight is raised back to the floor and to
 * `dominance` times the largest other weight: feedback may tune the rest, never make text
 * secondary. The text gate is kept from the prior.
 */
export function fitWeights(pairs: readonly LabelledPair[], opts: FitOptions = {}): MatchWeights {
  const o = { ...DEFAULT_FIT, ...opts };
  const prior = opts.prior ?? DEFAULT_WEIGHTS;
  const names = COMPONENT_NAMES;
  const w = names.map((n) => prior.weights[n]);
  const p0 = [...w];
  let bias = prior.bias;
  const xs = pairs.map((p) => {
    const f = features(p.values, prior.textGate);
    return names.map((n) => f[n]);
  });
  const totalWeight = pairs.reduce((s, p) => s + (p.weight ?? 1), 0);
  const textAt = names.indexOf("text");
  const project = () => {
    let maxOther = 0;
    w.forEach((v, i) => {
      if (i !== textAt) maxOther = Math.max(maxOther, Math.abs(v));
    });
    w[textAt] = Math.max(w[textAt] as number, o.textFloor, o.dominance * maxOther);
  };
  project();
  if (totalWeight > 0) {
    for (let it = 0; it < o.iterations; it++) {
      const grad = names.map(() => 0);
      let gb = 0;
      pairs.forEach((p, k) => {
        const x = xs[k] as number[];
        let z = bias;
        for (let i = 0; i < x.length; i++) z += (w[i] as number) * (x[i] as number);
        const err = ((p.weight ?? 1) * (sigmoid(z) - p.label)) / totalWeight;
        gb += err;
        for (let i = 0; i < x.length; i++) grad[i] = (grad[i] as number) + err * (x[i] as number);
      });
      bias -= o.learningRate * gb;
      for (let i = 0; i < w.length; i++) {
        const g = (grad[i] as number) + o.l2 * ((w[i] as number) - (p0[i] as number));
        w[i] = (w[i] as number) - o.learningRate * g;
      }
      project();
    }
  }
  const weights = {} as ComponentVector;
  names.forEach((n, i) => {
    weights[n] = Math.round((w[i] as number) * 1000) / 1000;
  });
  return { version: 1, bias: Math.round(bias * 1000) / 1000, weights, textGate: prior.textGate };
}

/** Mean log-loss of weights on labelled pairs (lower is better), to compare fits. */
export function logLoss(weights: MatchWeights, pairs: readonly LabelledPair[]): number {
  let sum = 0;
  let total = 0;
  for (const p of pairs) {
    const f = features(p.values, weights.textGate);
    let z = weights.bias;
    for (const n of COMPONENT_NAMES) z += weights.weights[n] * f[n];
    const q = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(z)));
    const wt = p.weight ?? 1;
    sum -= wt * (p.label ? Math.log(q) : Math.log(1 - q));
    total += wt;
  }
  return total ? sum / total : 0;
}
