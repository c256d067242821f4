"""Mutants for 01-linear-algebra/01-scalars-vectors-matrices: realistic wrong answers that must lose points."""

MUTANTS = {
    "is_symmetric": {
        "exact_equality": '''
def is_symmetric(A, tol=1e-10):
    A = np.asarray(A)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    if A.shape[0] != A.shape[1]:
        return False
    return bool(np.all(A == A.T))
''',
        "allclose_default_rtol": '''
def is_symmetric(A, tol=1e-10):
    A = np.asarray(A)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    if A.shape[0] != A.shape[1]:
        return False
    return bool(np.allclose(A, A.T, atol=tol))
''',
        "no_square_check": '''
def is_symmetric(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    return bool(np.all(np.abs(A - A.T) <= tol))
''',
        "relative_tolerance": '''
def is_symmetric(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    if A.shape[0] != A.shape[1]:
        return False
    scale = np.abs(A).max() if A.size else 1.0
    return bool(np.all(np.abs(A - A.T) <= tol * max(scale, 1.0)))
''',
        "norm_of_difference": '''
def is_symmetric(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    if A.shape[0] != A.shape[1]:
        return False
    return bool(np.linalg.norm(A - A.T) <= tol)
''',
        "no_ndim_check": '''
def is_symmetric(A, tol=1e-10):
    A = np.atleast_2d(np.asarray(A, dtype=float))
    if A.shape[0] != A.shape[-1]:
        return False
    return bool(np.all(np.abs(A - np.swapaxes(A, 0, -1)) <= tol))
''',
        "compares_rows_to_rows": '''
def is_symmetric(A, tol=1e-10):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    if A.shape[0] != A.shape[1]:
        return False
    return bool(np.all(np.abs(A[0] - A[:, 0]) <= tol))
''',
    },
    "sym_skew_split": {
        "missing_half": '''
def sym_skew_split(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square please")
    return A + A.T, A - A.T
''',
        "skew_sign_flipped": '''
def sym_skew_split(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square please")
    return (A + A.T) / 2, (A.T - A) / 2
''',
        "swapped_order": '''
def sym_skew_split(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square please")
    return (A - A.T) / 2, (A + A.T) / 2
''',
        "integer_division": '''
def sym_skew_split(A):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square please")
    return (A + A.T) // 2, (A - A.T) // 2
''',
        "no_square_check": '''
def sym_skew_split(A):
    A = np.asarray(A, dtype=float)
    return (A + A.T) / 2, (A - A.T) / 2
''',
        "upper_triangle_copy": '''
def sym_skew_split(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square please")
    U = np.triu(A)
    S = U + np.triu(A, 1).T
    return S, A - S
''',
    },
    "flatten_images": {
        "column_major": '''
def flatten_images(images):
    images = np.asarray(images)
    if images.ndim != 3:
        raise ValueError("need (n, h, w)")
    n = images.shape[0]
    return np.array([im.flatten(order="F") for im in images]).reshape(n, -1)
''',
        "wrong_reshape_order": '''
def flatten_images(images):
    images = np.asarray(images)
    if images.ndim != 3:
        raise ValueError("need (n, h, w)")
    n, h, w = images.shape
    return images.reshape(h * w, n).T.copy()
''',
        "returns_view": '''
def flatten_images(images):
    images = np.asarray(images)
    if images.ndim != 3:
        raise ValueError("need (n, h, w)")
    return images.reshape(images.shape[0], -1)
''',
        "transposed_output": '''
def flatten_images(images):
    images = np.asarray(images)
    if images.ndim != 3:
        raise ValueError("need (n, h, w)")
    return images.reshape(images.shape[0], -1).T.copy()
''',
        "casts_to_float": '''
def flatten_images(images):
    images = np.asarray(images, dtype=float)
    if images.ndim != 3:
        raise ValueError("need (n, h, w)")
    return images.reshape(images.shape[0], -1)
''',
        "no_ndim_check": '''
def flatten_images(images):
    images = np.asarray(images)
    return images.reshape(images.shape[0], -1).copy()
''',
    },
}
