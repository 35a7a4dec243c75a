import { COMPONENT_NAMES, type ComponentName, type ComponentVector, NEUTRAL } from "./components";

/**
 * The score model: score = σ(bias + text·w_text + (taxonomy − ½)·w_taxonomy
 * + gate · Σ_other (value − ½)·w), with gate = min(1, text / textGate). Components other than
 * text and taxonomy count only as far as the texts relate, so TRL, modes or budget alone never
 * lift an unrelated pair; a missing value is ½ and adds nothing.
 */
export interface MatchWeights {
  version: 1;
  bias: number;
  weights: ComponentVector;
  /** Text relevance at which the other components count fully. */
  textGate: number;
}

// Set by hand in order of importance (text dominant, then field, maturity, modes, budget,
// region, reputation, freshness); the bias is the one the feedback fit (`fit-dev`, L2 toward
// these weights) finds on the development sets, so that a score reads roughly as the chance a
// person calls the pair relevant: ≥ 0.8 strong, 0.4–0.8 worth a look, < 0.1 unrelated (README).
/** The weights used when none are given. */
export const DEFAULT_WEIGHTS: MatchWeights = {
  version: 1,
  bias: -2.7,
  weights: {
    text: 9,
    taxonomy: 2,
    trl: 1.2,
    modes: 0.8,
    budget: 0.6,
    region: 0.3,
    reputation: 0.3,
    freshness: 0.2,
  },
  textGate: 0.2,
};

/** Components that the text gate scales. */
const GATED: readonly ComponentName[] = COMPONENT_NAMES.filter(
  (n) => n !== "text" && n !== "taxonomy",
);

/** The model's inputs for one pair: text as is, the others centred on neutral, gated ones scaled by the gate. */
export function features(values: ComponentVector, textGate: number): ComponentVector {
  const gate = Math.min(1, values.text / textGate);
  const out = { text: values.text, taxonomy: values.taxonomy - NEUTRAL } as ComponentVector;
  for (const n of GATED) out[n] = gate * (values[n] - NEUTRAL);
  return out;
}

/** The logit of a pair: bias plus each weight times its feature. */
export function logit(w: MatchWeights, values: ComponentVector): number {
  const f = features(values, w.textGate);
  let z = w.bias;
  for (const n of COMPONENT_NAMES) z += w.weights[n] * f[n];
  return z;
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Each component's contribution to the logit (weight × feature). */
export function contributions(w: MatchWeights, values: ComponentVector): ComponentVector {
  const f = features(values, w.textGate);
  const out = {} as ComponentVector;
  for (const n of COMPONENT_NAMES) out[n] = w.weights[n] * f[n];
  return out;
}

/** Reads weights from JSON, rejecting anything that is not a complete set of finite numbers. */
export function parseWeights(json: unknown): MatchWeights {
  const o = json as Partial<MatchWeights> | null;
  const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
  if (o?.version !== 1 || !finite(o.bias) || !finite(o.textGate) || o.textGate <= 0) {
    throw new Error("weights must be { version: 1, bias, weights, textGate > 0 }");
  }
  const weights = {} as ComponentVector;
  for (const n of COMPONENT_NAMES) {
    const v = o.weights?.[n];
    if (!finite(v)) throw new Error(`weights.${n} must be a finite number`);
    weights[n] = v;
  }
  return { version: 1, bias: o.bias, weights, textGate: o.textGate };
}
