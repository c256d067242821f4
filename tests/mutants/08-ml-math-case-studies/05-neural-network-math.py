"""Mutants for 08-ml-math-case-studies/05-neural-network-math."""

_CE_HEAD = '''
def softmax_cross_entropy(scores, y):
    S = np.asarray(scores, dtype=float)
    y = np.asarray(y)
    if S.ndim != 2 or S.shape[0] < 1:
        raise ValueError("bad scores")
    n, K = S.shape
    if y.shape != (n,) or y.dtype.kind not in "iu" or y.min() < 0 or y.max() >= K:
        raise ValueError("bad labels")
    rows = np.arange(n)
'''

_NET_HEAD = '''
def two_layer_loss_and_grads(params, X, y, reg=0.0):
    X = np.asarray(X, dtype=float)
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, 0.0)
    S = H @ W2 + b2
    loss, dS = softmax_cross_entropy(S, y)
    loss += 0.5 * reg * (float(np.sum(W1 * W1)) + float(np.sum(W2 * W2)))
'''

MUTANTS = {
    "softmax_cross_entropy": {
        "no_max_shift": _CE_HEAD + '''
    E = np.exp(S)
    P = E / E.sum(axis=1, keepdims=True)
    loss = float(np.mean(np.log(E.sum(axis=1)) - S[rows, y]))
    P[rows, y] -= 1.0
    return loss, P / n
''',
        "global_max_shift": _CE_HEAD + '''
    sh = S - S.max()
    lse = np.log(np.sum(np.exp(sh), axis=1))
    loss = float(np.mean(lse - sh[rows, y]))
    P = np.exp(sh - lse[:, None])
    P[rows, y] -= 1.0
    return loss, P / n
''',
        "gradient_missing_one_over_n": _CE_HEAD + '''
    sh = S - S.max(axis=1, keepdims=True)
    lse = np.log(np.sum(np.exp(sh), axis=1))
    loss = float(np.mean(lse - sh[rows, y]))
    P = np.exp(sh - lse[:, None])
    P[rows, y] -= 1.0
    return loss, P
''',
        "sum_instead_of_mean": _CE_HEAD + '''
    sh = S - S.max(axis=1, keepdims=True)
    lse = np.log(np.sum(np.exp(sh), axis=1))
    loss = float(np.sum(lse - sh[rows, y]))
    P = np.exp(sh - lse[:, None])
    P[rows, y] -= 1.0
    return loss, P
''',
        "forgot_to_subtract_onehot": _CE_HEAD + '''
    sh = S - S.max(axis=1, keepdims=True)
    lse = np.log(np.sum(np.exp(sh), axis=1))
    loss = float(np.mean(lse - sh[rows, y]))
    return loss, np.exp(sh - lse[:, None]) / n
''',
        "onehot_fancy_index_bug": _CE_HEAD + '''
    sh = S - S.max(axis=1, keepdims=True)
    lse = np.log(np.sum(np.exp(sh), axis=1))
    loss = float(np.mean(lse - sh[rows, y]))
    P = np.exp(sh - lse[:, None])
    P[:, y] -= 1.0
    return loss, P / n
''',
        "clipped_log_probability": _CE_HEAD + '''
    sh = S - S.max(axis=1, keepdims=True)
    P = np.exp(sh) / np.exp(sh).sum(axis=1, keepdims=True)
    loss = float(np.mean(-np.log(np.clip(P[rows, y], 1e-15, 1.0))))
    P[rows, y] -= 1.0
    return loss, P / n
''',
        "loss_as_array": _CE_HEAD + '''
    sh = S - S.max(axis=1, keepdims=True)
    lse = np.log(np.sum(np.exp(sh), axis=1))
    loss = np.mean(lse - sh[rows, y], keepdims=True)
    P = np.exp(sh - lse[:, None])
    P[rows, y] -= 1.0
    return loss, P / n
''',
        "no_validation": '''
def softmax_cross_entropy(scores, y):
    S = np.asarray(scores, dtype=float); y = np.asarray(y).astype(int)
    n = S.shape[0]; rows = np.arange(n)
    sh = S - S.max(axis=-1, keepdims=True)
    lse = np.log(np.sum(np.exp(sh), axis=-1))
    loss = float(np.mean(lse - sh[rows, y[:n]] if sh.ndim == 2 else lse))
    P = np.exp(sh - np.expand_dims(lse, -1))
    if P.ndim == 2:
        P[rows, y[:n] % P.shape[1]] -= 1.0
    return loss, P / n
''',
    },
    "two_layer_loss_and_grads": {
        "relu_mask_greater_equal": _NET_HEAD + '''
    dW2 = H.T @ dS + reg * W2
    db2 = dS.sum(axis=0)
    dZ1 = (dS @ W2.T) * (Z1 >= 0)
    return loss, {"W1": X.T @ dZ1 + reg * W1, "b1": dZ1.sum(axis=0), "W2": dW2, "b2": db2}
''',
        "relu_backward_multiplies_by_activation": _NET_HEAD + '''
    dW2 = H.T @ dS + reg * W2
    db2 = dS.sum(axis=0)
    dZ1 = (dS @ W2.T) * H
    return loss, {"W1": X.T @ dZ1 + reg * W1, "b1": dZ1.sum(axis=0), "W2": dW2, "b2": db2}
''',
        "no_relu_in_backward": _NET_HEAD + '''
    dW2 = H.T @ dS + reg * W2
    db2 = dS.sum(axis=0)
    dZ1 = dS @ W2.T
    return loss, {"W1": X.T @ dZ1 + reg * W1, "b1": dZ1.sum(axis=0), "W2": dW2, "b2": db2}
''',
        "transposed_dW2": _NET_HEAD + '''
    dW2 = (dS.T @ H).reshape(W2.shape) + reg * W2
    db2 = dS.sum(axis=0)
    dZ1 = (dS @ W2.T) * (Z1 > 0)
    return loss, {"W1": X.T @ dZ1 + reg * W1, "b1": dZ1.sum(axis=0), "W2": dW2, "b2": db2}
''',
        "dH_without_transpose": _NET_HEAD + '''
    dW2 = H.T @ dS + reg * W2
    db2 = dS.sum(axis=0)
    dZ1 = (dS @ W2.reshape(W2.shape[::-1])) * (Z1 > 0)
    return loss, {"W1": X.T @ dZ1 + reg * W1, "b1": dZ1.sum(axis=0), "W2": dW2, "b2": db2}
''',
        "bias_gradient_mean": _NET_HEAD + '''
    dW2 = H.T @ dS + reg * W2
    db2 = dS.mean(axis=0)
    dZ1 = (dS @ W2.T) * (Z1 > 0)
    return loss, {"W1": X.T @ dZ1 + reg * W1, "b1": dZ1.mean(axis=0), "W2": dW2, "b2": db2}
''',
        "biases_regularised": _NET_HEAD + '''
    loss += 0.5 * reg * (float(b1 @ b1) + float(b2 @ b2))
    dW2 = H.T @ dS + reg * W2
    db2 = dS.sum(axis=0) + reg * b2
    dZ1 = (dS @ W2.T) * (Z1 > 0)
    return loss, {"W1": X.T @ dZ1 + reg * W1, "b1": dZ1.sum(axis=0) + reg * b1, "W2": dW2, "b2": db2}
''',
        "reg_missing_from_gradients": _NET_HEAD + '''
    dW2 = H.T @ dS
    db2 = dS.sum(axis=0)
    dZ1 = (dS @ W2.T) * (Z1 > 0)
    return loss, {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0), "W2": dW2, "b2": db2}
''',
        "reg_gradient_factor_two": _NET_HEAD + '''
    dW2 = H.T @ dS + 2 * reg * W2
    db2 = dS.sum(axis=0)
    dZ1 = (dS @ W2.T) * (Z1 > 0)
    return loss, {"W1": X.T @ dZ1 + 2 * reg * W1, "b1": dZ1.sum(axis=0), "W2": dW2, "b2": db2}
''',
        "mask_from_wrong_layer": _NET_HEAD + '''
    dW2 = H.T @ dS + reg * W2
    db2 = dS.sum(axis=0)
    dZ1 = (dS @ W2.T) * (X @ W1 > 0)
    return loss, {"W1": X.T @ dZ1 + reg * W1, "b1": dZ1.sum(axis=0), "W2": dW2, "b2": db2}
''',
    },
}
