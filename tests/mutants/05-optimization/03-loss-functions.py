"""Mutants for 05-optimization/03-loss-functions: realistic wrong answers that must lose points."""

_H = '''
def huber_loss(y_pred, y_true, delta=1.0):
    if delta <= 0:
        raise ValueError("delta")
    r = np.asarray(y_pred, dtype=float) - np.asarray(y_true, dtype=float)
    a = np.abs(r)
'''
_G = '''
def hinge_loss(scores, y):
    s = np.asarray(scores, dtype=float)
    y = np.asarray(y)
    if not np.all((y == 1) | (y == -1)):
        raise ValueError("labels")
    y = y.astype(float)
    m = y * s
'''
_B = '''
def bce_with_logits(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y, dtype=float)
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets")
'''
_SIG = '''    e = np.exp(-np.abs(z))
    sig = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
'''

MUTANTS = {
    "huber_loss": {
        "linear_part_without_offset": _H + '''
    per = np.where(a <= delta, 0.5 * r * r, delta * a)
    return float(per.mean()), np.clip(r, -delta, delta) / r.size
''',
        "gradient_sign_not_scaled_by_delta": _H + '''
    per = np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta))
    return float(per.mean()), np.where(a <= delta, r, np.sign(r)) / r.size
''',
        "gradient_without_one_over_n": _H + '''
    per = np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta))
    return float(per.mean()), np.clip(r, -delta, delta)
''',
        "sum_instead_of_mean": _H + '''
    per = np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta))
    return float(per.sum()), np.clip(r, -delta, delta)
''',
        "residual_sign_flipped": _H + '''
    r = -r
    per = np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta))
    return float(per.mean()), np.clip(r, -delta, delta) / r.size
''',
        "quadratic_without_half": _H + '''
    per = np.where(a <= delta, r * r, delta * (2 * a - delta))
    return float(per.mean()), 2 * np.clip(r, -delta, delta) / r.size
''',
        "no_delta_validation": '''
def huber_loss(y_pred, y_true, delta=1.0):
    r = np.asarray(y_pred, dtype=float) - np.asarray(y_true, dtype=float)
    a = np.abs(r)
    per = np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta))
    return float(per.mean()), np.clip(r, -abs(delta), abs(delta)) / r.size
''',
        "numpy_scalar_loss_as_array": _H + '''
    per = np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta))
    return np.atleast_1d(per.mean()), np.clip(r, -delta, delta) / r.size
''',
    },
    "hinge_loss": {
        "gradient_on_the_kink": _G + '''
    return float(np.maximum(0, 1 - m).mean()), np.where(m <= 1, -y, 0.0) / s.size
''',
        "gradient_sign_flipped": _G + '''
    return float(np.maximum(0, 1 - m).mean()), np.where(m < 1, y, 0.0) / s.size
''',
        "gradient_everywhere": _G + '''
    return float(np.maximum(0, 1 - m).mean()), -y / s.size
''',
        "zero_one_threshold_at_margin_0": _G + '''
    return float(np.maximum(0, -m).mean()), np.where(m < 0, -y, 0.0) / s.size
''',
        "accepts_01_labels": '''
def hinge_loss(scores, y):
    s = np.asarray(scores, dtype=float)
    y = np.asarray(y, dtype=float)
    m = y * s
    return float(np.maximum(0, 1 - m).mean()), np.where(m < 1, -y, 0.0) / s.size
''',
        "gradient_without_one_over_n": _G + '''
    return float(np.maximum(0, 1 - m).mean()), np.where(m < 1, -y, 0.0)
''',
        "squared_hinge": _G + '''
    h = np.maximum(0, 1 - m)
    return float((h ** 2).mean()), -2 * y * h / s.size
''',
    },
    "bce_with_logits": {
        "naive_log_of_sigmoid": _B + '''
    p = 1 / (1 + np.exp(-z))
    loss = float(np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)))
    return loss, (p - y) / z.size
''',
        "sigmoid_overflows": _B + '''
    loss = float(np.mean(np.logaddexp(0, z) - y * z))
    p = 1 / (1 + np.exp(-z))
    return loss, (p - y) / z.size
''',
        "gradient_sign_flipped": _B + _SIG + '''
    return float(np.mean(np.logaddexp(0, z) - y * z)), (y - sig) / z.size
''',
        "gradient_without_one_over_n": _B + _SIG + '''
    return float(np.mean(np.logaddexp(0, z) - y * z)), sig - y
''',
        "loss_plus_yz": _B + _SIG + '''
    return float(np.mean(np.logaddexp(0, z) + y * z)), (sig - y) / z.size
''',
        "clipped_probabilities": _B + '''
    p = np.clip(1 / (1 + np.exp(-np.clip(z, -30, 30))), 1e-15, 1 - 1e-15)
    loss = float(np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)))
    return loss, (p - y) / z.size
''',
        "log2_instead_of_ln": _B + _SIG + '''
    return float(np.mean(np.logaddexp(0, z) - y * z) / np.log(2)), (sig - y) / (z.size * np.log(2))
''',
        "sklearn_shortcut": '''
def bce_with_logits(z, y):
    from sklearn.metrics import log_loss
    z = np.asarray(z, dtype=float); y = np.asarray(y, dtype=float)
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets")
    p = 1 / (1 + np.exp(-z))
    return float(log_loss(y, p, labels=[0.0, 1.0])), (p - y) / z.size
''',
        "no_target_validation": '''
def bce_with_logits(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y, dtype=float)
''' + _SIG + '''
    return float(np.mean(np.logaddexp(0, z) - y * z)), (sig - y) / z.size
''',
    },
}
