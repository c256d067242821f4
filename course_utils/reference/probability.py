"""Reference implementations for the unit whose module is 'probability'."""
