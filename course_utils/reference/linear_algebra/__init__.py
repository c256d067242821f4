"""Reference implementations for unit 01-linear-algebra (topics 01–08 and 09–15 in two modules)."""
from .basics import *  # noqa: F401,F403
from .decompositions import *  # noqa: F401,F403
