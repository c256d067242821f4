"""Mutants for 05-optimization/06-momentum-rmsprop-adam: realistic wrong answers that must lose points."""

MUTANTS = {
    "momentum_step": {
        "ema_with_dampening": '''
def momentum_step(w, dw, state, lr=1e-2, beta=0.9):
    v = beta * state.get('v', np.zeros_like(w)) + (1 - beta) * dw
    return w - lr * v, {'v': v}
''',
        "updates_w_with_old_velocity": '''
def momentum_step(w, dw, state, lr=1e-2, beta=0.9):
    v_old = state.get('v', np.zeros_like(w))
    v = beta * v_old + dw
    return w - lr * (v_old + dw * (not v_old.any())), {'v': v}
''',
        "state_updated_in_place": '''
def momentum_step(w, dw, state, lr=1e-2, beta=0.9):
    if 'v' not in state:
        state['v'] = np.zeros_like(w, dtype=float)
    state['v'] *= beta
    state['v'] += dw
    return w - lr * state['v'], state
''',
        "cs231n_velocity_convention": '''
def momentum_step(w, dw, state, lr=1e-2, beta=0.9):
    v = beta * state.get('v', np.zeros_like(w)) - lr * dw
    return w + v, {'v': v}
''',
        "plus_sign": '''
def momentum_step(w, dw, state, lr=1e-2, beta=0.9):
    v = beta * state.get('v', np.zeros_like(w)) + dw
    return w + lr * v, {'v': v}
''',
        "velocity_shared_with_old_state": '''
def momentum_step(w, dw, state, lr=1e-2, beta=0.9):
    v = state.get('v', np.zeros_like(w, dtype=float))
    v *= beta
    v += dw
    return w - lr * v, {'v': v}
''',
    },
    "rmsprop_step": {
        "eps_inside_sqrt": '''
def rmsprop_step(w, dw, state, lr=1e-2, beta=0.99, eps=1e-8):
    s = beta * state.get('s', np.zeros_like(w)) + (1 - beta) * dw ** 2
    return w - lr * dw / np.sqrt(s + eps), {'s': s}
''',
        "no_one_minus_beta": '''
def rmsprop_step(w, dw, state, lr=1e-2, beta=0.99, eps=1e-8):
    s = beta * state.get('s', np.zeros_like(w)) + dw ** 2
    return w - lr * dw / (np.sqrt(s) + eps), {'s': s}
''',
        "no_square_root": '''
def rmsprop_step(w, dw, state, lr=1e-2, beta=0.99, eps=1e-8):
    s = beta * state.get('s', np.zeros_like(w)) + (1 - beta) * dw ** 2
    return w - lr * dw / (s + eps), {'s': s}
''',
        "weights_swapped": '''
def rmsprop_step(w, dw, state, lr=1e-2, beta=0.99, eps=1e-8):
    s = (1 - beta) * state.get('s', np.zeros_like(w)) + beta * dw ** 2
    return w - lr * dw / (np.sqrt(s) + eps), {'s': s}
''',
        "state_updated_in_place": '''
def rmsprop_step(w, dw, state, lr=1e-2, beta=0.99, eps=1e-8):
    if 's' not in state:
        state['s'] = np.zeros_like(w, dtype=float)
    state['s'] *= beta
    state['s'] += (1 - beta) * dw ** 2
    return w - lr * dw / (np.sqrt(state['s']) + eps), dict(state)
''',
        "adam_style_bias_correction": '''
def rmsprop_step(w, dw, state, lr=1e-2, beta=0.99, eps=1e-8):
    t = state.get('t', 0) + 1
    s = beta * state.get('s', np.zeros_like(w)) + (1 - beta) * dw ** 2
    return w - lr * dw / (np.sqrt(s / (1 - beta ** t)) + eps), {'s': s, 't': t}
''',
        "w_updated_in_place": '''
def rmsprop_step(w, dw, state, lr=1e-2, beta=0.99, eps=1e-8):
    s = beta * state.get('s', np.zeros_like(w)) + (1 - beta) * dw ** 2
    w -= lr * dw / (np.sqrt(s) + eps)
    return w, {'s': s}
''',
    },
    "adam_step": {
        "no_bias_correction": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float); dw = np.asarray(dw, dtype=float)
    m = state.get("m", np.zeros_like(w)); v = state.get("v", np.zeros_like(w)); t = state.get("t", 0) + 1
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    return w - lr * m / (np.sqrt(v) + eps), {'m': m, 'v': v, 't': t}
''',
        "bias_correction_t_minus_1_from_step_2": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float); dw = np.asarray(dw, dtype=float)
    m = state.get("m", np.zeros_like(w)); v = state.get("v", np.zeros_like(w)); t = state.get("t", 0) + 1
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    k = max(t - 1, 1)
    return w - lr * (m / (1 - beta1 ** k)) / (np.sqrt(v / (1 - beta2 ** k)) + eps), {'m': m, 'v': v, 't': t}
''',
        "bias_correction_t_minus_1_raw": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float); dw = np.asarray(dw, dtype=float)
    m = state.get("m", np.zeros_like(w)); v = state.get("v", np.zeros_like(w)); t = state.get("t", 0) + 1
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    with np.errstate(all='ignore'):
        return w - lr * (m / (1 - beta1 ** (t - 1))) / (np.sqrt(v / (1 - beta2 ** (t - 1))) + eps), {'m': m, 'v': v, 't': t}
''',
        "bias_correction_t_plus_1": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float); dw = np.asarray(dw, dtype=float)
    m = state.get("m", np.zeros_like(w)); v = state.get("v", np.zeros_like(w)); t = state.get("t", 0) + 1
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    return w - lr * (m / (1 - beta1 ** (t + 1))) / (np.sqrt(v / (1 - beta2 ** (t + 1))) + eps), {'m': m, 'v': v, 't': t}
''',
        "eps_inside_sqrt": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float); dw = np.asarray(dw, dtype=float)
    m = state.get("m", np.zeros_like(w)); v = state.get("v", np.zeros_like(w)); t = state.get("t", 0) + 1
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    return w - lr * (m / (1 - beta1 ** t)) / np.sqrt(v / (1 - beta2 ** t) + eps), {'m': m, 'v': v, 't': t}
''',
        "betas_swapped": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float); dw = np.asarray(dw, dtype=float)
    m = state.get("m", np.zeros_like(w)); v = state.get("v", np.zeros_like(w)); t = state.get("t", 0) + 1
    m = beta2 * m + (1 - beta2) * dw
    v = beta1 * v + (1 - beta1) * dw ** 2
    return w - lr * (m / (1 - beta2 ** t)) / (np.sqrt(v / (1 - beta1 ** t)) + eps), {'m': m, 'v': v, 't': t}
''',
        "m_updated_with_dw_squared": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float); dw = np.asarray(dw, dtype=float)
    m = state.get("m", np.zeros_like(w)); v = state.get("v", np.zeros_like(w)); t = state.get("t", 0) + 1
    m = beta1 * m + (1 - beta1) * dw ** 2
    v = beta2 * v + (1 - beta2) * dw ** 2
    return w - lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps), {'m': m, 'v': v, 't': t}
''',
        "state_mutated_in_place": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float)
    state.setdefault('m', np.zeros_like(w)); state.setdefault('v', np.zeros_like(w)); state['t'] = state.get('t', 0) + 1
    t = state['t']
    state['m'] = beta1 * state['m'] + (1 - beta1) * dw
    state['v'] = beta2 * state['v'] + (1 - beta2) * dw ** 2
    return w - lr * (state['m'] / (1 - beta1 ** t)) / (np.sqrt(state['v'] / (1 - beta2 ** t)) + eps), dict(state)
''',
        "moment_arrays_updated_in_place": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float)
    m = state.get('m', np.zeros_like(w)); v = state.get('v', np.zeros_like(w)); t = state.get('t', 0) + 1
    m *= beta1; m += (1 - beta1) * dw
    v *= beta2; v += (1 - beta2) * dw ** 2
    return w - lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps), {'m': m, 'v': v, 't': t}
''',
        "step_counter_not_advanced": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float); dw = np.asarray(dw, dtype=float)
    m = state.get("m", np.zeros_like(w)); v = state.get("v", np.zeros_like(w)); t = state.get("t", 0) + 1
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    return w - lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps), {'m': m, 'v': v, 't': t - 1}
''',
        "stores_corrected_moments": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float); dw = np.asarray(dw, dtype=float)
    m = state.get("m", np.zeros_like(w)); v = state.get("v", np.zeros_like(w)); t = state.get("t", 0) + 1
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    m_hat = m / (1 - beta1 ** t); v_hat = v / (1 - beta2 ** t)
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), {'m': m_hat, 'v': v_hat, 't': t}
''',
        "float_step_counter": '''
def adam_step(w, dw, state, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    w = np.asarray(w, dtype=float); dw = np.asarray(dw, dtype=float)
    m = state.get("m", np.zeros_like(w)); v = state.get("v", np.zeros_like(w)); t = state.get("t", 0) + 1
    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    return w - lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps), {'m': m, 'v': v, 't': float(t)}
''',
    },
}
