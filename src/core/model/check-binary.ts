/** Throws unless labels and predictions have the same non-zero length and labels are 0 or 1. */
export function checkBinary(
  name: string,
  yTrue: ArrayLike<number>,
  predicted: ArrayLike<number>,
): void {
  if (yTrue.length !== predicted.length) {
    throw new RangeError(`${name}: ${yTrue.length} labels but ${predicted.length} predictions`);
  }
  if (yTrue.length === 0) throw new RangeError(`${name}: no samples`);
  for (let i = 0; i < yTrue.length; i++) {
    const v = yTrue[i];
    if (v !== 0 && v !== 1) throw new RangeError(`${name}: label ${i} is ${v}, expected 0 or 1`);
  }
}
