"""What detection builds once a process, built in the forkserver that forks the review server's document workers.

The review server runs request threads, so its workers (each upload's conversion, each document's detection) are
forked by a forkserver and get the detector pickled. The forkserver imports the modules of
``bounded_worker.FORKSERVER_PRELOAD`` once; whatever a worker needs beyond them it built again for every document
and lost with it: the recognizers' modules (imported while the detector is unpickled, each pattern looked up in the
pattern store) and py3langid's model (loaded on the first page). Importing this module builds both once, in the
forkserver; every worker it forks starts with them (the model is ``load_model``'s cached one, read only).
"""

from __future__ import annotations

from redact.detect.engine import default_recognizers
from redact.detect.language import load_model

default_recognizers()  # (the instances are thrown away: their modules, imported, and their patterns stay)
load_model()
