"""Benchmarks, run on their own (never by the test suite): python -m tests.bench.bench_registry."""
