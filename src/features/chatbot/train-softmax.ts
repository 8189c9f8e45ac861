import type { SparseVector } from "./sparse-vector";

/** A multinomial logistic regression over sparse vectors: weights are class-major (`class * features + f`). */
export interface SoftmaxModel {
  classes: number;
  features: number;
  weights: Float32Array;
  bias: Float32Array;
}

export interface SoftmaxOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per epoch, applied as weight decay so that rare features do not get huge weights. */
  l2: number;
  /** Seed for the shuffling order, so that a build is reproducible. */
  seed: number;
}

/** Small deterministic PRNG (mulberry32): the model must not change from one start to the next. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Class probabilities for one vector, written into `out`. */
export function softmaxScores(model: SoftmaxModel, vector: SparseVector, out: Float64Array): void {
  const { classes, features, weights, bias } = model;
  let max = -Infinity;
  for (let c = 0; c < classes; c++) {
    let z = bias[c] ?? 0;
    const base = c * features;
    for (let k = 0; k < vector.ids.length; k++) {
      z += (weights[base + (vector.ids[k] ?? 0)] ?? 0) * (vector.values[k] ?? 0);
    }
    out[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    const e = Math.exp((out[c] ?? 0) - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < classes; c++) out[c] = (out[c] ?? 0) / sum;
}

/**
 * Trains the model by stochastic gradient descent on the weighted cross-entropy. Discriminative training
 * learns which words separate neighbouring topics (rent arrears vs. housing allowance), which a
 * similarity ranking cannot.
 */
export function trainSoftmax({
  vectors,
  labels,
  sampleWeights,
  classes,
  features,
  options,
}: {
  vectors: readonly SparseVector[];
  labels: ArrayLike<number>;
  sampleWeights: ArrayLike<number>;
  classes: number;
  features: number;
  options: SoftmaxOptions;
}): SoftmaxModel {
  const model: SoftmaxModel = {
    classes,
    features,
    weights: new Float32Array(classes * features),
    bias: new Float32Array(classes),
  };
  const order = Array.from({ length: vectors.length }, (_, i) => i).filter(
    (i) => (sampleWeights[i] ?? 0) > 0,
  );
  const next = random(options.seed);
  const probabilities = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const swap = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = swap;
    }
    // Learning rate decays so that the last epochs settle instead of chasing the last examples seen.
    const rate = options.learningRate / (1 + epoch * 0.5);
    for (const n of order) {
      const vector = vectors[n];
      if (!vector) continue;
      softmaxScores(model, vector, probabilities);
      const label = labels[n] ?? 0;
      const weight = (sampleWeights[n] ?? 0) * rate;
      for (let c = 0; c < classes; c++) {
        const gradient = ((probabilities[c] ?? 0) - (c === label ? 1 : 0)) * weight;
        // Classes already far from this example barely move; skipping them makes training several times faster.
        if (Math.abs(gradient) < 1e-4) continue;
        model.bias[c] = (model.bias[c] ?? 0) - gradient * 0.1;
        const base = c * features;
        for (let k = 0; k < vector.ids.length; k++) {
          const at = base + (vector.ids[k] ?? 0);
          model.weights[at] = (model.weights[at] ?? 0) - gradient * (vector.values[k] ?? 0);
        }
      }
    }
    const decay = 1 - options.l2 * rate;
    if (decay < 1)
      for (let i = 0; i < model.weights.length; i++) model.weights[i] = (model.weights[i] ?? 0) * decay;
  }
  return model;
}
