"""Mutants for 08-ml-math-case-studies/04-pca-from-scratch: realistic wrong answers that must lose points."""

_CHECKS = '''
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    n, d = X.shape
    if n < 2:
        raise ValueError("need 2 samples")
    if not 1 <= k <= d:
        raise ValueError("bad k")
'''


def _pca(body: str) -> str:
    return "def pca(X, k):" + _CHECKS + body


MUTANTS = {
    "pca": {
        "no_centring": _pca('''
    C = (X.T @ X) / (n - 1)
    evals, evecs = np.linalg.eigh(C)
    order = np.argsort(evals)[::-1][:k]
    comps = evecs[:, order].T
    return comps, np.maximum(evals[order], 0.0), X @ comps.T
'''),
        "n_denominator": _pca('''
    Xc = X - X.mean(axis=0)
    C = (Xc.T @ Xc) / n
    evals, evecs = np.linalg.eigh(C)
    order = np.argsort(evals)[::-1][:k]
    comps = evecs[:, order].T
    return comps, np.maximum(evals[order], 0.0), Xc @ comps.T
'''),
        "ascending_order": _pca('''
    Xc = X - X.mean(axis=0)
    C = (Xc.T @ Xc) / (n - 1)
    evals, evecs = np.linalg.eigh(C)
    comps = evecs[:, :k].T
    return comps, np.maximum(evals[:k], 0.0), Xc @ comps.T
'''),
        "columns_instead_of_rows": _pca('''
    Xc = X - X.mean(axis=0)
    C = (Xc.T @ Xc) / (n - 1)
    evals, evecs = np.linalg.eigh(C)
    order = np.argsort(evals)[::-1][:k]
    comps = evecs[:, order]
    return comps, np.maximum(evals[order], 0.0), Xc @ comps
'''),
        "eigenvectors_not_transposed": _pca('''
    Xc = X - X.mean(axis=0)
    C = (Xc.T @ Xc) / (n - 1)
    evals, evecs = np.linalg.eigh(C)
    order = np.argsort(evals)[::-1][:k]
    comps = evecs[order]
    return comps, np.maximum(evals[order], 0.0), Xc @ comps.T
'''),
        "project_uncentred_data": _pca('''
    Xc = X - X.mean(axis=0)
    C = (Xc.T @ Xc) / (n - 1)
    evals, evecs = np.linalg.eigh(C)
    order = np.argsort(evals)[::-1][:k]
    comps = evecs[:, order].T
    return comps, np.maximum(evals[order], 0.0), X @ comps.T
'''),
        "correlation_pca_standardised": _pca('''
    sd = X.std(axis=0, ddof=1)
    Xc = (X - X.mean(axis=0)) / np.where(sd > 0, sd, 1.0)
    C = (Xc.T @ Xc) / (n - 1)
    evals, evecs = np.linalg.eigh(C)
    order = np.argsort(evals)[::-1][:k]
    comps = evecs[:, order].T
    return comps, np.maximum(evals[order], 0.0), Xc @ comps.T
'''),
        "no_clipping_of_negative_eigenvalues": _pca('''
    Xc = X - X.mean(axis=0)
    C = (Xc.T @ Xc) / (n - 1)
    evals, evecs = np.linalg.eigh(C)
    order = np.argsort(evals)[::-1][:k]
    comps = evecs[:, order].T
    return comps, evals[order], Xc @ comps.T
'''),
        "explained_variance_ratio": _pca('''
    Xc = X - X.mean(axis=0)
    C = (Xc.T @ Xc) / (n - 1)
    evals, evecs = np.linalg.eigh(C)
    order = np.argsort(evals)[::-1][:k]
    comps = evecs[:, order].T
    return comps, np.maximum(evals[order], 0.0) / evals.sum(), Xc @ comps.T
'''),
        "in_place_centring": '''
def pca(X, k):
    n, d = X.shape
    if X.ndim != 2 or n < 2 or not 1 <= k <= d:
        raise ValueError("bad input")
    X -= X.mean(axis=0)
    C = (X.T @ X) / (n - 1)
    evals, evecs = np.linalg.eigh(C)
    order = np.argsort(evals)[::-1][:k]
    comps = evecs[:, order].T
    return comps, np.maximum(evals[order], 0.0), X @ comps.T
''',
        "svd_shortcut": _pca('''
    Xc = X - X.mean(axis=0)
    U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    ev = np.zeros(d); ev[:S.size] = S ** 2 / (n - 1)
    return Vt[:k], ev[:k], Xc @ Vt[:k].T
'''),
        "sklearn_shortcut": '''
def pca(X, k):
    from sklearn.decomposition import PCA
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2 or not 1 <= k <= X.shape[1]:
        raise ValueError("bad input")
    p = PCA(n_components=k).fit(X)
    return p.components_, p.explained_variance_, p.transform(X)
''',
        "no_input_validation": '''
def pca(X, k):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    C = (Xc.T @ Xc) / (n - 1)
    evals, evecs = np.linalg.eigh(C)
    order = np.argsort(evals)[::-1][:k]
    comps = evecs[:, order].T
    return comps, np.maximum(evals[order], 0.0), Xc @ comps.T
''',
        "unsorted_eig": _pca('''
    Xc = X - X.mean(axis=0)
    C = (Xc.T @ Xc) / (n - 1)
    evals, evecs = np.linalg.eig(C)
    evals, evecs = evals.real, evecs.real
    comps = evecs[:, :k].T
    return comps, np.maximum(evals[:k], 0.0), Xc @ comps.T
'''),
    },
}
