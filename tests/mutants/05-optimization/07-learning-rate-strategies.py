"""Mutants for 05-optimization/07-learning-rate-strategies: realistic wrong answers that must lose points."""

MUTANTS = {
    "step_decay": {
        "drops_one_step_early": '''
def step_decay(t, lr0, drop, every):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if every < 1:
        raise ValueError('every')
    return lr0 * np.power(float(drop), (t + 1) // every).astype(float)
''',
        "no_floor_smooth_exponential": '''
def step_decay(t, lr0, drop, every):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if every < 1:
        raise ValueError('every')
    return lr0 * np.power(float(drop), t / every)
''',
        "linear_instead_of_power": '''
def step_decay(t, lr0, drop, every):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if every < 1:
        raise ValueError('every')
    return lr0 * np.maximum(1 - (1 - drop) * (t // every), 0.0).astype(float)
''',
        "python_loop": '''
def step_decay(t, lr0, drop, every):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if every < 1:
        raise ValueError('every')
    return np.array([lr0 * drop ** (k // every) for k in np.ravel(t)]).reshape(t.shape)
''',
        "no_validation": '''
def step_decay(t, lr0, drop, every):
    t = np.asarray(t)
    return lr0 * np.power(float(drop), t // max(every, 1))
''',
        "drop_counted_from_one": '''
def step_decay(t, lr0, drop, every):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if every < 1:
        raise ValueError('every')
    return lr0 * np.power(float(drop), t // every + 1).astype(float)
''',
    },
    "cosine_schedule": {
        "no_clamp_after_T": '''
def cosine_schedule(t, lr0, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if total_steps < 1:
        raise ValueError('T')
    return lr_min + 0.5 * (lr0 - lr_min) * (1 + np.cos(np.pi * t / total_steps))
''',
        "half_period": '''
def cosine_schedule(t, lr0, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if total_steps < 1:
        raise ValueError('T')
    p = np.minimum(t, total_steps) / total_steps
    return lr_min + (lr0 - lr_min) * np.cos(np.pi * p / 2)
''',
        "missing_half": '''
def cosine_schedule(t, lr0, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if total_steps < 1:
        raise ValueError('T')
    p = np.minimum(t, total_steps) / total_steps
    return lr_min + (lr0 - lr_min) * (1 + np.cos(np.pi * p))
''',
        "ignores_lr_min_in_amplitude": '''
def cosine_schedule(t, lr0, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if total_steps < 1:
        raise ValueError('T')
    p = np.minimum(t, total_steps) / total_steps
    return lr_min + 0.5 * lr0 * (1 + np.cos(np.pi * p))
''',
        "ignores_lr_min": '''
def cosine_schedule(t, lr0, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if total_steps < 1:
        raise ValueError('T')
    p = np.minimum(t, total_steps) / total_steps
    return 0.5 * lr0 * (1 + np.cos(np.pi * p))
''',
        "linear_decay": '''
def cosine_schedule(t, lr0, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if total_steps < 1:
        raise ValueError('T')
    p = np.minimum(t, total_steps) / total_steps
    return lr0 + (lr_min - lr0) * p
''',
        "off_by_one_period": '''
def cosine_schedule(t, lr0, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if total_steps < 1:
        raise ValueError('T')
    p = np.minimum(t, total_steps - 1) / max(total_steps - 1, 1)
    return lr_min + 0.5 * (lr0 - lr_min) * (1 + np.cos(np.pi * p))
''',
    },
    "warmup_cosine": {
        "cosine_progress_from_zero": '''
def warmup_cosine(t, lr0, warmup_steps, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if warmup_steps < 0 or total_steps <= warmup_steps:
        raise ValueError('W')
    W, T = warmup_steps, total_steps
    p = np.clip(t / T, 0, 1)
    dec = lr_min + 0.5 * (lr0 - lr_min) * (1 + np.cos(np.pi * p))
    return np.where(t < W, lr0 * t / max(W, 1), dec)
''',
        "warmup_reaches_peak_one_step_early": '''
def warmup_cosine(t, lr0, warmup_steps, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if warmup_steps < 0 or total_steps <= warmup_steps:
        raise ValueError('W')
    W, T = warmup_steps, total_steps
    p = np.clip((t - W) / (T - W), 0, 1)
    dec = lr_min + 0.5 * (lr0 - lr_min) * (1 + np.cos(np.pi * p))
    return np.where(t < W, lr0 * (t + 1) / max(W, 1), dec)
''',
        "warmup_from_lr_min": '''
def warmup_cosine(t, lr0, warmup_steps, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if warmup_steps < 0 or total_steps <= warmup_steps:
        raise ValueError('W')
    W, T = warmup_steps, total_steps
    p = np.clip((t - W) / (T - W), 0, 1)
    dec = lr_min + 0.5 * (lr0 - lr_min) * (1 + np.cos(np.pi * p))
    return np.where(t < W, lr_min + (lr0 - lr_min) * t / max(W, 1), dec)
''',
        "no_clamp_after_T": '''
def warmup_cosine(t, lr0, warmup_steps, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if warmup_steps < 0 or total_steps <= warmup_steps:
        raise ValueError('W')
    W, T = warmup_steps, total_steps
    p = np.maximum((t - W) / (T - W), 0)
    dec = lr_min + 0.5 * (lr0 - lr_min) * (1 + np.cos(np.pi * p))
    return np.where(t < W, lr0 * t / max(W, 1), dec)
''',
        "divides_by_zero_warmup": '''
def warmup_cosine(t, lr0, warmup_steps, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if warmup_steps < 0 or total_steps <= warmup_steps:
        raise ValueError('W')
    W, T = warmup_steps, total_steps
    p = np.clip((t - W) / (T - W), 0, 1)
    dec = lr_min + 0.5 * (lr0 - lr_min) * (1 + np.cos(np.pi * p))
    return np.where(t < W, lr0 * t / W, dec)
''',
        "no_validation": '''
def warmup_cosine(t, lr0, warmup_steps, total_steps, lr_min=0.0):
    t = np.asarray(t)
    W, T = warmup_steps, total_steps
    p = np.clip((t - W) / max(T - W, 1), 0, 1)
    dec = lr_min + 0.5 * (lr0 - lr_min) * (1 + np.cos(np.pi * p))
    return np.where(t < W, lr0 * t / max(W, 1), dec)
''',
        "python_loop": '''
def warmup_cosine(t, lr0, warmup_steps, total_steps, lr_min=0.0):
    t = np.asarray(t)
    if t.dtype.kind not in "iu" or np.any(t < 0):
        raise ValueError("t")
    if warmup_steps < 0 or total_steps <= warmup_steps:
        raise ValueError('W')
    W, T = warmup_steps, total_steps
    import math
    out = []
    for k in np.ravel(t):
        if k < W:
            out.append(lr0 * k / W)
        else:
            out.append(lr_min + 0.5 * (lr0 - lr_min) * (1 + math.cos(math.pi * min(1.0, (k - W) / (T - W)))))
    return np.array(out).reshape(t.shape)
''',
    },
}
