#!/usr/bin/env python3
"""Train a small learned span tagger (spaCy NER from scratch) on the marked detection sets.

Usage:
    python scripts/train_span_tagger.py [--exclude SET ...] [--out DIR] [--epochs N] [--seed N] [--width N] [--depth N] [--init DIR]
                                        [--listen [PIPELINE]]

Every marked set under scripts/data/ (detect_evalN, detect_tuneN) is read as the product reads
it: each PDF rendering page by page with ``extract_page`` and ``reading_text`` (the text the
detectors see), and its gold items are located in that text with the evaluation script's own
matching (``scripts/evaluate_detection2.py``: ``occurrences``). Items of ADDRESS, OTHER_ID,
PERSON and INITIALS are the labels; the other must-mask items and the ``ignore`` items are left
unannotated (missing: neither entity nor outside), ``keep`` items and the rest are outside.

The blind sets listed in scripts/data/BLIND and the language set are never read.
CPU, one thread, fixed seed; nothing is downloaded (no vectors, spacy.blank("sv") with the
project's tokenizer).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

DATA = ROOT / "scripts" / "data"
#: Never read: the blind sets kept for measurement (listed in scripts/data/BLIND), and the language set.
RESERVED = (*(line.strip() for line in (DATA / "BLIND").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")), "language_eval")
#: Gold category -> tagger label. The other categories are caught by patterns already.
LABELS = {"ADDRESS": "ADDRESS", "OTHER_ID": "OTHER_ID", "PERSON": "PERSON", "INITIALS": "INITIALS"}
SEED = 7
#: Lines per training document: a page is cut into pieces of about this many lines (never inside an item).
CHUNK_LINES = 12
#: The tok2vec's width and depth: the tagger runs on every page, so its cost is part of every run's.
WIDTH = 80
DEPTH = 4

CONFIG = """
[nlp]
lang = "sv"
pipeline = ["tok2vec","ner"]
batch_size = 64

[nlp.tokenizer]
@tokenizers = "redact.sv_name_tokenizer.v1"

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [4000,1500,2000,800]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
upstream = "*"
"""

#: ``--listen``: the tagger's NER on the main pipeline's tok2vec, copied from that pipeline and frozen (never
#: updated, so the main pipeline's entities stay as they are); the detector then runs only the tagger's NER, on the
#: vectors the main pipeline computed for every page (``learned_spans.shared_components``).
LISTEN_TOK2VEC = """
[components.tok2vec]
source = "{source}"
"""


@dataclass
class Piece:
    """A stretch of a page's reading with its labelled spans and the spans left unannotated."""

    text: str
    spans: list[tuple[int, int, str]]
    missing: list[tuple[int, int]]
    where: str


def marked_sets(exclude: tuple[str, ...] = ()) -> list[Path]:
    """The marked detection sets, less ``exclude`` and the reserved ones."""
    out = []
    for d in sorted(DATA.iterdir()):
        if d.name in RESERVED or d.name in exclude or not d.is_dir():
            continue
        if d.name.startswith(("detect_eval", "detect_tune")) and any(d.glob("*.gold.json")):
            out.append(d)
    return out


def page_readings(pdf: Path):
    """(page, reading text, origin) of every page: the text the detectors see (see document_detection)."""
    from redact.ingest.pdf import extract_page, open_pdf, reading_text

    with open_pdf(pdf) as doc:
        for p in doc:
            page = extract_page(p)
            joined = reading_text(page.text, page.char_rects)
            if joined is None:
                yield page, page.text, None
            else:
                yield page, joined[0], joined[1]


def gold_spans(gold: dict, text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Labelled and unannotated character spans of ``text``, located by the evaluation's ``occurrences``."""
    from evaluate_detection2 import Reading, occurrences

    reading = Reading(text, [(1, (0.0, 0.0, 0.0, 0.0))] * len(text))
    spans: list[tuple[int, int, str]] = []
    missing: list[tuple[int, int]] = []
    for o in occurrences(gold, reading, []):
        if not o.chars:
            continue
        a, b = min(o.chars), max(o.chars) + 1
        if o.kind == "expected" and o.category in LABELS:
            spans.append((a, b, LABELS[o.category]))
        elif o.kind in ("expected", "ignore"):
            missing.append((a, b))
    return spans, missing


def pieces_of(text: str, spans, missing, where: str, lines: int = CHUNK_LINES) -> list[Piece]:
    """Cut a page's reading into pieces of about ``lines`` lines, never inside a span."""
    inside = [(a, b) for a, b, _ in spans] + list(missing)
    cuts = [0]
    count = 0
    for i, c in enumerate(text):
        if c in "\n\f":
            count += 1
            if count >= lines and not any(a <= i < b for a, b in inside):
                cuts.append(i + 1)
                count = 0
    cuts.append(len(text))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if not text[a:b].strip():
            continue
        out.append(Piece(text[a:b], [(s - a, e - a, lab) for s, e, lab in spans if a <= s and e <= b],
                         [(s - a, e - a) for s, e in missing if a <= s and e <= b], f"{where}@{a}"))
    return out


def build_pieces(sets: list[Path]) -> list[Piece]:
    """Training pieces of every rendering of every document of ``sets``."""
    out: list[Piece] = []
    for d in sets:
        for gf in sorted(d.glob("*.gold.json")):
            gold = json.loads(gf.read_text(encoding="utf-8"))
            for pdf in sorted((d / "pdf").glob(f"{gold['document']}.*.pdf")):
                for page, text, _ in page_readings(pdf):
                    if not text.strip():
                        continue
                    spans, missing = gold_spans(gold, text)
                    out.extend(pieces_of(text, spans, missing, f"{d.name}/{pdf.name}#{page.number}"))
    return out


def examples(nlp, pieces: list[Piece]):
    """spaCy Examples: labelled spans as entities, unannotated spans missing, the rest outside."""
    from spacy.tokens import Span
    from spacy.training import Example
    from spacy.util import filter_spans

    out = []
    for p in pieces:
        pred = nlp.make_doc(p.text)
        ref = nlp.make_doc(p.text)
        ents = [s for s in (ref.char_span(a, b, label=lab, alignment_mode="expand") for a, b, lab in p.spans) if s]
        ents = filter_spans(ents)
        taken = {i for s in ents for i in range(s.start, s.end)}
        miss = [s for s in (ref.char_span(a, b, alignment_mode="expand") for a, b in p.missing) if s]
        miss = [Span(ref, s.start, s.end) for s in miss if not taken.intersection(range(s.start, s.end))]
        ref.set_ents(ents, missing=filter_spans(miss), default="outside")
        out.append(Example(pred, ref))
    return out


def listening_config(source: Path) -> str:
    """The training config with the tok2vec of the pipeline at ``source`` (frozen) in place of a tagger's own."""
    import spacy

    import redact.detect.nlp  # noqa: F401  (registers the tokenizer the source's config names)

    listened = spacy.util.load_config(source / "config.cfg")["components"]["tok2vec"]["model"]["encode"]["width"]
    own = CONFIG[CONFIG.index("[components.tok2vec]"):CONFIG.index("[components.ner]")]
    return (CONFIG.replace(own, LISTEN_TOK2VEC.replace("{source}", str(source)).lstrip("\n") + "\n")
            .replace("width = {width}\nupstream", f"width = {listened}\nupstream"))


def train(pieces: list[Piece], epochs: int, seed: int, log=print, width: int = WIDTH, depth: int = DEPTH,
          listen: Path | None = None, init: Path | None = None):
    """A blank Swedish pipeline (the project's tokenizer, tok2vec + ner) trained on ``pieces``.

    ``listen``: the tok2vec is that pipeline's, copied and frozen (see ``LISTEN_TOK2VEC``); only the NER learns.
    """
    import spacy
    from spacy.training import Example  # noqa: F401
    from spacy.util import fix_random_seed, load_config_from_str, load_model_from_config, minibatch

    import redact.detect.nlp  # noqa: F401  (registers the tokenizer)

    fix_random_seed(seed)
    if init is not None:
        # training goes on from a trained tagger's weights (its config, labels and vocabulary)
        nlp = spacy.load(init)
        exs = examples(nlp, pieces)
        rng = random.Random(seed)
        optimizer = nlp.resume_training()
        return _epochs(nlp, exs, optimizer, epochs, rng, [], log)
    config = listening_config(listen) if listen is not None else CONFIG
    config = config.replace("{width}", str(width)).replace("{depth}", str(depth))
    nlp = load_model_from_config(load_config_from_str(config), auto_fill=True, validate=True)
    exs = examples(nlp, pieces)
    rng = random.Random(seed)
    # a frozen tok2vec keeps its trained weights (as spaCy's own training does: not initialized, not updated) and
    # annotates each batch, its vectors read by the NER's listener
    frozen = ["tok2vec"] if listen is not None else []
    with nlp.select_pipes(disable=frozen):
        optimizer = nlp.initialize(lambda: exs)
    return _epochs(nlp, exs, optimizer, epochs, rng, frozen, log)


def _epochs(nlp, exs, optimizer, epochs: int, rng: random.Random, frozen: list[str], log):
    """``epochs`` passes over ``exs`` in shuffled batches of 16."""
    import spacy
    from spacy.util import minibatch

    for epoch in range(epochs):
        t0 = time.time()
        rng.shuffle(exs)
        losses: dict[str, float] = {}
        for batch in minibatch(exs, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses, exclude=frozen, annotates=frozen)
        log(f"epoch {epoch + 1}/{epochs}: ner loss {losses.get('ner', 0):.0f} ({time.time() - t0:.0f} s)")
    assert isinstance(nlp, spacy.Language)
    return nlp


def main(argv: list[str] | None = None) -> int:
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--exclude", nargs="*", default=[], help="sets left out (folder names, e.g. detect_eval21)")
    ap.add_argument("--out", type=Path, required=True, help="where the trained pipeline is written")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--width", type=int, default=WIDTH, help="tok2vec width (default %(default)s)")
    ap.add_argument("--depth", type=int, default=DEPTH, help="tok2vec depth (default %(default)s)")
    ap.add_argument("--init", type=Path, default=None,
                    help="go on training this trained tagger (its config and weights) instead of a new one")
    ap.add_argument("--listen", type=Path, nargs="?", const=ROOT / "redact" / "model" / "sv_redact", default=None,
                    help="no tok2vec of its own: the NER listens to this pipeline's tok2vec, frozen "
                         "(given alone: the shipped redact/model/sv_redact; --width and --depth unused)")
    args = ap.parse_args(argv)
    for name in args.exclude:
        if not (DATA / name).is_dir():
            ap.error(f"no set {name} under {DATA}")

    import spacy

    spacy.util.fix_random_seed(args.seed)
    try:
        import torch  # noqa: F401

        torch.set_num_threads(1)
    except ImportError:
        pass
    t0 = time.time()
    sets = marked_sets(tuple(args.exclude))
    pieces = build_pieces(sets)
    n_spans = sum(len(p.spans) for p in pieces)
    print(f"{len(sets)} sets ({', '.join(d.name for d in sets)}): {len(pieces)} pieces, {n_spans} labelled spans "
          f"({time.time() - t0:.0f} s to read)", flush=True)
    nlp = train(pieces, args.epochs, args.seed, log=lambda m: print(m, flush=True), width=args.width, depth=args.depth,
                listen=args.listen, init=args.init)
    nlp.meta["name"] = "redact_spans"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = ("Learned span tagger (ADDRESS, OTHER_ID, PERSON, INITIALS) trained from scratch on the "
                               f"project's fictional marked detection sets: {', '.join(d.name for d in sets)}")
    if args.init is not None:
        nlp.meta["description"] += (f"; {args.epochs} epochs on them continued from the tagger whose description "
                                    f"was: {json.loads((args.init / 'meta.json').read_text())['description']}")
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    print(f"wrote {args.out} in {time.time() - t0:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
