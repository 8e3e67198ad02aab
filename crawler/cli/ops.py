"""Running the archive over time: ``govcases schedule`` (cron), ``govcases merge`` (several machines),
``govcases sources`` (check the sources file) and ``govcases regroup`` (republication groups)."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click

from crawler.cli.options import db_option

CRON_PRESETS = {"hourly": "7 * * * *", "daily": "17 3 * * *", "weekly": "17 3 * * 1"}
MARK = "# govcases:{name}"


def cron_entry(*, db: Path, log_dir: Path, schedule: str, spiders: tuple[str, ...] = (), offline: bool = False,
               keep_days: int = 90, name: str = "crawl") -> str:
    """The crontab lines of a periodic crawl.

    The crawl's output goes to a dated log (old logs pruned after ``keep_days``); ``flock`` keeps two crawls from
    overlapping; a failed crawl (``govcases crawl`` exits non-zero when a monitor raises an alert) prints one line,
    which cron mails to MAILTO, appends its exit status to ``status.log`` and exits with the same status.
    """
    when = CRON_PRESETS.get(schedule, schedule)
    if len(when.split()) != 5:
        raise click.BadParameter(f"{schedule!r}: give hourly, daily, weekly or five cron fields", param_hint="--every")
    db, log_dir = db.resolve(), log_dir.resolve()
    crawl = [*govcases_command(), "crawl", "--db", str(db), *(["--offline"] if offline else []), *spiders]
    log = f"{shlex.quote(str(log_dir))}/{name}-$(date +\\%Y\\%m\\%d-\\%H\\%M).log"
    lock, status = shlex.quote(str(log_dir / f"{name}.lock")), shlex.quote(str(log_dir / "status.log"))
    # cron runs this with /bin/sh; "%" is special to cron, hence the backslashes.
    command = (
        f"mkdir -p {shlex.quote(str(log_dir))} && "
        f"find {shlex.quote(str(log_dir))} -name '{name}-*.log' -mtime +{keep_days} -delete; "
        f"{f'flock -n {lock} ' if shutil.which('flock') else ''}{shlex.join(crawl)} >> {log} 2>&1; s=$?; "
        f"echo \"$(date -Iseconds) {name} exit=$s\" >> {status}; "
        f"[ $s -eq 0 ] || echo \"govcases {name} failed (exit $s): see {shlex.quote(str(log_dir))}\"; exit $s"
    )
    return f"{MARK.format(name=name)}\n{when} {command}\n"


def govcases_command() -> list[str]:
    """How cron should call govcases: the console script beside this Python, else this Python's ``-m``."""
    script = Path(sys.executable).parent / "govcases"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "crawler.cli"]


def install_cron(entry: str, name: str) -> str:
    """Put ``entry`` into the user's crontab, replacing an earlier entry of the same name; return the new crontab."""
    if not shutil.which("crontab"):
        raise click.ClickException("no crontab command on this machine: print the entry and install it by hand")
    current = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    lines = current.stdout.splitlines() if current.returncode == 0 else []  # no crontab yet: exit status 1
    kept, skip = [], False
    for line in lines:
        if line == MARK.format(name=name):
            skip = True  # drop the marker and the schedule line after it
            continue
        if skip:
            skip = False
            continue
        kept.append(line)
    table = "\n".join(kept + entry.rstrip("\n").split("\n")) + "\n"
    subprocess.run(["crontab", "-"], input=table, text=True, check=True)
    return table


@click.command()
@db_option
@click.argument("spiders", nargs=-1)
@click.option("--every", "schedule", default="daily", show_default=True,
              help="hourly, daily, weekly, or five cron fields (\"30 2 * * *\").")
@click.option("--log-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("logs"), show_default=True,
              help="Where each crawl's log and status.log go.")
@click.option("--keep-days", default=90, show_default=True, help="Delete crawl logs older than this.")
@click.option("--offline", is_flag=True, help="Schedule a crawl of the bundled snapshot (for trying it out).")
@click.option("--name", default="crawl", show_default=True, help="Names the entry, its logs and its lock.")
@click.option("--install", is_flag=True, help="Add the entry to your crontab (replacing one of the same name).")
def schedule(db_path: str, spiders: tuple[str, ...], schedule: str, log_dir: Path, keep_days: int, offline: bool,
             name: str, install: bool) -> None:
    """Print (or --install) a cron entry that crawls SPIDERS (default: all) periodically.

    Logs are kept per run in --log-dir, and every run's exit status is appended to status.log there; a failed
    crawl also prints one line, which cron mails to MAILTO, and the entry exits with the crawl's status. For
    Scrapyd, schedule through its schedule.json instead (see the README).
    """
    entry = cron_entry(db=Path(db_path), log_dir=log_dir, schedule=schedule, spiders=spiders, offline=offline,
                       keep_days=keep_days, name=name)
    if install:
        install_cron(entry, name)
        click.echo(f"installed in your crontab:\n{entry}", nl=False)
    else:
        click.echo(entry, nl=False)


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--into", "into", required=True, type=click.Path(dir_okay=False),
              help="The archive to merge into (created if missing; its rows take part).")
def merge(inputs: tuple[str, ...], into: str) -> None:
    """Merge the node archives INPUTS into one (same result in any order; merging twice changes nothing)."""
    from crawler.archive.merge import MergeError, merge_archives

    try:
        report = merge_archives(inputs, into)
    except MergeError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{into}: {report.articles} articles ({report.duplicate_urls} held by more than one input, newest "
               f"kept), {report.runs} runs, {report.errors} errors, {report.sources} sources; "
               f"{report.warc_files_copied} WARC files copied")


@click.command()
@db_option
def regroup(db_path: str) -> None:
    """Recompute the republication groups (crawls and merges do it themselves)."""
    from crawler.archive import Archive
    from crawler.archive.dedup import refresh_groups

    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist")
    stats = refresh_groups(Archive(db_path).db)
    click.echo(f"{stats.articles} articles in {stats.groups} announcements; {stats.republished_groups} republished "
               f"on several pages ({stats.folded} copies folded)")


@click.group()
def sources() -> None:
    """The sources file: sites crawled without Python."""


@sources.command("check")
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The sources file (default: the repository's sources.toml).")
def sources_check(path: Path | None) -> None:
    """Validate the sources file and show what each entry will crawl."""
    from crawler.sources import SourcesError, load_sources

    try:
        entries = load_sources(path)
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from exc
    for s in entries:
        state = "" if s.enabled else " (disabled)"
        ways = ", ".join(f"{len(v)} {k}" for k, v in
                         (("list pages", s.start_urls), ("feeds", s.feeds), ("sitemaps", s.sitemaps)) if v)
        click.echo(f"{s.name}{state}: {s.title} — {ways}; domains {', '.join(s.allowed_domains)}")
    click.echo(f"{len(entries)} source(s), valid")


COMMANDS = [schedule, merge, regroup, sources]
