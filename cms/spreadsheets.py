"""CSV files people open in a spreadsheet: no cell runs as a formula, and Excel reads UTF-8.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some
spreadsheets skip before looking for those) is a formula to Excel and LibreOffice:
``=HYPERLINK(…)`` in a join-form answer becomes a link that leaks the sheet when clicked. Such
cells get a leading apostrophe, OWASP's advice for "CSV injection", which spreadsheets show as
text. Files start with a UTF-8 byte order mark, without which Excel reads Welsh and Arabic as
mojibake, and are served as ``text/csv; charset=utf-8``.

``safe_cell`` is for code that writes rows itself (stories' case-studies.csv);
``protect_wagtail_exports`` applies it to every CSV export of Wagtail's admin.
"""

BOM = "\ufeff"
CONTENT_TYPE = "text/csv; charset=utf-8"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def protect_wagtail_exports() -> None:
    """Make every CSV export of Wagtail's admin safe: form submissions, reports (site history,
    aging and locked pages, workflows) and any listing with ``list_export``.

    They all come from ``wagtail.admin.views.mixins.SpreadsheetExportMixin``, which has no hook
    or setting for this, so its three CSV methods are wrapped once, at start-up (``cms.apps``).
    Its XLSX export already stores formula-like text as text."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_cms_safe_csv", False):
        return
    stream_csv = SpreadsheetExportMixin.stream_csv
    write_csv_response = SpreadsheetExportMixin.write_csv_response

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                name: safe_cell(self.preprocess_field_value(name, value, self.FORMAT_CSV))
                for name, value in row_dict.items()
            }
        )

    def stream_with_bom(self, queryset):
        yield BOM
        yield from stream_csv(self, queryset)

    def response_with_charset(self, queryset):
        response = write_csv_response(self, queryset)
        response["Content-Type"] = CONTENT_TYPE
        return response

    SpreadsheetExportMixin.write_csv_row = write_csv_row
    SpreadsheetExportMixin.stream_csv = stream_with_bom
    SpreadsheetExportMixin.write_csv_response = response_with_charset
    SpreadsheetExportMixin._cms_safe_csv = True
