"""Benchmarks of the runofshow core: run `python -m benchmarks` from the repository root."""
