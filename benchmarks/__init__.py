"""The benchmark suite: ``python -m benchmarks`` (``make bench``).

Each suite measures against a baseline taken in the same run on the same machine, prints its
figures and writes them to benchmarks/results/<suite>.json. These are measurements, not tests:
nothing here fails on a slow machine.
"""
