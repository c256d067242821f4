"""Reference implementations for the unit whose module is 'numerical_methods'."""
