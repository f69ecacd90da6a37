"""Stories and case studies: the library index, the two kinds of entry and their tags."""

from .entry import Completeness, Kind, StoryEntry
from .index import StoryIndexPage
from .pages import CASE_STUDY_SECTIONS, CaseStudyPage, StoryPage
from .tags import TaggedStory

__all__ = [
    "CASE_STUDY_SECTIONS",
    "CaseStudyPage",
    "Completeness",
    "Kind",
    "StoryEntry",
    "StoryIndexPage",
    "StoryPage",
    "TaggedStory",
]
