/**
 * A dense row-major matrix: row i occupies `data[i * nCols .. (i + 1) * nCols)`. One flat
 * Float64Array keeps rows contiguous, which is what the fitting and scoring loops stream over.
 */
export interface Matrix {
  readonly data: Float64Array;
  readonly nRows: number;
  readonly nCols: number;
}

/** Wraps a flat row-major array as a matrix (no copy); throws if the length does not fit. */
export function toMatrix(data: Float64Array, nRows: number, nCols: number): Matrix {
  if (!Number.isSafeInteger(nRows) || !Number.isSafeInteger(nCols) || nRows < 0 || nCols < 0) {
    throw new RangeError(`matrix shape must be non-negative integers, got ${nRows}×${nCols}`);
  }
  if (data.length !== nRows * nCols) {
    throw new RangeError(`matrix data has ${data.length} values, expected ${nRows}×${nCols}`);
  }
  return { data, nRows, nCols };
}

/** Copies equal-length rows into a new row-major matrix; `nCols` is needed only for zero rows. */
export function matrixFromRows(rows: readonly ArrayLike<number>[], nCols?: number): Matrix {
  const cols = rows[0]?.length ?? nCols ?? 0;
  const data = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => {
    if (row.length !== cols) {
      throw new RangeError(`row ${i} has ${row.length} values, expected ${cols}`);
    }
    for (let j = 0; j < cols; j++) data[i * cols + j] = row[j]!;
  });
  return { data, nRows: rows.length, nCols: cols };
}

/** A view (no copy) of row `i`. */
export function matrixRow(matrix: Matrix, i: number): Float64Array {
  return matrix.data.subarray(i * matrix.nCols, (i + 1) * matrix.nCols);
}
