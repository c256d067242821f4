"""Instructor reference implementations, one module per unit.

Imported only inside hidden test blocks. The student kit ships without this package.
"""
