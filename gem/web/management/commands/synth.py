import json
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from gem.core.errors import GemError
from gem.web.synth import SynthOptions, synth_run


class Command(BaseCommand):
    help = (
        "Fill the database with a synthetic national data set (plans, agencies, periods, "
        "sex-disaggregated figures) for load tests and benchmarks. Use an empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--provinces", type=int, default=34)
        parser.add_argument("--communes", type=int, default=3321)
        parser.add_argument("--years", type=int, default=10)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--today", type=date.fromisoformat, default=None, help="YYYY-MM-DD (default: today)"
        )
        parser.add_argument("--no-rollups", action="store_true", help="skip the rollup rebuild")
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args, **opts):
        if opts["years"] < 1 or opts["provinces"] < 1 or opts["communes"] < 0:
            raise CommandError("--years and --provinces must be at least 1, --communes 0 or more")
        options = SynthOptions(
            provinces=opts["provinces"],
            communes=opts["communes"],
            years=opts["years"],
            seed=opts["seed"],
            today=opts["today"],
            rollups=not opts["no_rollups"],
            progress=not opts["quiet"],
            stream=self.stderr,
        )
        try:
            summary = synth_run(options)
        except GemError as exc:
            raise CommandError(str(exc)) from exc
        seconds = {k: round(v, 1) for k, v in summary.seconds.items()}
        self.stdout.write(json.dumps({**summary.__dict__, "seconds": seconds}))
