export { toMatrix, matrixFromRows, matrixRow, type Matrix } from './matrix.js';
export {
  fitStandardScaler,
  fillMissingWithMean,
  applyScaler,
  type Scaler,
} from './standard-scaler.js';
export { sigmoid, logSigmoid, softplus } from './sigmoid.js';
export {
  fitLogisticRegression,
  resolveLogisticParams,
  type LogisticFit,
  type LogisticRegressionOptions,
  type LogisticRegressionParams,
  type Penalty,
} from './logistic-regression.js';
export type { ClassWeight } from './sample-weights.js';
export type { StopReason } from './solver-types.js';
export {
  createLogisticModel,
  decisionFunction,
  decisionFunctionMany,
  predictProba,
  predictProbaMany,
  type LogisticModel,
} from './logistic-model.js';
export { accuracy, confusionMatrix, type ConfusionMatrix } from './confusion-matrix.js';
export { rocAuc } from './roc-auc.js';
export { logLoss, brierScore, LOG_LOSS_EPS } from './probability-scores.js';
export { calibrationTable, type CalibrationBin } from './calibration-table.js';
export { fitIsotonic, applyIsotonic, type IsotonicMap } from './isotonic-regression.js';
export { describeCoefficients, type NamedCoefficient } from './describe-coefficients.js';
export { hashFeatureNames } from './feature-hash.js';
export { MODEL_SCHEMA_VERSION, type ModelJson } from './model-json-schema.js';
export {
  toModelJson,
  fromModelJson,
  type ParsedModelJson,
  type ModelMeta,
  type ModelTraining,
} from './model-json.js';
export { embeddedWasmModule, roundUp16 } from './wasm-module.js';
