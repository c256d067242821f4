"""Mutants for 02-calculus/06-chain-rule: realistic wrong answers that must lose points."""
from pathlib import Path as _Path

_CD_HEAD = '''
def chain_derivative(funcs, derivs, x):
    if len(funcs) != len(derivs):
        raise ValueError("length mismatch")
    scalar = np.ndim(x) == 0
    v = np.asarray(x, dtype=float)
    d = np.ones_like(v)
'''
_CD_TAIL = '''
    if scalar:
        return float(v), float(d)
    return v, d
'''

_DUAL = '''
class Dual:
    def __init__(self, val, der=0.0):
        self.val = float(val)
        self.der = float(der)

    def __repr__(self):
        return f"Dual({self.val!r}, {self.der!r})"

    @staticmethod
    def _lift(other):
        return other if isinstance(other, Dual) else Dual(float(other), 0.0)

    def __add__(self, other):
        o = Dual._lift(other)
        return Dual(self.val + o.val, self.der + o.der)

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        o = Dual._lift(other)
        return Dual(self.val - o.val, self.der - o.der)

    def __rsub__(self, other):
        return Dual._lift(other) - self

    def __neg__(self):
        return Dual(-self.val, -self.der)

    def __mul__(self, other):
        o = Dual._lift(other)
        return Dual(self.val * o.val, self.der * o.val + self.val * o.der)

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        o = Dual._lift(other)
        if o.val == 0.0:
            raise ZeroDivisionError("division by zero")
        return Dual(self.val / o.val, (self.der * o.val - self.val * o.der) / (o.val * o.val))

    def __rtruediv__(self, other):
        return Dual._lift(other) / self

    def __pow__(self, p):
        p = float(p)
        return Dual(self.val ** p, p * self.val ** (p - 1.0) * self.der)

    def sin(self):
        return Dual(np.sin(self.val), np.cos(self.val) * self.der)

    def cos(self):
        return Dual(np.cos(self.val), -np.sin(self.val) * self.der)

    def exp(self):
        e = np.exp(self.val)
        return Dual(e, e * self.der)

    def log(self):
        if not self.val > 0:
            raise ValueError("log of a non-positive value")
        return Dual(np.log(self.val), self.der / self.val)
'''


def _dual(old, new):
    assert old in _DUAL, old
    return _DUAL.replace(old, new)


MUTANTS = {
    "chain_derivative": {
        "derivative_at_x": _CD_HEAD + '''
    x0 = v.copy()
    for f, df in zip(funcs, derivs):
        d = d * np.asarray(df(x0), dtype=float)
        v = np.asarray(f(v), dtype=float)
''' + _CD_TAIL,
        "update_before_derivative": _CD_HEAD + '''
    for f, df in zip(funcs, derivs):
        v = np.asarray(f(v), dtype=float)
        d = d * np.asarray(df(v), dtype=float)
''' + _CD_TAIL,
        "reversed_order": _CD_HEAD + '''
    for f, df in zip(funcs[::-1], derivs[::-1]):
        d = d * np.asarray(df(v), dtype=float)
        v = np.asarray(f(v), dtype=float)
''' + _CD_TAIL,
        "sum_not_product": _CD_HEAD + '''
    d = np.zeros_like(v) if funcs else d
    for f, df in zip(funcs, derivs):
        d = d + np.asarray(df(v), dtype=float)
        v = np.asarray(f(v), dtype=float)
''' + _CD_TAIL,
        "only_last_derivative": _CD_HEAD + '''
    for f, df in zip(funcs, derivs):
        d = np.asarray(df(v), dtype=float)
        v = np.asarray(f(v), dtype=float)
''' + _CD_TAIL,
        "empty_chain_derivative_zero": '''
def chain_derivative(funcs, derivs, x):
    if len(funcs) != len(derivs):
        raise ValueError("length mismatch")
    scalar = np.ndim(x) == 0
    v = np.asarray(x, dtype=float)
    d = np.zeros_like(v)
    for k, (f, df) in enumerate(zip(funcs, derivs)):
        d = np.asarray(df(v), dtype=float) if k == 0 else d * np.asarray(df(v), dtype=float)
        v = np.asarray(f(v), dtype=float)
''' + _CD_TAIL,
        "no_length_check": '''
def chain_derivative(funcs, derivs, x):
    scalar = np.ndim(x) == 0
    v = np.asarray(x, dtype=float)
    d = np.ones_like(v)
    for f, df in zip(funcs, derivs):
        d = d * np.asarray(df(v), dtype=float)
        v = np.asarray(f(v), dtype=float)
''' + _CD_TAIL,
    },
    "Dual": {
        "product_rule_wrong": _dual("self.der * o.val + self.val * o.der)", "self.der * o.der)"),
        "quotient_rule_sign": _dual("(self.der * o.val - self.val * o.der) / (o.val * o.val)", "(self.der * o.val + self.val * o.der) / (o.val * o.val)"),
        "quotient_rule_no_square": _dual("(self.der * o.val - self.val * o.der) / (o.val * o.val)", "(self.der * o.val - self.val * o.der) / o.val"),
        "sin_missing_inner_derivative": _dual("np.cos(self.val) * self.der)", "np.cos(self.val))"),
        "exp_missing_inner_derivative": _dual("return Dual(e, e * self.der)", "return Dual(e, e)"),
        "log_missing_inner_derivative": _dual("self.der / self.val)", "1.0 / self.val)"),
        "cos_sign": _dual("-np.sin(self.val) * self.der)", "np.sin(self.val) * self.der)"),
        "rsub_backwards": _dual("return Dual._lift(other) - self", "return self - other"),
        "rtruediv_backwards": _dual("return Dual._lift(other) / self", "return self / other"),
        "power_rule_off_by_one": _dual("p * self.val ** (p - 1.0) * self.der", "p * self.val ** p * self.der"),
        "power_rule_no_inner": _dual("p * self.val ** (p - 1.0) * self.der", "p * self.val ** (p - 1.0)"),
        "neg_keeps_derivative": _dual("return Dual(-self.val, -self.der)", "return Dual(-self.val, self.der)"),
        "constants_get_derivative_one": _dual("Dual(float(other), 0.0)", "Dual(float(other), 1.0)"),
        "in_place_add": _dual('''        o = Dual._lift(other)
        return Dual(self.val + o.val, self.der + o.der)''', '''        o = Dual._lift(other)
        self.val += o.val
        self.der += o.der
        return self'''),
        "no_log_domain_check": _dual('''        if not self.val > 0:
            raise ValueError("log of a non-positive value")
''', ""),
        "no_zero_division_check": _dual('''        if o.val == 0.0:
            raise ZeroDivisionError("division by zero")
        return Dual(self.val / o.val, (self.der * o.val - self.val * o.der) / (o.val * o.val))''', '''        with np.errstate(all="ignore"):
            return Dual(np.float64(self.val) / o.val, (self.der * o.val - self.val * o.der) / np.float64(o.val * o.val))'''),
    },
}
