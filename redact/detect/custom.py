"""Recognizers an integrator adds to a Detector: a Presidio recognizer, or one of our pattern rules."""

from __future__ import annotations

from collections.abc import Sequence

from presidio_analyzer import EntityRecognizer

from redact.detect.patterns import Rule, SwedishPatternRecognizer
from redact.detect.presidio import LANGUAGE
from redact.types import is_category


def as_recognizer(item: EntityRecognizer | Rule, *, category: str | None = None,
                  context: Sequence[str] = ()) -> EntityRecognizer:
    """A recognizer the Swedish analyzer will run, its entities checked as category names."""
    if isinstance(item, Rule):
        if category is None:
            raise ValueError("a pattern rule needs category=..., e.g. category='EMPLOYEE_ID'")
        recognizer: EntityRecognizer = rule_recognizer(item, category, context)
    elif isinstance(item, EntityRecognizer):
        if category is not None:
            raise ValueError("category= applies to a pattern rule; a Presidio recognizer names its own entities")
        recognizer = item
    else:
        raise TypeError(f"expected a presidio_analyzer.EntityRecognizer or a redact Rule, not {type(item).__name__}")
    if recognizer.supported_language != LANGUAGE:
        # the analyzer only runs recognizers of its language; a silent no-op would look like "nothing found"
        raise ValueError(f"recognizer {getattr(recognizer, 'name', '')!r} is for {recognizer.supported_language!r}; "
                         f"create it with supported_language={LANGUAGE!r}")
    for entity in recognizer.supported_entities:
        if not is_category(entity):
            raise ValueError(f"entity {entity!r} is not a valid category name (upper case, digits and _, e.g. EMPLOYEE_ID)")
    return recognizer


def rule_recognizer(rule: Rule, category: str, context: Sequence[str] = ()) -> SwedishPatternRecognizer:
    """A pattern recognizer with one rule, reporting ``category``."""
    if not is_category(category):
        raise ValueError(f"{category!r} is not a valid category name (upper case, digits and _, e.g. EMPLOYEE_ID)")
    cls = type(f"Custom{category.title().replace('_', '')}Recognizer", (SwedishPatternRecognizer,), {
        "ENTITY": category, "NAME": f"custom_{category.lower()}_{rule.name}", "CONTEXT": tuple(context), "RULES": (rule,),
    })
    return cls()
