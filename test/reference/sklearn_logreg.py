#!/usr/bin/python3
"""Reference fits with scikit-learn for the logistic-regression tests and benchmark.

Usage: /usr/bin/python3 sklearn_logreg.py INPUT.json

INPUT.json: {"x": [[...], ...], "y": [0/1, ...], "sampleWeight": [...] (optional),
             "repeat": int (optional, timed fits per case after one warm-up),
             "cases": [{"name", "penalty", "C", "solver", "tol", "maxIter",
                        "classWeight": null | "balanced" | {"0": w0, "1": w1},
                        "useSampleWeight": bool, "l1Ratio": float | null}]}

X is standardized with StandardScaler first. Prints one JSON object with the scaler, and per case
the coefficients, intercept, the primal objective recomputed in numpy
(penalty(w) + C * sum(s_i * log(1 + exp(-y~_i (x_i.w + b))))), training accuracy, n_iter and,
with "repeat", the wall-clock and CPU (all threads) fit times in seconds.
"""
import json
import sys
import time
import warnings

try:
    import numpy as np
    import sklearn
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
except ImportError as error:  # the TypeScript test turns this into an actionable failure
    print(json.dumps({"error": "import", "detail": str(error)}))
    sys.exit(3)


def combined_weights(y, sample_weight, class_weight):
    """s_i = sample weight x class weight, as sklearn applies them for a binary problem."""
    s = np.ones_like(y, dtype=float) if sample_weight is None else np.asarray(sample_weight, float)
    if class_weight == "balanced":
        n = len(y)
        w = {0: n / (2 * np.sum(y == 0)), 1: n / (2 * np.sum(y == 1))}
    elif isinstance(class_weight, dict):
        w = {0: float(class_weight[0]), 1: float(class_weight[1])}
    else:
        return s
    return s * np.where(y == 1, w[1], w[0])


def primal_objective(coef, intercept, x, y, s, case):
    """sklearn's documented objective, evaluated with a stable log(1 + exp(.))."""
    z = x @ coef + intercept
    loss = np.sum(s * (np.logaddexp(0.0, z) - y * z))
    c = case["C"]
    penalty = case["penalty"]
    if penalty == "l2":
        reg = 0.5 * coef @ coef
    elif penalty == "l1":
        reg = np.sum(np.abs(coef))
    elif penalty == "elasticnet":
        r = case["l1Ratio"]
        reg = 0.5 * (1 - r) * coef @ coef + r * np.sum(np.abs(coef))
    else:
        reg = 0.0
    return float(reg + c * loss)


def run_case(case, x, y, sample_weight, repeat):
    class_weight = case.get("classWeight")
    if isinstance(class_weight, dict):
        class_weight = {int(k): v for k, v in class_weight.items()}
    sw = sample_weight if case.get("useSampleWeight") else None
    penalty = case["penalty"]
    kwargs = dict(
        penalty=None if penalty == "none" else penalty,
        C=case["C"],
        solver=case.get("solver", "lbfgs"),
        tol=case.get("tol", 1e-4),
        max_iter=case.get("maxIter", 100),
        class_weight=class_weight,
    )
    if penalty == "elasticnet":
        kwargs["l1_ratio"] = case["l1Ratio"]
    if kwargs["solver"] == "saga":
        kwargs["random_state"] = 0
    times = []
    cpu_times = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConvergenceWarning)
        model = LogisticRegression(**kwargs).fit(x, y, sample_weight=sw)
        for _ in range(repeat):
            start, cpu_start = time.perf_counter(), time.process_time()
            LogisticRegression(**kwargs).fit(x, y, sample_weight=sw)
            times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu_start)
    coef = model.coef_[0]
    intercept = float(model.intercept_[0])
    s = combined_weights(y, sw, class_weight)
    return {
        "name": case["name"],
        "coef": coef.tolist(),
        "intercept": intercept,
        "objective": primal_objective(coef, intercept, x, y, s, case),
        "accuracy": float(model.score(x, y)),
        "nIter": int(np.max(model.n_iter_)),
        "nonZero": int(np.count_nonzero(coef)),
        "converged": not any(issubclass(w.category, ConvergenceWarning) for w in caught),
        "fitSeconds": times,
        "fitCpuSeconds": cpu_times,
    }


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        spec = json.load(handle)
    x_raw = np.asarray(spec["x"], dtype=float)
    y = np.asarray(spec["y"], dtype=float)
    scaler = StandardScaler().fit(x_raw)
    x = scaler.transform(x_raw)
    sample_weight = spec.get("sampleWeight")
    if sample_weight is not None:
        sample_weight = np.asarray(sample_weight, dtype=float)
    repeat = int(spec.get("repeat", 0))
    print(
        json.dumps(
            {
                "sklearnVersion": sklearn.__version__,
                "scaler": {"mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist()},
                "cases": [run_case(c, x, y, sample_weight, repeat) for c in spec["cases"]],
            }
        )
    )


if __name__ == "__main__":
    main()
