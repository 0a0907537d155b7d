import gc
import os
import sys

# Fewer, larger collections from the start (the imports too): see pipeline._fewer_collections.
gc.set_threshold(50_000, 20, 100)

from generator.cli import main  # noqa: E402 - imported with the collector set so

code = main(exiting=True)
# Everything is written and closed: flush what is printed and leave without tearing the
# interpreter down, which frees a run's objects one by one (about 20 ms of a small
# regeneration, more after a large one).
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
