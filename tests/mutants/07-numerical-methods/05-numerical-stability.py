"""Mutants for 07-numerical-methods/05-numerical-stability: unstable or mis-axed implementations."""

MUTANTS = {
    "logsumexp": {
        "no_max_shift": '''
def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    return np.log(np.sum(np.exp(z), axis=axis))
''',
        "global_max_shift": '''
def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    m = np.max(z)
    return m + np.log(np.sum(np.exp(z - m), axis=axis))
''',
        "missing_keepdims": '''
def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=axis)
    return m + np.log(np.sum(np.exp(z - m), axis=axis))
''',
        "clipped_exponent": '''
def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    return np.log(np.sum(np.exp(np.clip(z, -700.0, 700.0)), axis=axis))
''',
        "wrong_axis_hardcoded": '''
def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    return np.squeeze(m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True)), axis=-1)[()]
''',
        "keeps_reduced_axis": '''
def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))
''',
        "shift_by_mean": '''
def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    m = np.mean(z, axis=axis, keepdims=True)
    return np.squeeze(m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True)), axis=axis)[()]
''',
        "max_only_forgets_log_sum": '''
def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    return np.max(z, axis=axis)
''',
        "loop_over_rows": '''
def logsumexp(z, axis=-1):
    z = np.moveaxis(np.asarray(z, dtype=float), axis, -1)
    flat = z.reshape(-1, z.shape[-1])
    out = np.array([r.max() + np.log(np.sum(np.exp(r - r.max()))) for r in flat])
    return out.reshape(z.shape[:-1])[()]
''',
        "scipy_shortcut": '''
def logsumexp(z, axis=-1):
    import scipy.special
    return scipy.special.logsumexp(z, axis=axis)
''',
    },
    "softmax": {
        "no_max_shift": '''
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z)
    return e / np.sum(e, axis=axis, keepdims=True)
''',
        "global_max_shift": '''
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))
    return e / np.sum(e, axis=axis, keepdims=True)
''',
        "missing_keepdims": '''
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=axis))
    return e / np.sum(e, axis=axis)
''',
        "normalise_along_axis_0": '''
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)
''',
        "normalise_over_whole_array": '''
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e)
''',
        "clipped_exponent": '''
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(np.clip(z, -700.0, 700.0))
    return e / np.sum(e, axis=axis, keepdims=True)
''',
        "max_over_wrong_axis": '''
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)
''',
        "exp_of_log_softmax_with_global_lse": '''
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    m = np.max(z)
    return np.exp(z - m - np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True)))
''',
        "loop_over_rows": '''
def softmax(z, axis=-1):
    z = np.moveaxis(np.asarray(z, dtype=float), axis, -1)
    out = np.empty_like(z)
    for idx in np.ndindex(z.shape[:-1]):
        e = np.exp(z[idx] - z[idx].max())
        out[idx] = e / e.sum()
    return np.moveaxis(out, -1, axis)
''',
        "scipy_shortcut": '''
def softmax(z, axis=-1):
    import scipy.special
    return scipy.special.softmax(z, axis=axis)
''',
    },
}
