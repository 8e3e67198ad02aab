"""``govcases train-gate``: rebuild the announcement model's weights from labelled pages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click

from crawler.cli.extract import read_document, texts_beside


def labelled_documents(labels: Path) -> Iterator[tuple[dict, dict]]:
    """(label, document) of every page a labels file names, the document read from the texts beside it as
    ``govcases eval`` reads it."""
    texts = texts_beside(labels)
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            yield label, read_document(texts / label["seed"])


def labelled_pages(labels: Path) -> list[tuple[str, str, bool]]:
    """(headline, text, is_announcement) of every page a labels file names."""
    from crawler.parse.announcement import headline_and_text

    # As govcases eval reads them: a label says is_announcement only when it is false.
    return [(*headline_and_text(doc.get("title"), doc.get("text")), bool(label.get("is_announcement", True)))
            for label, doc in labelled_documents(labels)]


@click.command(name="train-gate")
@click.argument("labels", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--cross-validate", is_flag=True,
              help="Leave each labels file out in turn and print how the model does on it; write nothing.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the weights (default: the shipped crawler/data/gate_model.json).")
def train_gate(labels: tuple[Path, ...], cross_validate: bool, output: Path | None) -> None:
    """Learn the announcement model from LABELS files (JSON lines shaped like the seed labels, texts beside each).

    Needs scikit-learn (pip install -e '.[train]'). Each file is one group for --cross-validate: label rounds
    collected apart make it an estimate of how the model does on pages it has never seen.
    """
    from crawler.parse import gate_model

    groups = {str(path): labelled_pages(path) for path in labels}
    if cross_validate:
        held_out = gate_model.cross_validate(groups)
        total = right = 0
        for name, results in held_out.items():
            hits = sum((probability >= gate_model.ACCEPT) == label for label, probability in results)
            total, right = total + len(results), right + hits
            announcements = sum(label for label, _ in results)
            click.echo(f"{hits / len(results):6.1%}  {hits}/{len(results)} pages ({announcements} announcements)"
                       f"  {name}")
        click.echo(f"{right / total:6.1%}  {right}/{total} pages, each scored by a model that never saw its file"
                   f" (accepting at {gate_model.ACCEPT})")
        return
    pages = [page for group in groups.values() for page in group]
    model = gate_model.train(pages)
    target = output or gate_model.MODEL_PATH
    document = {
        "about": "Weights of the announcement model (crawler/parse/gate_model.py): per character unigram or bigram "
                 "its IDF and logistic-regression coefficient. Rebuilt by govcases train-gate.",
        "trained_on": {"pages": len(pages), "announcements": sum(label for _, _, label in pages),
                       "files": [Path(name).parent.name + "/" + Path(name).name for name in groups]},
        "model": model.to_json(),
    }
    target.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    click.echo(f"{len(model.coef)} features from {len(pages)} pages -> {target}")


COMMANDS = [train_gate]
