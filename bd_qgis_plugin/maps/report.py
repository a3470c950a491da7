"""HTML to PDF for the indicator report (QTextDocument printed by QPrinter, images resolved beside the HTML)."""

import os

from qgis.PyQt.QtCore import QMarginsF, QSizeF, QUrl
from qgis.PyQt.QtGui import QPageLayout, QPageSize, QTextDocument
from qgis.PyQt.QtPrintSupport import QPrinter

from ..core.errors import InputError


def html_to_pdf(html_text, base_dir, pdf_path):
    """Print ``html_text`` to an A4 portrait PDF; relative image paths are read from ``base_dir``.

    QPrinter fails silently on a file it cannot write: the file is tried first, and checked afterwards.
    """
    try:
        with open(pdf_path, "ab"):
            pass
    except OSError as exc:
        raise InputError("The file '{path}' could not be written ({error}). Check that its folder exists and can "
                         "be written.", path=pdf_path, error=exc.strerror or str(exc)) from exc
    document = QTextDocument()
    document.setBaseUrl(QUrl.fromLocalFile(os.path.abspath(base_dir) + os.sep))
    document.setHtml(html_text)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(pdf_path)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(15, 15, 15, 15),
                                      QPageLayout.Unit.Millimeter))
    document.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.Point).size()))
    document.print_(printer)
    if not os.path.getsize(pdf_path):
        os.remove(pdf_path)
        raise InputError("The file '{path}' could not be written ({error}). Check that its folder exists and can "
                         "be written.", path=pdf_path, error="QPrinter")
    return pdf_path
