"""Mutants for 04-statistics/02-sampling-methods: realistic wrong answers that must lose points."""

_S_HEAD = '''
def stratified_sample_indices(labels, fraction, rng):
    labels = np.asarray(labels)
    if labels.ndim != 1 or labels.size == 0 or not 0 < fraction <= 1:
        raise ValueError("bad input")
'''

_R_HEAD = '''
def reservoir_sample(stream, k, rng):
    if k < 1:
        raise ValueError("bad k")
'''

MUTANTS = {
    "stratified_sample_indices": {
        "simple_random_sample": _S_HEAD + '''
    m = int(np.round(fraction * labels.size))
    return np.sort(rng.permutation(labels.size)[:m]).astype(np.int64)
''',
        "fraction_of_total_per_class": _S_HEAD + '''
    chosen = []
    m = int(np.round(fraction * labels.size / np.unique(labels).size))
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        chosen.append(rng.permutation(idx)[:min(m, idx.size)])
    return np.sort(np.concatenate(chosen)).astype(np.int64)
''',
        "with_replacement": _S_HEAD + '''
    chosen = []
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        chosen.append(rng.choice(idx, size=int(np.round(fraction * idx.size)), replace=True))
    return np.sort(np.concatenate(chosen)).astype(np.int64)
''',
        "floor_instead_of_round": _S_HEAD + '''
    chosen = []
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        chosen.append(rng.permutation(idx)[:int(fraction * idx.size)])
    return np.sort(np.concatenate(chosen)).astype(np.int64)
''',
        "python_round_half_up": _S_HEAD + '''
    chosen = []
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        chosen.append(rng.permutation(idx)[:int(np.floor(fraction * idx.size + 0.5))])
    return np.sort(np.concatenate(chosen)).astype(np.int64)
''',
        "classes_in_order_of_appearance": _S_HEAD + '''
    chosen = []
    _, first = np.unique(labels, return_index=True)
    for c in labels[np.sort(first)]:
        idx = np.flatnonzero(labels == c)
        chosen.append(rng.permutation(idx)[:int(np.round(fraction * idx.size))])
    return np.sort(np.concatenate(chosen)).astype(np.int64)
''',
        "not_sorted": _S_HEAD + '''
    chosen = []
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        chosen.append(rng.permutation(idx)[:int(np.round(fraction * idx.size))])
    return np.concatenate(chosen).astype(np.int64)
''',
        "global_random_state": _S_HEAD + '''
    chosen = []
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        chosen.append(np.random.permutation(idx)[:int(np.round(fraction * idx.size))])
    return np.sort(np.concatenate(chosen)).astype(np.int64)
''',
        "no_validation": '''
def stratified_sample_indices(labels, fraction, rng):
    labels = np.asarray(labels).ravel()
    chosen = [np.zeros(0, dtype=np.int64)]
    for c in np.unique(labels):
        idx = np.flatnonzero(labels == c)
        chosen.append(rng.permutation(idx)[:int(np.round(min(max(fraction, 0), 1) * idx.size))])
    return np.sort(np.concatenate(chosen)).astype(np.int64)
''',
    },
    "reservoir_sample": {
        "off_by_one_integers_0_i": _R_HEAD + '''
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        else:
            j = int(rng.integers(0, i))
            if j < k:
                res[j] = item
    return np.array(res)
''',
        "always_replace": _R_HEAD + '''
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        else:
            res[int(rng.integers(0, i + 1)) % k] = item
    return np.array(res)
''',
        "replace_with_prob_half": _R_HEAD + '''
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        else:
            j = int(rng.integers(0, i + 1))
            if rng.random() < 0.5:
                res[j % k] = item
    return np.array(res)
''',
        "materialise_and_choice": _R_HEAD + '''
    items = np.array(list(stream))
    if items.size <= k:
        return items
    return rng.choice(items, size=k, replace=False)
''',
        "draws_for_first_k_too": _R_HEAD + '''
    res = []
    for i, item in enumerate(stream):
        j = int(rng.integers(0, i + 1))
        if i < k:
            res.append(item)
        elif j < k:
            res[j] = item
    return np.array(res)
''',
        "len_of_stream": _R_HEAD + '''
    n = len(stream)
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        else:
            j = int(rng.integers(0, i + 1))
            if j < k:
                res[j] = item
    return np.array(res[:n])
''',
        "global_random_state": _R_HEAD + '''
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        else:
            j = np.random.randint(0, i + 1)
            if j < k:
                res[j] = item
    return np.array(res)
''',
        "sorted_output": _R_HEAD + '''
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        else:
            j = int(rng.integers(0, i + 1))
            if j < k:
                res[j] = item
    return np.sort(np.array(res))
''',
        "no_k_check": '''
def reservoir_sample(stream, k, rng):
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        elif k > 0:
            j = int(rng.integers(0, i + 1))
            if j < k:
                res[j] = item
    return np.array(res)
''',
    },
}
