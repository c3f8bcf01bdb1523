"""Files for people outside the program: the meeting workbook. No Qt and no database here."""

from vgg_desktop.export.errors import ExportError, ExportFailure
from vgg_desktop.export.workbook import ExportResult, write_meeting_workbook

__all__ = ["ExportError", "ExportFailure", "ExportResult", "write_meeting_workbook"]
