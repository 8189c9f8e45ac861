import { langs } from "../../platform/i18n/lang";
import { type TextFeatures, featuriseText } from "./featurise-text";
import type { KnowledgeBase } from "./knowledge-base";
import { outOfScopeId } from "./schemas";
import { type SparseVector, emptyVector } from "./sparse-vector";
import { type TopicId, topicIds, topicSpecs } from "./topics";
import { type SoftmaxModel, softmaxScores, trainSoftmax } from "./train-softmax";
import { diskMemo } from "../../platform/cache/disk-memo";

/** A topic id, or the out-of-scope class that the model learns like any topic. */
export type TopicLabel = TopicId | typeof outOfScopeId;

export interface TopicModelOptions {
  /** Weight of the character n-gram block against the word-stem block (1). */
  charWeight: number;
  /** Share of the centroid score in the final score; the rest comes from the nearest training texts. */
  centroidShare: number;
  /** How many nearest training texts per topic are averaged. */
  nearest: number;
  /** Weights of the weaker training texts relative to one example. */
  titleWeight: number;
  scopeWeight: number;
  bodyWeight: number;
  /** Each sentence of an answer is also a (weak) neighbour, so its specific terms are recognised. */
  sentenceWeight: number;
  /** Below this score the message is out of scope. */
  minScore: number;
  /** Ambiguous when the runner-up scores at least this share of the best topic. */
  ambiguityRatio: number;
  /** Share of the logistic-regression probability in the final score; the rest is the similarity score. */
  softmaxShare: number;
  softmaxEpochs: number;
  softmaxLearningRate: number;
  softmaxL2: number;
  /** Training texts lighter than this (answer sentences) are left out of the regression: faster, and they are noise there. */
  softmaxMinWeight: number;
}

export const defaultTopicModelOptions: TopicModelOptions = {
  charWeight: 0.8,
  centroidShare: 0.4,
  nearest: 2,
  titleWeight: 0.7,
  scopeWeight: 0.3,
  bodyWeight: 0.3,
  sentenceWeight: 0.6,
  minScore: 0.08,
  ambiguityRatio: 0.92,
  softmaxShare: 1,
  softmaxEpochs: 6,
  softmaxLearningRate: 1,
  softmaxL2: 0.0001,
  softmaxMinWeight: 0,
};

interface TrainingText {
  label: number;
  text: string;
  /** Weight in the topic centroid (0: not part of it). */
  centroidWeight: number;
  /** Weight as a nearest-neighbour candidate (0: not a candidate). */
  neighbourWeight: number;
}

/** Inverted index in compressed-row form: neighbours of feature f are at offsets[f] … offsets[f + 1]. */
interface Postings {
  offsets: Int32Array;
  neighbours: Int32Array;
  values: Float64Array;
}

export interface TopicModel {
  labels: readonly TopicLabel[];
  options: TopicModelOptions;
  /** Turns a message into the model's weighted, unit-length vector. */
  vectorise(text: string): SparseVector;
  centroids: readonly SparseVector[];
  neighbourLabels: Int32Array;
  neighbourWeights: Float64Array;
  postings: Postings;
  softmax: SoftmaxModel;
  stats: { buildMs: number; trainingTexts: number; features: number };
}

function splitSentences(markdown: string): string[] {
  return markdown
    .replace(/\]\([^)]*\)/g, "]")
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((s) => s.replace(/[#*_>`[\]]/g, " ").trim())
    .filter((s) => s.length > 0);
}

function collectTrainingTexts(
  knowledgeBase: KnowledgeBase,
  options: TopicModelOptions,
  labelIndex: ReadonlyMap<string, number>,
): TrainingText[] {
  const texts: TrainingText[] = [];
  const push = (topic: string, text: string, centroidWeight: number, neighbourWeight: number): void => {
    texts.push({ label: labelIndex.get(topic) ?? 0, text, centroidWeight, neighbourWeight });
  };
  for (const spec of topicSpecs) {
    push(spec.id, spec.scope, options.scopeWeight, options.scopeWeight);
    for (const lang of langs) push(spec.id, spec[lang], options.titleWeight, options.titleWeight);
  }
  for (const lang of langs) {
    for (const topic of topicIds) {
      const entry = knowledgeBase.topics[lang][topic];
      push(topic, entry.title, options.titleWeight, options.titleWeight);
      for (const example of entry.examples) push(topic, example, 1, 1);
      // The answer enters the centroid sentence by sentence, which also makes each sentence a weak neighbour
      // without featurising the body twice.
      const sentences = splitSentences(entry.body);
      for (const sentence of sentences) {
        push(topic, sentence, options.bodyWeight / Math.sqrt(sentences.length), options.sentenceWeight);
      }
    }
    // The out-of-scope answer talks about this service, so only its examples teach the class.
    for (const example of knowledgeBase.outOfScope[lang].examples) push(outOfScopeId, example, 1, 1);
  }
  return texts;
}

/** Feature ids and IDF weights, shared by training and classification. */
class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly idf: Float64Array;
  // Dense scratch row reused while building each sparse vector: no per-vector maps to collect.
  private readonly scratch: Float64Array;

  constructor(documents: readonly TextFeatures[]) {
    const df: number[] = [];
    for (const { words, chars } of documents) {
      for (const key of words.keys()) this.count(key, df);
      for (const key of chars.keys()) this.count(key, df);
    }
    const n = documents.length;
    this.idf = Float64Array.from(df, (count) => Math.log((n + 1) / (count + 1)) + 1);
    this.scratch = new Float64Array(df.length);
  }

  private count(key: string, df: number[]): void {
    const id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, df.length);
      df.push(1);
    } else df[id] = (df[id] ?? 0) + 1;
  }

  /** TF-IDF (sublinear tf), each block normalised on its own so long words cannot drown the stems. */
  vector({ words, chars }: TextFeatures, charWeight: number): SparseVector {
    const ids: number[] = [];
    this.addBlock(ids, words, 1);
    this.addBlock(ids, chars, charWeight);
    return this.collect(ids);
  }

  /** Reads the scratch row at `ids` into a unit-length sparse vector and clears it. */
  collect(ids: number[]): SparseVector {
    const sorted = Int32Array.from(ids).sort();
    const values = new Float64Array(sorted.length);
    let squares = 0;
    sorted.forEach((id, i) => {
      const value = this.scratch[id] ?? 0;
      values[i] = value;
      squares += value * value;
      this.scratch[id] = 0;
    });
    const norm = squares > 0 ? Math.sqrt(squares) : 1;
    for (let i = 0; i < values.length; i++) values[i] = (values[i] ?? 0) / norm;
    return { ids: sorted, values };
  }

  /** Adds `weight × vector` into the scratch row, recording new ids. */
  accumulate(ids: number[], vector: SparseVector, weight: number): void {
    vector.ids.forEach((id, i) => {
      if (this.scratch[id] === 0) ids.push(id);
      this.scratch[id] = (this.scratch[id] ?? 0) + weight * (vector.values[i] ?? 0);
    });
  }

  private addBlock(ids: number[], counts: Map<string, number>, weight: number): void {
    const start = ids.length;
    let squares = 0;
    for (const [key, count] of counts) {
      const id = this.ids.get(key);
      // Unknown features cannot match anything; dropping them keeps vectors small.
      if (id === undefined) continue;
      const value = Math.log1p(count) * (this.idf[id] ?? 0);
      this.scratch[id] = value;
      ids.push(id);
      squares += value * value;
    }
    if (squares === 0) return;
    const scale = weight / Math.sqrt(squares);
    for (let i = start; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      this.scratch[id] = (this.scratch[id] ?? 0) * scale;
    }
  }
}

function buildPostings(
  vectors: readonly SparseVector[],
  weights: readonly number[],
  features: number,
): Postings {
  const offsets = new Int32Array(features + 1);
  vectors.forEach((vector, i) => {
    if ((weights[i] ?? 0) > 0) for (const id of vector.ids) offsets[id + 1] = (offsets[id + 1] ?? 0) + 1;
  });
  for (let f = 0; f < features; f++) offsets[f + 1] = (offsets[f + 1] ?? 0) + (offsets[f] ?? 0);
  const total = offsets[features] ?? 0;
  const neighbours = new Int32Array(total);
  const values = new Float64Array(total);
  const fill = offsets.slice(0, features);
  vectors.forEach((vector, i) => {
    if ((weights[i] ?? 0) <= 0) return;
    vector.ids.forEach((id, j) => {
      const at = fill[id] ?? 0;
      neighbours[at] = i;
      values[at] = vector.values[j] ?? 0;
      fill[id] = at + 1;
    });
  });
  return { offsets, neighbours, values };
}

/** Trains the topic recogniser from the knowledge base. Pure, in-process and fast. */
export function buildTopicModel({
  knowledgeBase,
  options: overrides = {},
}: {
  knowledgeBase: KnowledgeBase;
  options?: Partial<TopicModelOptions>;
}): TopicModel {
  const started = performance.now();
  const options = { ...defaultTopicModelOptions, ...overrides };
  const labels: TopicLabel[] = [...topicIds, outOfScopeId];
  const labelIndex = new Map<string, number>(labels.map((label, i) => [label, i]));

  const texts = collectTrainingTexts(knowledgeBase, options, labelIndex);
  const features = texts.map((t) => featuriseText(t.text));
  const vocabulary = new Vocabulary(features);
  const vectors = features.map((f) => vocabulary.vector(f, options.charWeight));
  const featureCount = vocabulary.idf.length;

  const centroids = labels.map((_, label) => {
    const ids: number[] = [];
    texts.forEach((text, i) => {
      if (text.label === label && text.centroidWeight > 0) {
        vocabulary.accumulate(ids, vectors[i] ?? emptyVector, text.centroidWeight);
      }
    });
    return vocabulary.collect(ids);
  });

  const neighbourWeights = Float64Array.from(texts, (t) => t.neighbourWeight);
  const neighbourLabels = Int32Array.from(texts, (t) => t.label);
  const softmax = diskMemo(trainSoftmax, {
    vectors,
    labels: neighbourLabels,
    sampleWeights: neighbourWeights.map((w) => (w >= options.softmaxMinWeight ? w : 0)),
    classes: labels.length,
    features: featureCount,
    options: {
      epochs: options.softmaxEpochs,
      learningRate: options.softmaxLearningRate,
      l2: options.softmaxL2,
      seed: 7,
    },
  });
  return {
    labels,
    options,
    vectorise: (text) => vocabulary.vector(featuriseText(text), options.charWeight),
    centroids,
    neighbourLabels,
    neighbourWeights,
    softmax,
    postings: buildPostings(vectors, [...neighbourWeights], featureCount),
    stats: { buildMs: performance.now() - started, trainingTexts: texts.length, features: featureCount },
  };
}

/** Dot product of two sparse vectors whose ids are sorted. */
function dotSorted(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) sum += (a.values[i++] ?? 0) * (b.values[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Scores of every label for one message, in the order of `model.labels`. */
export function scoreLabels({ model, text }: { model: TopicModel; text: string }): number[] {
  const query = model.vectorise(text);
  if (query.ids.length === 0) return model.labels.map(() => 0);
  if (model.options.softmaxShare >= 1) {
    // The regression alone: no walk over the training texts, which is most of the cost per message.
    const probabilities = new Float64Array(model.labels.length);
    softmaxScores(model.softmax, query, probabilities);
    return Array.from(probabilities);
  }

  const { offsets, neighbours, values } = model.postings;
  const similarities = new Float64Array(model.neighbourLabels.length);
  query.ids.forEach((id, q) => {
    const weight = query.values[q] ?? 0;
    const end = offsets[id + 1] ?? 0;
    for (let at = offsets[id] ?? 0; at < end; at++) {
      const n = neighbours[at] ?? 0;
      similarities[n] = (similarities[n] ?? 0) + weight * (values[at] ?? 0);
    }
  });

  const { centroidShare, nearest, softmaxShare } = model.options;
  const probabilities = new Float64Array(model.labels.length);
  if (softmaxShare > 0) softmaxScores(model.softmax, query, probabilities);
  const best: number[][] = model.labels.map(() => []);
  similarities.forEach((similarity, n) => {
    if (similarity <= 0) return;
    best[model.neighbourLabels[n] ?? 0]?.push(similarity * (model.neighbourWeights[n] ?? 0));
  });
  return model.labels.map((_, label) => {
    const top = (best[label] ?? []).sort((a, b) => b - a).slice(0, nearest);
    const knn = top.reduce((sum, s) => sum + s, 0) / nearest;
    const centroid = dotSorted(query, model.centroids[label] ?? emptyVector);
    const similarity = centroidShare * centroid + (1 - centroidShare) * knn;
    return (1 - softmaxShare) * similarity + softmaxShare * (probabilities[label] ?? 0);
  });
}
