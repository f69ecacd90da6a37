"""CSV files people open in a spreadsheet: no cell runs as a formula, and Excel reads UTF-8.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some
spreadsheets skip before looking for those) is a formula to Excel and LibreOffice:
``=HYPERLINK(…)`` in a join-form answer becomes a link that leaks the sheet when clicked. Such
cells get a leading apostrophe, OWASP's advice for "CSV injection", which spreadsheets show as
text. Files start with a UTF-8 byte order mark, without which Excel reads Welsh and Arabic as
mojibake, and are served as ``text/csv; charset=utf-8``.

``safe_cell`` is for code that writes rows itself (stories' case-studies.csv);
``SafeCSVExportMixin`` is for Wagtail's spreadsheet exports (form submissions).
"""

BOM = "\ufeff"
CONTENT_TYPE = "text/csv; charset=utf-8"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class SafeCSVExportMixin:
    """For a view using Wagtail's ``SpreadsheetExportMixin``: safe cells, a BOM, a charset."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                name: safe_cell(self.preprocess_field_value(name, value, self.FORMAT_CSV))
                for name, value in row_dict.items()
            }
        )

    def stream_csv(self, queryset):
        yield BOM
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = CONTENT_TYPE
        return response
