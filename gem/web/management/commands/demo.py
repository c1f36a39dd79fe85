from django.core.management.base import BaseCommand

from gem.web.demo import load_full_demo


class Command(BaseCommand):
    help = "Load the demo (Thanh Hóa province, its plan, 12 communes, demo users). Idempotent."

    def handle(self, *args, **options):
        result = load_full_demo()
        self.stdout.write(
            f"Demo ready: province plan {result['plan']}, {result['communes']} communes."
        )
