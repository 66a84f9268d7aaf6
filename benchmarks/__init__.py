"""Benchmarks for `make bench`: every ``bench_*.py`` module's ``main()`` returns its numbers."""
