"""The benchmark (``python -m tests.bench``): each figure against a baseline measured in the same run.

Never part of the test suite and never asserted on: it prints ratios (value ÷
baseline, lower is better) beside the issue's targets.  See the README's
"Benchmark" section for what each figure compares.
"""
