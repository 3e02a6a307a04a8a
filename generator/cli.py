"""Command line of the generator, used by the Makefile.

python -m generator bundle [--out FILE]   bundled spec to FILE (or stdout)
python -m generator validate              bundle + validate (structure, rules, examples, Redocly)
python -m generator regenerate            validate, render and replace generated/ atomically
python -m generator check                 fail when generated/ differs from a fresh render
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from .bundle import SpecError, bundle, dump
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
    return parser


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
    except SpecError as exc:
        print(f"error: the spec is invalid; {paths.output} was left unchanged\n{exc}", file=sys.stderr)
        return 2
    except GenerationError as exc:
        print(f"error: generation failed; {paths.output} was left unchanged\n{exc}", file=sys.stderr)
        return 3
    return 0
