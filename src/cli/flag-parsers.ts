import { InvalidArgumentError } from 'commander';

/** A commander parser for a whole number in [min, max]. */
export const intFlag = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}.`);
  }
  return n;
};

/** A commander parser for a positive number. */
export const positiveFlag = (value: string) => {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('must be a positive number.');
  return n;
};
