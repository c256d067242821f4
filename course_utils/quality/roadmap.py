"""The learning path, as data; ``roadmap.md`` is rendered from it (a test keeps the two in sync).

Regenerate after adding a notebook: ``python -m course_utils.quality.roadmap > roadmap.md``.
"""
from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# (weeks, unit folder, unit title, what it is for, [(file stem, topic title), ...])
PLAN = [
    ("1", "00-prerequisites", "Prerequisites",
     "Python and NumPy as the language of the course: loops vs vectorised code, broadcasting, notation.",
     [("01-python-for-math", "Python for math"),
      ("02-numpy-basics", "NumPy basics: arrays, vectorisation, broadcasting"),
      ("03-math-notation-and-plotting", "Math notation and plotting")]),
    ("2–4", "01-linear-algebra", "Linear algebra",
     "Data are matrices, models are linear maps, PCA is an eigenproblem.",
     [("01-scalars-vectors-matrices", "Scalars, vectors and matrices"),
      ("02-vector-operations", "Vector operations: dot product, norms, angles, cosine similarity"),
      ("03-matrix-operations", "Matrix operations"),
      ("04-linear-combinations", "Linear combinations"),
      ("05-span-basis-dimension", "Span, basis and dimension"),
      ("06-linear-independence", "Linear independence"),
      ("07-matrix-rank", "Matrix rank by row reduction"),
      ("08-determinant", "Determinant: elimination and geometric meaning"),
      ("09-inverse-matrix", "Inverse matrix: Gauss–Jordan, solving with partial pivoting"),
      ("10-eigenvalues-and-eigenvectors", "Eigenvalues and eigenvectors: power iteration"),
      ("11-diagonalization", "Diagonalization"),
      ("12-positive-definite-matrices", "Positive definite matrices: Cholesky"),
      ("13-singular-value-decomposition", "Singular value decomposition and low-rank approximation"),
      ("14-projections-and-orthogonality", "Projections and orthogonality: Gram–Schmidt"),
      ("15-linear-algebra-in-ml", "Linear algebra in ML: least squares, embeddings, PCA preview")]),
    ("5–6", "02-calculus", "Calculus",
     "Models learn by following gradients: derive them, compute them numerically, check one against the other.",
     [("01-functions-and-limits", "Functions and limits"),
      ("02-derivatives-basics", "Derivatives: finite differences and their error"),
      ("03-rules-of-differentiation", "Rules of differentiation"),
      ("04-partial-derivatives", "Partial derivatives"),
      ("05-gradients", "Gradients: numerical_gradient"),
      ("06-chain-rule", "The chain rule"),
      ("07-multivariable-functions", "Multivariable functions and Jacobians"),
      ("08-hessian-matrix", "The Hessian matrix"),
      ("09-taylor-series", "Taylor series"),
      ("10-integrals-overview", "Integrals: trapezoid and Simpson rules"),
      ("11-calculus-in-ml", "Calculus in ML: backpropagation and gradient checking")]),
    ("7–8", "03-probability", "Probability",
     "Likelihoods, priors and the distributions behind every probabilistic model.",
     [("01-probability-basics", "Probability basics"),
      ("02-random-variables", "Random variables"),
      ("03-probability-distributions", "Probability distributions"),
      ("04-expected-value-and-variance", "Expected value and variance"),
      ("05-joint-and-conditional-probability", "Joint and conditional probability"),
      ("06-bayes-theorem", "Bayes' theorem"),
      ("07-common-distributions", "Common distributions"),
      ("08-law-of-large-numbers", "The law of large numbers"),
      ("09-central-limit-theorem", "The central limit theorem"),
      ("10-probability-in-ml", "Probability in ML: naive Bayes and maximum likelihood")]),
    ("9–10", "04-statistics", "Statistics",
     "Estimators, tests, intervals, and the bias–variance trade-off behind model selection.",
     [("01-descriptive-statistics", "Descriptive statistics"),
      ("02-sampling-methods", "Sampling methods"),
      ("03-parameter-estimation", "Parameter estimation: MLE and method of moments"),
      ("04-hypothesis-testing", "Hypothesis testing: Welch's t-test"),
      ("05-confidence-intervals", "Confidence intervals: analytic and bootstrap"),
      ("06-correlation-vs-covariance", "Correlation vs covariance"),
      ("07-bias-variance-tradeoff", "The bias–variance trade-off"),
      ("08-statistics-in-ml", "Statistics in ML: train/test estimates and cross-validation")]),
    ("11–12", "05-optimization", "Optimization",
     "How models improve: gradient descent and its descendants, and what regularisation does.",
     [("01-optimization-intuition", "Optimization intuition"),
      ("02-convex-vs-non-convex", "Convex vs non-convex"),
      ("03-loss-functions", "Loss functions"),
      ("04-gradient-descent", "Gradient descent"),
      ("05-stochastic-gradient-descent", "Stochastic gradient descent"),
      ("06-momentum-rmsprop-adam", "Momentum, RMSProp and Adam"),
      ("07-learning-rate-strategies", "Learning-rate strategies"),
      ("08-regularization", "Regularization: L1, L2 and ridge"),
      ("09-optimization-in-ml", "Optimization in ML")]),
    ("13", "06-information-theory", "Information theory",
     "What models optimise: entropy, cross-entropy and KL divergence.",
     [("01-entropy", "Entropy"),
      ("02-cross-entropy", "Cross-entropy"),
      ("03-kl-divergence", "KL divergence"),
      ("04-mutual-information", "Mutual information"),
      ("05-information-theory-in-ml", "Information theory in ML")]),
    ("14", "07-numerical-methods", "Numerical methods",
     "Why naive code silently breaks: overflow, cancellation, ill-conditioning, and the fixes.",
     [("01-floating-point-errors", "Floating-point errors: cancellation and compensated summation"),
      ("02-numerical-differentiation", "Numerical differentiation: the U-shaped error curve"),
      ("03-numerical-integration", "Numerical integration"),
      ("04-matrix-conditioning", "Matrix conditioning"),
      ("05-numerical-stability", "Numerical stability: logsumexp and softmax")]),
    ("15–16", "08-ml-math-case-studies", "ML math case studies",
     "All the math meets real models, implemented from scratch and compared with scikit-learn.",
     [("01-linear-regression-from-scratch", "Linear regression from scratch"),
      ("02-logistic-regression-from-scratch", "Logistic regression from scratch"),
      ("03-gradient-descent-visualization", "Gradient descent visualization"),
      ("04-pca-from-scratch", "PCA from scratch"),
      ("05-neural-network-math", "Neural network math: a two-layer network by hand")]),
]

LATER = [
    "09 · ML fundamentals (k-NN, trees, SVMs, model selection)",
    "10 · Deep learning (layers, backprop, initialisation, normalisation, optimisers)",
    "11 · Computer vision (convolutions, pooling, CNNs on bundled images)",
    "12 · Projects",
]


def render(repo: Path = REPO) -> str:
    lines = [
        "# Roadmap",
        "",
        "The learning path, week by week. Each topic is one notebook; work through `release/` in this",
        "order (the solutions are in `source/`). A unit is one graded nbgrader assignment.",
        "Topics marked *in preparation* are planned and not yet published.",
        "",
    ]
    for weeks, unit, title, why, topics in PLAN:
        lines += [f"## Week {weeks} · {unit[:2]} {title}", "", why, ""]
        for stem, topic in topics:
            rel = f"release/{unit}/{stem}.ipynb"
            if (repo / "source" / unit / f"{stem}.ipynb").exists():
                lines.append(f"- [{stem[:2]} · {topic}]({rel})")
            else:
                lines.append(f"- {stem[:2]} · {topic} — *in preparation*")
        lines.append("")
    lines += ["## Later units", ""] + [f"- {item} — *planned*" for item in LATER] + [""]
    return "\n".join(lines)


def planned_paths() -> set[str]:
    return {f"{unit}/{stem}" for _, unit, _, _, topics in PLAN for stem, _ in topics}


if __name__ == "__main__":  # pragma: no cover
    print(render(), end="")
