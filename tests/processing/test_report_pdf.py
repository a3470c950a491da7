"""The report PDF (maps/report.html_to_pdf): headings stay with what follows them, table rows are never cut and a
table continued on the next page repeats its header, every page is numbered. Read back with pdftotext."""

import pytest
from helpers import pdf_lines

ROWS = 45


def _html(filler_lines):
    """Filler paragraphs, then a heading and a long table whose rows each hold a three-line cell."""
    filler = "".join(f"<p>Filler paragraph {n} of the page.</p>" for n in range(filler_lines))
    rows = "".join(f"<tr><td>R{n}a<br/>R{n}b<br/>R{n}c</td><td align='right'>{n}.5</td></tr>" for n in range(ROWS))
    return (f"<html><body style='font-size:10pt'>{filler}<h2>TABLEHEADING<br/><span>second line</span></h2>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr><th>HEADCOL</th>"
            f"<th>Value</th></tr></thead><tbody>{rows}</tbody></table><h2>LASTHEADING</h2>"
            "<p>After the last heading.</p></body></html>")


def _page_of(pages, word):
    found = [n for n, lines in enumerate(pages) if any(word in line.split() for line in lines)]
    assert len(found) == 1, (word, found)
    return found[0]


@pytest.mark.parametrize("filler_lines", range(30, 60, 2))  # the heading falls at every height of page 1's foot
def test_headings_stay_with_the_table_and_rows_are_whole(qgis_app, tmp_path, filler_lines):
    from bd_qgis_plugin.maps.report import html_to_pdf

    pdf = html_to_pdf(_html(filler_lines), str(tmp_path), str(tmp_path / "r.pdf"), "Page {page} / {pages}")
    pages = pdf_lines(pdf)
    assert len(pages) >= 3
    for number, lines in enumerate(pages, start=1):
        assert lines[-1] == f"Page {number} / {len(pages)}"  # the footer, last on every page
    heading = _page_of(pages, "TABLEHEADING")
    assert _page_of(pages, "R0a") == heading  # the heading, the header row and the first row together
    assert pages[heading].index("TABLEHEADING") < len(pages[heading]) - 4
    for n in range(ROWS):  # no row cut in two
        assert _page_of(pages, f"R{n}a") == _page_of(pages, f"R{n}b") == _page_of(pages, f"R{n}c"), n
    table_pages = range(heading, _page_of(pages, f"R{ROWS - 1}a") + 1)
    for n in table_pages:  # every page of the table starts it with the header row
        first = next(i for i, line in enumerate(pages[n]) if line.startswith("R") or "HEADCOL" in line)
        assert pages[n][first].startswith("HEADCOL"), pages[n][first]
    last = _page_of(pages, "LASTHEADING")
    assert _page_of(pages, "After") == last


def test_a_heading_near_the_foot_moves_to_the_next_page(qgis_app, tmp_path):
    """The case the rule is for: with one line less of filler the heading would fit, but not the table after it,
    so page 1 ends with the filler and leaves room rather than a heading alone at its foot."""
    from bd_qgis_plugin.maps.report import html_to_pdf

    moved = []
    for filler_lines in range(30, 60):
        pages = pdf_lines(html_to_pdf(_html(filler_lines), str(tmp_path), str(tmp_path / f"{filler_lines}.pdf"),
                                      "{page}/{pages}"))
        filler_page = max(n for n, lines in enumerate(pages) if any(line.startswith("Filler") for line in lines))
        if _page_of(pages, "TABLEHEADING") > filler_page:
            moved.append(filler_lines)
            assert pages[filler_page][-2].startswith("Filler")  # the page ends with the filler, then the footer
    assert moved  # some filler lengths put the heading at the foot of page 1: it moved on


def test_a_row_taller_than_a_page_is_cut_rather_than_lost(qgis_app, tmp_path):
    from bd_qgis_plugin.maps.report import html_to_pdf

    cell = "<br/>".join(f"L{n}" for n in range(120))
    html = (f"<html><body><table border='1'><thead><tr><th>H</th></tr></thead><tr><td>{cell}</td></tr></table>"
            "</body></html>")
    pages = pdf_lines(html_to_pdf(html, str(tmp_path), str(tmp_path / "tall.pdf"), "{page}/{pages}"))
    assert len(pages) >= 2
    printed = [w for lines in pages for line in lines for w in line.split() if w.startswith("L")]
    # every line printed, in order, each page ending between two lines. (Qt draws the text of a few lines of
    # such a cell above the clip as well, hidden by it: pdftotext reads them, hence the dict.fromkeys.)
    assert list(dict.fromkeys(printed)) == [f"L{n}" for n in range(120)]
