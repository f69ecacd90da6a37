"""Welsh and Arabic versions of the demo home and About pages, made with wagtail-localize.

Wagtail idiom: a translation made here is exactly what the admin's "Translate" action makes —
a ``TranslationSource`` (the English page's strings), a ``Translation`` per target locale, and
``StringTranslation`` rows (imported as a PO file, marked as machine translations) — so editors
can open them in the admin and keep translating. The demo loader publishes them straight away,
standing in for an editor approving them; translations made in the admin stay drafts
(``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False``). The texts are machine-quality
translations written for the demo (see docs/translating.md).
"""

from django.apps import apps
from django.conf import settings
from wagtail.models import DraftStateMixin, Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from .demo_tools import Progress
from .demo_translation_texts import STRINGS as MORE_STRINGS
from .demo_translation_texts_events import STRINGS as EVENT_STRINGS
from .demo_translation_texts_framework import STRINGS as FRAMEWORK_STRINGS
from .demo_translation_texts_glossary import STRINGS as GLOSSARY_STRINGS
from .demo_translation_texts_join import STRINGS as JOIN_STRINGS
from .demo_translation_texts_stories import STRINGS as STORY_STRINGS
from .demo_translation_texts_ways import STRINGS as WAYS_STRINGS
from .models import SiteText

# English source text -> {language code: translation}. Strings the table lacks (e.g. names)
# stay in English in the translation, as wagtail-localize's fallback does.
STRINGS = {
    # Home page
    "Learning from each other": {"cy": "Dysgu oddi wrth ein gilydd", "ar": "نتعلّم من بعضنا"},
    "Peer-support circles, organisers and action networks run themselves. Here they swap what works: "
    "how they meet, how they decide, and what happened when they tried.": {
        "cy": "Mae cylchoedd cymorth cymheiriaid, trefnwyr a rhwydweithiau gweithredu yn rhedeg eu hunain. "
        "Yma maen nhw'n rhannu'r hyn sy'n gweithio: sut maen nhw'n cwrdd, sut maen nhw'n penderfynu, "
        "a beth ddigwyddodd pan wnaethon nhw roi cynnig arni.",
        "ar": "تدير حلقات الدعم المتبادل والمنظِّمون وشبكات العمل أنفسهم بأنفسهم. هنا يتبادلون ما ينجح: "
        "كيف يجتمعون، وكيف يقرّرون، وماذا حدث حين جرّبوا.",
    },
    "Read the handbook our members keep, come to a forum or workshop, or send us the story of something "
    "your group tried. Joining is free: tell us a little about your group on the Join page and one of the "
    "organisers will say hello.": {
        "cy": "Darllenwch y llawlyfr y mae ein haelodau'n ei gadw, dewch i fforwm neu weithdy, neu anfonwch "
        "hanes rhywbeth a driodd eich grŵp. Mae ymuno am ddim: dywedwch ychydig wrthym am eich grŵp ar y "
        "dudalen Ymuno a bydd un o'r trefnwyr yn dweud helo.",
        "ar": "اقرأ الدليل الذي يحفظه أعضاؤنا، أو احضر منتدى أو ورشة عمل، أو أرسل إلينا قصة شيء جرّبته "
        "مجموعتك. الانضمام مجاني: أخبرنا قليلًا عن مجموعتك في صفحة الانضمام وسيرحّب بك أحد المنظِّمين.",
    },
    "Come to an event": {"cy": "Dewch i ddigwyddiad", "ar": "احضر فعالية"},
    "Share your story": {"cy": "Rhannwch eich stori", "ar": "شارك قصتك"},
    # About page
    "About the network": {"cy": "Am y rhwydwaith", "ar": "عن الشبكة"},
    "Who runs this site, who it is for, and how to take part.": {
        "cy": "Pwy sy'n rhedeg y wefan hon, i bwy mae hi, a sut i gymryd rhan.",
        "ar": "من يدير هذا الموقع، ولمن هو، وكيف تشارك.",
    },
    "Who we are": {"cy": "Pwy ydyn ni", "ar": "من نحن"},
    "We are a loose network of networks: tenants' groups, mutual-aid circles, campaign collectives and "
    "the people who host their meetings. Nobody is in charge of the whole; each group keeps its own way "
    "of doing things and lends what it has learned.": {
        "cy": "Rydyn ni'n rhwydwaith llac o rwydweithiau: grwpiau tenantiaid, cylchoedd cyd-gymorth, "
        "cydweithfeydd ymgyrchu a'r bobl sy'n cynnal eu cyfarfodydd. Does neb yn gyfrifol am y cyfan; "
        "mae pob grŵp yn cadw ei ffordd ei hun o wneud pethau ac yn rhannu'r hyn a ddysgodd.",
        "ar": "نحن شبكة مرنة من الشبكات: مجموعات مستأجرين، وحلقات عون متبادل، وتجمّعات حملات، والأشخاص "
        "الذين يستضيفون اجتماعاتهم. لا أحد مسؤول عن الكل؛ تحتفظ كل مجموعة بطريقتها الخاصة وتشارك ما تعلّمته.",
    },
    "The best meetings we ever had started with everyone saying what they needed that evening.": {
        "cy": "Dechreuodd ein cyfarfodydd gorau erioed gyda phawb yn dweud beth oedd ei angen arnyn nhw'r noson honno.",
        "ar": "أفضل اجتماعاتنا على الإطلاق بدأت بأن قال كل واحد ما يحتاجه في تلك الأمسية.",
    },
    "Host of a monthly listening circle": {
        "cy": "Gwesteiwr cylch gwrando misol",
        "ar": "مستضيفة حلقة استماع شهرية",
    },
    "How this site works": {"cy": "Sut mae'r wefan hon yn gweithio", "ar": "كيف يعمل هذا الموقع"},
    "Editors from member groups look after the handbook and the events list. Anyone in a network can "
    "send in a story; an editor reads it before it appears.": {
        "cy": "Mae golygyddion o'r grwpiau sy'n aelodau yn gofalu am y llawlyfr a'r rhestr digwyddiadau. "
        "Gall unrhyw un mewn rhwydwaith anfon stori; mae golygydd yn ei darllen cyn iddi ymddangos.",
        "ar": "يعتني محرّرون من المجموعات الأعضاء بالدليل وقائمة الفعاليات. يمكن لأي شخص في شبكة أن يرسل "
        "قصة؛ ويقرؤها محرّر قبل نشرها.",
    },
    "Got something that worked?": {"cy": "Oes gennych chi rywbeth a weithiodd?", "ar": "هل لديك شيء نجح؟"},
    "Tell us about it, even if it is small or only half finished.": {
        "cy": "Dywedwch wrthym amdano, hyd yn oed os yw'n fach neu ddim ond hanner ffordd.",
        "ar": "أخبرنا عنه، حتى لو كان صغيرًا أو لم يكتمل إلا نصفه.",
    },
}


def _filled_translation(instance, locale: Locale, strings: dict, user=None) -> Translation:
    """A wagtail-localize translation of ``instance`` with every segment filled from ``strings``
    (``{source text: {language code: text}}``); the caller saves its target."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, {}).get(locale.language_code, "")
    translation.import_po(po, user=user, translation_type="machine", tool_name="demo content")
    return translation


def translate_page(page: Page, language_code: str, strings: dict, progress: Progress, user=None) -> Page:
    """Translate ``page`` into ``language_code`` through wagtail-localize and publish it.

    Idempotent: an existing translation is left as it is (editors may have changed it).
    The parent must already be translated (the home page is translated first).
    """
    locale = Locale.objects.get(language_code=language_code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        progress.made(f"{language_code} translation of {page.title}", created=False)
        return existing
    translation = _filled_translation(page, locale, strings, user)
    # Saved as a draft, as the admin does, then published here at once (wagtail-localize's own
    # publish=True waits for the transaction to commit, which the demo loader's does not yet).
    translation.save_target(user=user, publish=False)
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish(user=user)
    progress.made(f"{language_code} translation of {page.title}", created=True)
    translated.refresh_from_db()
    return translated


def translate_snippet(instance, language_code: str, strings: dict, progress: Progress, user=None):
    """Translate a translatable snippet (e.g. a framework area) the same way; idempotent."""
    locale = Locale.objects.get(language_code=language_code)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        progress.made(f"{language_code} translation of {instance}", created=False)
        return existing
    translation = _filled_translation(instance, locale, strings, user)
    if isinstance(instance, DraftStateMixin):
        # As for pages: a draft with its revision, published here at once.
        translation.save_target(user=user, publish=False)
        translated = instance.get_translation(locale)
        translated.get_latest_revision().publish(user=user)
    else:
        translation.save_target(user=user, publish=True)  # snippets without drafts are saved at once
    progress.made(f"{language_code} translation of {instance}", created=True)
    return instance.get_translation(locale)


# Pages translated by the demo, relative to the site's home page, parents before children.
DEMO_PAGES = [
    "",
    "about/",
    "handbook/",
    "handbook/getting-started/",
    "handbook/getting-started/hosting-a-first-gathering/",
    "handbook/finding-a-shared-vocabulary/",
    "handbook/ways-of-working/",
    "handbook/ways-of-working/styles-of-working/",
    "handbook/ways-of-working/closer-and-better-connected/",
    "framework/",
    "events/",
    "events/monthly-peer-support-forum/",
    "events/care-work-exchange/",
    "events/fair-services-half-day-workshop/",
    "events/participation-and-power-workshop/",
    "events/listening-well-online-workshop/",
    "events/spring-network-gathering/",
    "events/action-planning-day/",
    "stories/",
    "stories/deciding-without-a-chair/",
    "join/",
    # Half the demo stories and case studies (issue #20), those with lead images.
    "stories/the-soup-that-started-a-tenants-union/",
    "stories/a-rota-that-shared-the-load/",
    "stories/the-bench-conversations/",
    "stories/community-fridge-network/",
    "stories/shared-minibus-for-rural-groups/",
    "stories/planning-a-year-on-one-wall/",
]


def load(progress: Progress) -> None:
    """Translate the demo pages, the framework and the glossary into every other configured language.

    Runs after every app's demo content (``load_demo_content`` calls it last). Pages another
    app's demo did not make are skipped.
    """
    # The handbook's translatable snippets, by name: cms imports no app.
    framework_area, framework_value, glossary_term = (
        apps.get_model("handbook", name) for name in ("FrameworkArea", "FrameworkValue", "GlossaryTerm")
    )
    progress.section("Translations (Welsh, Arabic)")
    strings = {
        **STRINGS,
        **MORE_STRINGS,
        **WAYS_STRINGS,
        **GLOSSARY_STRINGS,
        **JOIN_STRINGS,
        **STORY_STRINGS,
        **EVENT_STRINGS,
        **FRAMEWORK_STRINGS,
    }
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    home = Site.objects.get(is_default_site=True).root_page
    by_path = {
        page.url_path: page
        for page in Page.objects.filter(locale_id=home.locale_id, url_path__in=[home.url_path + p for p in DEMO_PAGES])
    }
    pages = [by_path[home.url_path + path].specific for path in DEMO_PAGES if home.url_path + path in by_path]
    default_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    facets = [
        *SiteText.objects.filter(locale=default_locale).order_by("pk")[:1],
        *framework_area.objects.filter(locale=default_locale).order_by("sort_order", "pk"),
        *framework_value.objects.filter(locale=default_locale).order_by("sort_order", "pk"),
        # After the framework and before the pages, so that translated pages use translated terms.
        *glossary_term.objects.filter(locale=default_locale, live=True).order_by("pk"),
    ]
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        for facet in facets:
            translate_snippet(facet, code, strings, progress)
        for page in pages:
            translate_page(page, code, strings, progress)
