"""Create or update NP6 contacts from a CSV file, and report how many were created and updated.

The CSV's header row names NP6 fields (``Email,Firstname,Lastname``): NP6 writes contacts by
field *name* (and reads them back keyed by field *id*). Each row is created; when NP6 answers
409 (the contact exists) it is found by its unicity value and updated
(``client.targets.upsert``). Empty cells are left out, so they do not blank a field.

    export NP6_API_KEY=...
    python examples/contact_sync.py contacts.csv --unicity Email

Exit status: 0 when every row was written, 1 when some failed (listed on stderr).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

import np6
from np6 import errors
from np6.models import Document


@dataclass
class SyncReport:
    """The counts of a sync, and a line per row that failed."""

    created: int = 0
    updated: int = 0
    failed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.created} created, {self.updated} updated, {len(self.failed)} failed"


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a CSV file (UTF-8, with or without a BOM), as field name -> value."""
    with path.open(newline="", encoding="utf-8-sig") as file:
        yield from csv.DictReader(file)


def document_of(row: Mapping[str, str | None]) -> Document:
    """The contact to write: the non-empty cells, keyed by field name."""
    values = {name.strip(): value.strip() for name, value in row.items() if name and value and value.strip()}
    return Document.from_dict(values)  # checks each value against the spec (a str, a number or a list of str)


def main(client: np6.Client, rows: Iterable[Mapping[str, str | None]], *, unicity: str = "Email") -> SyncReport:
    """Upsert each row; ``unicity`` is the column holding the account's unicity field."""
    report = SyncReport()
    for line, row in enumerate(rows, start=2):  # line 1 is the header
        key = (row.get(unicity) or "").strip()
        if not key:
            report.failed.append(f"line {line}: no {unicity}")
            continue
        try:
            target, created = client.targets.upsert(document_of(row), unicity=key)
        except msgspec.ValidationError as exc:  # a value the spec does not allow: nothing was sent
            report.failed.append(f"line {line} ({key}): {exc}")
            continue
        except errors.APIStatusError as exc:  # refused (400: a bad value, 404: found by nobody...)
            report.failed.append(f"line {line} ({key}): NP6 answered {exc.status_code}, request id {exc.request_id}")
            continue
        # an APIConnectionError (NP6 unreachable after the client's retries) stops the sync:
        # run it again, rows already written are updated, not duplicated
        if created:
            report.created += 1
        else:
            report.updated += 1
        print(f"{'created' if created else 'updated'} {key} as {target.id}")
    return report


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Create or update NP6 contacts from a CSV file (header: field names).")
    parser.add_argument("csv", type=Path, help="the CSV file; its header row names NP6 fields")
    parser.add_argument("--unicity", default="Email", help="the column of the unicity field (default: Email)")
    return parser.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    with np6.Client() as np6_client:  # NP6_API_KEY (and NP6_BASE_URL, if set) from the environment
        result = main(np6_client, read_rows(args.csv), unicity=args.unicity)
    for failure in result.failed:
        print(failure, file=sys.stderr)
    print(result.summary())
    sys.exit(1 if result.failed else 0)
