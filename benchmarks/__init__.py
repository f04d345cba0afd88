"""Benchmarks of the project (run each as a script; see benchmarks/README.md). A package so that
``benchmarks.flores`` is found before any installed module of the same name."""
