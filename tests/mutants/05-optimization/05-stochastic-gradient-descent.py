"""Mutants for 05-optimization/05-stochastic-gradient-descent: realistic wrong answers that must lose points."""

_SGD_HEAD = '''
def sgd_linear_regression(X, y, lr, batch_size, num_epochs, rng):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError("bad shapes")
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    loss = lambda w, b: 0.5 * float(np.mean((X @ w + b - y) ** 2))
    losses = [loss(w, b)]
'''

MUTANTS = {
    "minibatch_indices": {
        "no_shuffle": '''
def minibatch_indices(n, batch_size, rng):
    if n < 1 or batch_size < 1:
        raise ValueError("bad")
    perm = np.arange(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
''',
        "drops_last_partial_batch": '''
def minibatch_indices(n, batch_size, rng):
    if n < 1 or batch_size < 1:
        raise ValueError("bad")
    perm = rng.permutation(n)
    k = max(n // batch_size, 1)
    return [perm[i * batch_size:(i + 1) * batch_size] for i in range(k)]
''',
        "sampling_with_replacement": '''
def minibatch_indices(n, batch_size, rng):
    if n < 1 or batch_size < 1:
        raise ValueError("bad")
    sizes = [min(batch_size, n - i) for i in range(0, n, batch_size)]
    return [rng.choice(n, size=s) for s in sizes]
''',
        "global_numpy_generator": '''
def minibatch_indices(n, batch_size, rng):
    if n < 1 or batch_size < 1:
        raise ValueError("bad")
    perm = np.random.permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
''',
        "array_split_wrong_sizes": '''
def minibatch_indices(n, batch_size, rng):
    if n < 1 or batch_size < 1:
        raise ValueError("bad")
    perm = rng.permutation(n)
    return list(np.array_split(perm, int(np.ceil(n / batch_size))))
''',
        "new_generator_each_call": '''
def minibatch_indices(n, batch_size, rng):
    if n < 1 or batch_size < 1:
        raise ValueError("bad")
    perm = np.random.default_rng(0).permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
''',
        "extra_draw_from_rng": '''
def minibatch_indices(n, batch_size, rng):
    if n < 1 or batch_size < 1:
        raise ValueError("bad")
    perm = rng.permutation(n)
    rng.shuffle(perm[:0]) if False else rng.integers(0, 2)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
''',
        "no_validation": '''
def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[i:i + max(batch_size, 1)] for i in range(0, n, max(batch_size, 1))]
''',
    },
    "sgd_linear_regression": {
        "shuffle_once_not_every_epoch": _SGD_HEAD + '''
    batches = minibatch_indices(n, batch_size, rng)
    for _ in range(num_epochs):
        for idx in batches:
            r = X[idx] @ w + b - y[idx]
            w, b = w - lr * X[idx].T @ r / len(idx), b - lr * float(np.mean(r))
        losses.append(loss(w, b))
    return w, b, np.array(losses)
''',
        "sum_not_mean": _SGD_HEAD + '''
    for _ in range(num_epochs):
        for idx in minibatch_indices(n, batch_size, rng):
            r = X[idx] @ w + b - y[idx]
            w, b = w - lr * X[idx].T @ r, b - lr * float(np.sum(r))
        losses.append(loss(w, b))
    return w, b, np.array(losses)
''',
        "divides_by_batch_size_not_actual_size": _SGD_HEAD + '''
    for _ in range(num_epochs):
        for idx in minibatch_indices(n, batch_size, rng):
            r = X[idx] @ w + b - y[idx]
            w, b = w - lr * X[idx].T @ r / batch_size, b - lr * float(np.sum(r)) / batch_size
        losses.append(loss(w, b))
    return w, b, np.array(losses)
''',
        "b_gradient_uses_new_w": _SGD_HEAD + '''
    for _ in range(num_epochs):
        for idx in minibatch_indices(n, batch_size, rng):
            r = X[idx] @ w + b - y[idx]
            w = w - lr * X[idx].T @ r / len(idx)
            r = X[idx] @ w + b - y[idx]
            b = b - lr * float(np.mean(r))
        losses.append(loss(w, b))
    return w, b, np.array(losses)
''',
        "no_bias_update": _SGD_HEAD + '''
    for _ in range(num_epochs):
        for idx in minibatch_indices(n, batch_size, rng):
            r = X[idx] @ w + b - y[idx]
            w = w - lr * X[idx].T @ r / len(idx)
        losses.append(loss(w, b))
    return w, b, np.array(losses)
''',
        "full_gradient_every_step": _SGD_HEAD + '''
    for _ in range(num_epochs):
        for idx in minibatch_indices(n, batch_size, rng):
            r = X @ w + b - y
            w, b = w - lr * X.T @ r / n, b - lr * float(np.mean(r))
        losses.append(loss(w, b))
    return w, b, np.array(losses)
''',
        "losses_without_initial": _SGD_HEAD + '''
    losses = []
    for _ in range(num_epochs):
        for idx in minibatch_indices(n, batch_size, rng):
            r = X[idx] @ w + b - y[idx]
            w, b = w - lr * X[idx].T @ r / len(idx), b - lr * float(np.mean(r))
        losses.append(loss(w, b))
    return w, b, np.array(losses)
''',
        "loss_without_half": _SGD_HEAD + '''
    losses = [2 * losses[0]]
    for _ in range(num_epochs):
        for idx in minibatch_indices(n, batch_size, rng):
            r = X[idx] @ w + b - y[idx]
            w, b = w - lr * X[idx].T @ r / len(idx), b - lr * float(np.mean(r))
        losses.append(2 * loss(w, b))
    return w, b, np.array(losses)
''',
        "gradient_with_factor_two": _SGD_HEAD + '''
    for _ in range(num_epochs):
        for idx in minibatch_indices(n, batch_size, rng):
            r = X[idx] @ w + b - y[idx]
            w, b = w - lr * 2 * X[idx].T @ r / len(idx), b - lr * 2 * float(np.mean(r))
        losses.append(loss(w, b))
    return w, b, np.array(losses)
''',
        "own_generator": _SGD_HEAD + '''
    rng = np.random.default_rng(0)
    for _ in range(num_epochs):
        for idx in minibatch_indices(n, batch_size, rng):
            r = X[idx] @ w + b - y[idx]
            w, b = w - lr * X[idx].T @ r / len(idx), b - lr * float(np.mean(r))
        losses.append(loss(w, b))
    return w, b, np.array(losses)
''',
        "sequential_order_no_shuffle": _SGD_HEAD + '''
    for _ in range(num_epochs):
        for start in range(0, n, batch_size):
            idx = np.arange(start, min(start + batch_size, n))
            r = X[idx] @ w + b - y[idx]
            w, b = w - lr * X[idx].T @ r / len(idx), b - lr * float(np.mean(r))
        losses.append(loss(w, b))
    return w, b, np.array(losses)
''',
    },
}
