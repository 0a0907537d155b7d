import os
import sys

from generator.cli import main

code = main()
# Everything is written and closed: flush what is printed and leave without tearing the
# interpreter down, which frees a run's objects one by one (about 20 ms of a small
# regeneration, more after a large one).
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
