"""Command line of the generator, used by the Makefile.

python -m generator bundle [--out FILE]   bundled spec to FILE (or stdout)
python -m generator validate              bundle + validate (structure, rules, examples, Redocly)
python -m generator regenerate            validate, render and replace generated/ atomically
python -m generator check                 fail when generated/ differs from a fresh render
python -m generator handwritten           list the hand-written Python files of generated/
python -m generator diff [--base REF] [--json] [--write-changelog]
                                          classify the changes from spec/ at REF (default HEAD~1)
                                          to the working tree; exit 1 on an unannounced break
                                          or a version step the scheme refuses (generator/release.py)
python -m generator conformance UPSTREAM [--json]
                                          compare spec/ with a vendor bundle file
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from . import changelog, conformance, layout, release
from .bundle import SpecError, bundle, dump
from .diff import DiffError, base_spec, compare, load_allowlist, versions
from .generate import GenerationError, Paths, check, load_valid_spec, regenerate


def _paths(args: argparse.Namespace) -> Paths:
    defaults = Paths()
    return Paths(
        spec=Path(args.spec) if args.spec else defaults.spec,
        templates=Path(args.templates) if args.templates else defaults.templates,
        output=Path(args.output) if args.output else defaults.output,
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", help="spec directory (default: spec/)")
    parser.add_argument("--templates", help="template directory (default: templates/)")
    parser.add_argument("--output", help="generated project directory (default: generated/)")
    sub = parser.add_subparsers(dest="command", required=True)
    bundle_cmd = sub.add_parser("bundle", help="write the bundled spec")
    bundle_cmd.add_argument("--out", help="file to write (default: stdout)")
    sub.add_parser("validate", help="bundle and validate the spec")
    sub.add_parser("regenerate", help="validate, render and replace the generated project")
    sub.add_parser("check", help="fail when the generated project is not what the spec and templates produce")
    sub.add_parser("handwritten", help="list the hand-written Python files of the generated project (for the linters)")
    diff_cmd = sub.add_parser("diff", help="classify the spec changes since a git ref (breaking or not)")
    diff_cmd.add_argument("--base", help="git ref to compare with (default: HEAD~1, or HEAD without a parent)")
    diff_cmd.add_argument("--json", action="store_true", help="print the report as JSON instead of Markdown")
    diff_cmd.add_argument("--allowlist", help="reviewed breaking changes (default: <spec>/diff-allowlist.yaml)")
    diff_cmd.add_argument(
        "--write-changelog",
        action="store_true",
        help="write this diff as the CHANGELOG entry of the working tree's version (<spec>/CHANGELOG.md)",
    )
    conformance_cmd = sub.add_parser("conformance", help="compare the spec with a vendor bundle file")
    conformance_cmd.add_argument("upstream", help="the vendor's bundled OpenAPI file (YAML or JSON)")
    conformance_cmd.add_argument("--json", action="store_true", help="print the report as JSON instead of Markdown")
    return parser


def _diff(args: argparse.Namespace, paths: Paths) -> int:
    allowlist = load_allowlist(Path(args.allowlist) if args.allowlist else paths.spec / "diff-allowlist.yaml")
    base = base_spec(args.base, paths.spec)
    revision = bundle(paths.spec).document
    report = compare(base.document, revision, base_label=base.label, revision_label="working tree", allowlist=allowlist)
    revision_version = release.package_version(revision, paths.spec)
    versions.apply(report, versions.package_version(base.document, base.release), revision_version)
    if base.note:
        report.warnings.insert(0, base.note)
    if args.json:
        print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(report.markdown())
    if args.write_changelog:
        version = report.revision_package
        if version == report.base_package:
            print(
                f"error: the package version is {version} in both: bump it first (info.version, or "
                f"spec/{release.RELEASE_FILE} for a client-only release)",
                file=sys.stderr,
            )
            return 2
        since = report.base_package or report.base_version
        entry = changelog.Entry(version, changelog.entry_text(version, report, base.document, revision, since=since))
        changelog.write_entry(paths.spec, entry)
        print(f"wrote the {version} entry of {paths.spec / changelog.SOURCE}; run 'make regenerate'", file=sys.stderr)
    return 1 if report.failed else 0


def _conformance(args: argparse.Namespace, paths: Paths) -> int:
    upstream_file = Path(args.upstream)
    report = conformance.conformance(
        bundle(paths.spec).document,
        conformance.load_upstream(upstream_file),
        ours_label=str(paths.spec),
        upstream_label=upstream_file.name,
    )
    if args.json:
        print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(report.markdown())
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    paths = _paths(args)
    try:
        if args.command == "bundle":
            text = dump(bundle(paths.spec).document)
            if args.out:
                Path(args.out).parent.mkdir(parents=True, exist_ok=True)
                Path(args.out).write_text(text, encoding="utf-8")
            else:
                sys.stdout.write(text)
        elif args.command == "validate":
            with tempfile.TemporaryDirectory() as tmp:
                result = load_valid_spec(paths, Path(tmp))
            count = sum(1 for _ in result.operations())
            print(f"spec is valid: {count} operations")
        elif args.command == "regenerate":
            started = time.perf_counter()
            result = regenerate(paths)
            count = sum(1 for _ in result.operations())
            elapsed = time.perf_counter() - started
            print(f"regenerated {paths.output} from {count} operations in {elapsed:.1f}s")
        elif args.command == "check":
            changed = check(paths)
            if changed:
                print(f"{paths.output} is out of date with spec/ and templates/; run 'make regenerate':")
                for name in changed[:50]:
                    print(f"  {name}")
                return 1
            print(f"{paths.output} matches spec/ and templates/")
        elif args.command == "handwritten":
            for name in sorted(layout.handwritten(paths.output)):
                if name.endswith(".py"):
                    print(os.path.relpath(paths.output / name))
        elif args.command in ("diff", "conformance"):
            return (_diff if args.command == "diff" else _conformance)(args, paths)
    except SpecError as exc:
        print(f"error: the spec is invalid; {paths.output} was left unchanged\n{exc}", file=sys.stderr)
        return 2
    except GenerationError as exc:
        print(f"error: generation failed; {paths.output} was left unchanged\n{exc}", file=sys.stderr)
        return 3
    except DiffError as exc:
        print(f"error: {args.command} failed\n{exc}", file=sys.stderr)
        return 3
    return 0
