"""Reference implementations for the unit whose module is 'ml_case_studies'."""
