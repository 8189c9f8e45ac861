/** A sparse vector: feature ids in ascending order and their values. */
export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

export const emptyVector: SparseVector = { ids: new Int32Array(0), values: new Float64Array(0) };
