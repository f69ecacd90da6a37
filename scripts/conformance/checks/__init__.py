"""One module per family of checks. Each ``check_*`` function takes the run's ``Context`` and
returns a list of ``Result``: a name, how many things it looked at, and one line per failure
naming the URL or file and what is wrong."""

from dataclasses import dataclass, field


@dataclass
class Result:
    name: str
    checked: int = 0
    failures: list = field(default_factory=list)

    def fail(self, message: str):
        self.failures.append(message)

    @property
    def passed(self) -> bool:
        return not self.failures and self.checked > 0
