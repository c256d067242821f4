"""Mutants for 01-linear-algebra/03-matrix-operations: realistic wrong answers that must lose points."""

_CHECKS = '''
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square please")
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)) or k < 0:
        raise ValueError("bad k")
'''

MUTANTS = {
    "matrix_power": {
        "elementwise_power": "def matrix_power(A, k):" + _CHECKS + "    return A ** k\n",
        "zeroth_power_is_A": "def matrix_power(A, k):" + _CHECKS + '''
    result = A.copy()
    for _ in range(int(k) - 1):
        result = result @ A
    return result
''',
        "off_by_one": "def matrix_power(A, k):" + _CHECKS + '''
    result = np.eye(A.shape[0], dtype=A.dtype)
    for _ in range(int(k) + 1):
        result = result @ A
    return result if k > 0 else np.eye(A.shape[0], dtype=A.dtype)
''',
        "float_identity": "def matrix_power(A, k):" + _CHECKS + '''
    result = np.eye(A.shape[0])
    base = A.copy()
    while k > 0:
        if k & 1:
            result = result @ base
        k >>= 1
        base = base @ base
    return result
''',
        "transposed": "def matrix_power(A, k):" + _CHECKS + '''
    result = np.eye(A.shape[0], dtype=A.dtype)
    for _ in range(int(k)):
        result = result @ A.T
    return result
''',
        "squaring_bug_no_result_update": "def matrix_power(A, k):" + _CHECKS + '''
    result = np.eye(A.shape[0], dtype=A.dtype)
    base = A.copy()
    while k > 0:
        if k & 1:
            result = base
        k >>= 1
        base = base @ base
    return result
''',
        "no_k_validation": '''
def matrix_power(A, k):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square please")
    result = np.eye(A.shape[0], dtype=A.dtype)
    for _ in range(int(k)):
        result = result @ A
    return result
''',
        "modifies_input": '''
def matrix_power(A, k):
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square please")
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)) or k < 0:
        raise ValueError("bad k")
    result = np.eye(A.shape[0], dtype=A.dtype)
    while k > 0:
        if k & 1:
            result = result @ A
        k >>= 1
        A[...] = A @ A
    return result
''',
        "library_shortcut": "def matrix_power(A, k):" + _CHECKS + "    return np.linalg.matrix_power(A, k)\n",
    },
    "trace_of_product": {
        "no_transpose": '''
def trace_of_product(A, B):
    A = np.asarray(A); B = np.asarray(B)
    if A.ndim != 2 or B.ndim != 2 or A.shape != B.shape[::-1]:
        raise ValueError("bad shapes")
    return np.sum(A * B) if A.shape == B.shape else np.sum(A.T * B)
''',
        "sum_of_all_entries": '''
def trace_of_product(A, B):
    A = np.asarray(A); B = np.asarray(B)
    if A.ndim != 2 or B.ndim != 2 or A.shape != B.shape[::-1]:
        raise ValueError("bad shapes")
    return np.sum(A @ B)
''',
        "product_of_traces": '''
def trace_of_product(A, B):
    A = np.asarray(A); B = np.asarray(B)
    if A.ndim != 2 or B.ndim != 2 or A.shape != B.shape[::-1]:
        raise ValueError("bad shapes")
    return np.sum(A[np.arange(min(A.shape)), np.arange(min(A.shape))]) * np.sum(B[np.arange(min(B.shape)), np.arange(min(B.shape))])
''',
        "no_shape_check": '''
def trace_of_product(A, B):
    A = np.asarray(A); B = np.asarray(B)
    return np.sum(A * B.T)
''',
        "library_trace": '''
def trace_of_product(A, B):
    A = np.asarray(A); B = np.asarray(B)
    if A.ndim != 2 or B.ndim != 2 or A.shape != B.shape[::-1]:
        raise ValueError("bad shapes")
    return np.trace(A @ B)
''',
        "only_square_part": '''
def trace_of_product(A, B):
    A = np.asarray(A); B = np.asarray(B)
    if A.ndim != 2 or B.ndim != 2 or A.shape != B.shape[::-1]:
        raise ValueError("bad shapes")
    r = min(A.shape)
    return np.sum(A[:r, :r] * B[:r, :r].T)
''',
    },
    "has_orthonormal_columns": {
        "wrong_product": '''
def has_orthonormal_columns(Q, tol=1e-10):
    Q = np.asarray(Q, dtype=float)
    if Q.ndim != 2:
        raise ValueError("2-D please")
    return bool(np.max(np.abs(Q @ Q.T - np.eye(Q.shape[0]))) <= tol)
''',
        "only_unit_lengths": '''
def has_orthonormal_columns(Q, tol=1e-10):
    Q = np.asarray(Q, dtype=float)
    if Q.ndim != 2:
        raise ValueError("2-D please")
    return bool(np.all(np.abs(np.sum(Q * Q, axis=0) - 1) <= tol))
''',
        "only_orthogonality": '''
def has_orthonormal_columns(Q, tol=1e-10):
    Q = np.asarray(Q, dtype=float)
    if Q.ndim != 2:
        raise ValueError("2-D please")
    G = Q.T @ Q
    return bool(np.all(np.abs(G - np.diag(np.diag(G))) <= tol))
''',
        "allclose_default": '''
def has_orthonormal_columns(Q, tol=1e-10):
    Q = np.asarray(Q, dtype=float)
    if Q.ndim != 2:
        raise ValueError("2-D please")
    return bool(np.allclose(Q.T @ Q, np.eye(Q.shape[1])))
''',
        "rows_instead_of_columns": '''
def has_orthonormal_columns(Q, tol=1e-10):
    Q = np.asarray(Q, dtype=float)
    if Q.ndim != 2:
        raise ValueError("2-D please")
    if Q.shape[0] > Q.shape[1]:
        return False
    return bool(np.max(np.abs(Q @ Q.T - np.eye(Q.shape[0]))) <= tol)
''',
        "no_ndim_check": '''
def has_orthonormal_columns(Q, tol=1e-10):
    Q = np.atleast_2d(np.asarray(Q, dtype=float))
    return bool(np.max(np.abs(Q.T @ Q - np.eye(Q.shape[1]))) <= tol)
''',
    },
}
