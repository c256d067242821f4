"""Reference implementations for unit 01-linear-algebra, topics 09–15."""
