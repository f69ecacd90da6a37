"""Print, as JSON, the URLs the benchmark measures: [[label, path], …].

Each app's ``bench.targets()`` (optional) names its own pages; the shared ones come
from here: the home page, search, a static CSS file and the bare 10 KB view.
"""

import json
from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management.base import BaseCommand
from wagtail.models import Site


class Command(BaseCommand):
    help = "List the benchmark's target URLs as JSON."

    def handle(self, *args, **options):
        site = Site.objects.get(is_default_site=True)
        targets = [["bare Django view (ceiling)", "/bench/bare/"], ["home", site.root_page.url]]
        for app in settings.DEMO_CONTENT_APPS:
            if find_spec(f"{app}.bench") is None:
                continue
            module = import_module(f"{app}.bench")
            if hasattr(module, "targets"):
                targets.extend([list(target) for target in module.targets()])
        targets.append(["search", "/en/search/?q=network"])
        targets.append(["static CSS", staticfiles_storage.url("cms/css/site.css")])
        self.stdout.write(json.dumps(targets))
