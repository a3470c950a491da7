"""HTML to PDF for the indicator report: a QTextDocument laid out for the printer, cut into pages here.

Why the pages are cut here and not by the renderer: QTextDocument (the HTML renderer QGIS has everywhere,
without a web engine) honours only ``page-break-before/after: always``. It ignores ``page-break-after: avoid``
and ``break-inside: avoid`` (Qt's "Supported HTML Subset"), so printed as it is (``QTextDocument.print_``) a
heading can end a page alone and a table row can be cut in two. A print layout (QgsLayout) would need every
table measured and split by hand as well. So the document is laid out once as one long page of the printable
width, at the printer's resolution, and cut where a cut is allowed:

- between blocks, but never right after a heading (a heading stays with what follows it);
- between the lines of a long paragraph, keeping two lines at least on either side;
- between table rows, never inside a row nor between the header row and the first row; a page that
  continues a table repeats its header row.

Only where nothing allowed fits on a page (one row taller than a page) is the cut made elsewhere, between
two lines of text. Each page gets its footer
("Trang N / M") below the text.
"""

import os
from dataclasses import dataclass

from qgis.PyQt.QtCore import QMarginsF, QRectF, Qt, QUrl
from qgis.PyQt.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from qgis.PyQt.QtPrintSupport import QPrinter

from ..core.errors import InputError

MARGIN_MM = 15.0
FOOTER_PT = 8.0
LAYOUT_DPI = 96.0
MIN_LINES = 2  # lines of a paragraph kept together at the foot and at the head of a page


@dataclass(frozen=True)
class Cut:
    """A place where a page may end (``end``: what is above it ends there) and the next one begin (``start``);
    ``header``: the (top, bottom) of a table's header row the next page repeats, when the cut is in a table."""
    end: float
    start: float
    header: tuple = None


def _not_written(pdf_path, error):
    return InputError("The file '{path}' could not be written ({error}). Check that its folder exists and can be "
                      "written.", path=pdf_path, error=error)


def _writable(pdf_path):
    """QPrinter fails silently on a file it cannot write: the file is tried first (and checked afterwards)."""
    try:
        with open(pdf_path, "ab"):
            pass
    except OSError as exc:
        raise _not_written(pdf_path, exc.strerror or str(exc)) from exc


def _block_item(layout, block):
    rect = layout.blockBoundingRect(block)
    text_layout = block.layout()
    origin = rect.top() - text_layout.boundingRect().top()
    lines = [origin + text_layout.lineAt(i).y() for i in range(text_layout.lineCount())]
    inner = []
    if block.blockFormat().headingLevel() == 0 and len(lines) >= 2 * MIN_LINES:
        inner = [Cut(y, y) for y in lines[MIN_LINES:len(lines) - MIN_LINES + 1]]
    return {"top": rect.top(), "bottom": rect.bottom(), "heading": block.blockFormat().headingLevel() > 0,
            "empty": not block.text().strip(), "cuts": inner}


def _table_item(layout, table, px):
    """A table: its top, bottom and the borders between its rows (``px``: one CSS pixel, in device pixels).

    Measured from the text of the cells: QTextDocumentLayout.frameBoundingRect() of a table lies a few pixels
    below what it paints (Qt 5.15), so a cut at its top would drop the table's top border."""
    tops, bottoms = [], []
    for r in range(table.rows()):
        cells = [table.cellAt(r, c) for c in range(table.columns())]
        tops.append(min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells))
        bottoms.append(max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells))
    frame = table.format()
    edge = (frame.cellPadding() + frame.border() + 0.25) * px  # from a cell's text to beyond the table's border
    # the border between two rows (1 px) lies midway between the text of one and the text of the next
    return {"top": tops[0] - edge, "bottom": bottoms[-1] + edge, "heading": False, "empty": False, "cuts": [],
            "borders": [(bottoms[r - 1] + tops[r]) / 2.0 for r in range(1, table.rows())],
            "header_rows": max(frame.headerRowCount(), 0)}


def _row_cuts(table, px):
    """Cuts between the rows of a table: never inside a row, nor between the header and the first row; both
    pages draw the border between the two rows, and the second one the table's header row first."""
    borders, header_rows = table["borders"], table["header_rows"]
    header = (table["top"], borders[header_rows - 1] + 0.5 * px) if 0 < header_rows <= len(borders) else None
    return [Cut(borders[r - 1] + 0.5 * px, borders[r - 1] - 1.5 * px, header)
            for r in range(header_rows + 1, len(borders) + 1)]


def allowed_cuts(document, px):
    """Every place where a page may end, top to bottom, in a document laid out unpaginated.

    No cut crosses a line of text: the PDF would keep the clipped line's text (pdftotext, search and copy
    would find it twice)."""
    layout = document.documentLayout()
    items = []
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is None:
            items.append(_block_item(layout, block))
            block = block.next()
        else:
            items.append(_table_item(layout, table, px))
            block = document.findBlock(table.lastPosition() + 1)
            if block.position() <= table.lastPosition():  # a table at the very end of the document
                break
    items = [i for i in items if not i["empty"]]  # empty blocks (Qt puts one after each table) are space
    for above, below in zip(items, items[1:]):  # a table's border reaches into the margins of its neighbours
        if "borders" in below:
            below["top"] = max(below["top"], above["bottom"])
        if "borders" in above:
            above["bottom"] = min(above["bottom"], below["top"])
    cuts = []
    for n, item in enumerate(items):
        if n and not items[n - 1]["heading"]:  # a heading is never left at the foot of a page
            cuts.append(Cut(items[n - 1]["bottom"], max(item["top"], items[n - 1]["bottom"])))
        cuts.extend(_row_cuts(item, px) if "borders" in item else item["cuts"])
    return sorted(cuts, key=lambda c: c.end)


def line_cuts(document):
    """The top of every line of text (in cells too): where a page ends when nothing allowed fits on it (a table
    row taller than a page), so that no line is cut in two."""
    layout = document.documentLayout()
    cuts = []
    block = document.begin()
    while block.isValid():
        rect, text_layout = layout.blockBoundingRect(block), block.layout()
        origin = rect.top() - text_layout.boundingRect().top()
        cuts.extend(Cut(origin + text_layout.lineAt(i).y(), origin + text_layout.lineAt(i).y())
                    for i in range(text_layout.lineCount()))
        block = block.next()
    return sorted(cuts, key=lambda c: c.end)


def paginate(cuts, height, page_height, px, fallback=()):
    """Pages as (header or None, top, bottom) slices of a document ``height`` tall: each page ends at the lowest
    of ``cuts`` that fits, else at the lowest of ``fallback`` (line tops), else where the page is full."""
    pages = []
    top, header = 0.0, None
    while True:
        room = page_height - ((header[1] - header[0] - 2 * px) if header else 0.0)
        if height - top <= room:
            pages.append((header, top, height))
            return pages
        fitting = [c for c in cuts if c.start > top + px and c.end <= top + room] or \
            [c for c in fallback if c.start > top + px and c.end <= top + room]
        cut = max(fitting, key=lambda c: c.end) if fitting else Cut(top + room, top + room)
        pages.append((header, top, cut.end))
        top, header = cut.start, cut.header


def _paint(document, painter, width, top, bottom, y):
    painter.save()
    painter.translate(0, y - top)
    document.drawContents(painter, QRectF(0, top, width, bottom - top))
    painter.restore()


def html_to_pdf(html_text, base_dir, pdf_path, page_label="{page} / {pages}", title=""):
    """Print ``html_text`` to an A4 portrait PDF, returning ``pdf_path``; relative image paths are read from
    ``base_dir``; ``page_label`` (with {page} and {pages}) is printed at the foot of every page."""
    _writable(pdf_path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(pdf_path)
    printer.setDocName(title)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                      QPageLayout.Unit.Millimeter))
    paint_rect = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = printer.resolution() / LAYOUT_DPI  # printer pixels per pixel of the layout (one CSS pixel)
    width, page_height = paint_rect.width() / scale, paint_rect.height() / scale
    footer_font = QFont("DejaVu Sans")
    footer_font.setPointSizeF(FOOTER_PT)
    footer_height = FOOTER_PT / 72.0 * LAYOUT_DPI * 2.5
    footer_option = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)

    # Laid out at 96 dpi, like a screen, and printed scaled (as QTextDocument.print_ does): laid out at the
    # printer's 1200 dpi, Qt 5.15 reports the text of table cells a little higher per row than it paints it,
    # and the cuts between rows would drift down a long table.
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    device.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setBaseUrl(QUrl.fromLocalFile(os.path.abspath(base_dir) + os.sep))
    document.setHtml(html_text)
    document.setTextWidth(width)
    pages = paginate(allowed_cuts(document, 1.0), document.size().height(), page_height - footer_height, 1.0,
                     line_cuts(document))

    painter = QPainter()
    if not painter.begin(printer):
        raise _not_written(pdf_path, "QPrinter")
    try:
        for number, (header, top, bottom) in enumerate(pages, start=1):
            if number > 1:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            y = 0.0
            if header:
                _paint(document, painter, width, header[0], header[1], y)
                y += header[1] - header[0] - 2.0  # the row's top border drawn over the header's bottom one
            _paint(document, painter, width, top, bottom, y)
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(0, (page_height - footer_height) * scale, width * scale, footer_height * scale),
                             page_label.format(page=number, pages=len(pages)), footer_option)
    finally:
        painter.end()
    del device
    if not os.path.getsize(pdf_path):
        os.remove(pdf_path)
        raise _not_written(pdf_path, "QPrinter")
    return pdf_path
