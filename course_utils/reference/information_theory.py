"""Reference implementations for the unit whose module is 'information_theory'."""
