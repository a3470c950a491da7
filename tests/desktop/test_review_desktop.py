"""The review loop in the real QGIS desktop under Xvfb at 1366×768, on a real PostgreSQL with three real logins:
a technician pushes, reviewer A returns with a comment the technician reads in History, the technician pushes a
correction, reviewer B accepts it. Screenshots kept in build/test-artifacts/ (to look at):
qgis_desktop_review_history_<lang>.png (History with the comment), review_submission_under_boundaries_<lang>.png,
review_import_dialog.png, review_history_at_end.png."""

import json
import shutil

import pytest
from db_helpers import _login, install_schema
from desktop_run import ARTIFACTS, run_desktop

SHOTS = ("review_submission_under_boundaries.png", "review_import_dialog.png", "review_history_at_end.png")
COMMENT = "Thiếu lô phía đông khu Hòn Bà; bổ sung rồi gửi lại"
WORDS = {"en": {"returned": "returned", "accepted": "accepted", "waiting": "1 submission(s) are waiting, but {tech}"},
         "vi": {"returned": "đã trả lại", "accepted": "đã chấp nhận", "waiting": "Có 1 hồ sơ đang chờ, nhưng {tech}"}}


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "vi"])
def test_review_loop_closes_in_real_qgis(tmp_path, postgis_db, language):
    words = WORDS[language]
    install_schema(postgis_db)
    logins = {"tech": _login(postgis_db, "bd_technician"), "reviewer_a": _login(postgis_db, "bd_reviewer"),
              "reviewer_b": _login(postgis_db, "bd_reviewer")}
    pg = {"host": postgis_db.host, "port": postgis_db.port, "dbname": postgis_db.dbname,
          **{key: list(login) for key, login in logins.items()}}
    report, _, screenshot = run_desktop(tmp_path, "check_review_loop.py", f"qgis_desktop_review_history_{language}.png",
                                        timeout=240, screen="1366x768", env_extra={"BD_PG": json.dumps(pg)},
                                        locale=language)
    for name in SHOTS:
        if (screenshot.parent / name).exists():
            shutil.copy(screenshot.parent / name, ARTIFACTS / name.replace(".png", f"_{language}.png"))
    assert report["errors"] == [], report["errors"]
    assert report["connected"] == [True] * 5
    assert report["pushes"] == [[["Rừng ngập mặn Thủy Triều", 1, None]], [["Rừng ngập mặn Thủy Triều", 2, None]]]
    tech, reviewer_a, reviewer_b = (logins[key][0] for key in ("tech", "reviewer_a", "reviewer_b"))

    # the technician is not offered their own push, and is told why
    assert report["tech_review"]["rows"] == 0 and report["tech_review"]["note_shown"]
    assert words["waiting"].format(tech=tech) in report["tech_review"]["note"]
    assert not report["tech_review"]["accept_enabled"]
    # the import asked for the fields, the likely ones preselected; the loaded boundaries showed it at once
    assert report["dialog"]["name"] == "ten_khu" and report["dialog"]["category_field"] == "loai"
    assert report["dialog"]["decision"] == "so_qd" and report["dialog"]["shot"]
    assert report["dialog"]["names"] == ["ten_khu — Vườn quốc gia Núi Chúa", "loai — Vườn quốc gia",
                                         "so_qd — 134/QĐ-TTg"]
    assert report["imported"] == 2 and report["boundaries_before"] == 0
    assert report["boundaries_after_import"] == {"same_layer": True, "features": 2, "extent_empty": False,
                                                 "renderer": "RuleRenderer"}
    # reviewer A sees the submission under the boundary outlines and returns it with a comment
    assert report["reviewer_a_rows"] == 1
    assert report["order"]["boundaries"] + 1 == report["order"]["submission"]
    assert report["returned"]
    # the technician reads why in History
    assert report["history_after_return"] == [{
        "title": "Rừng ngập mặn Thủy Triều", "version": "1", "status": words["returned"], "review_comment": COMMENT,
        "reviewed_by": reviewer_a, "pushed_by": tech}]
    assert report["returned_label"]["shown"] and f"“{COMMENT}” ({reviewer_a})" in report["returned_label"]["text"]
    # the correction is accepted by another login
    assert report["reviewer_b_rows"] == [["Rừng ngập mặn Thủy Triều", "2", tech]] and report["accepted"]
    assert [(row["version"], row["status"], row["reviewed_by"]) for row in report["history_at_end"]] == [
        ("1", words["returned"], reviewer_a), ("2", words["accepted"], reviewer_b)]
    assert not report["returned_label_at_end"]  # answered by version 2
    assert postgis_db.query("SELECT l.version, r.status, r.reviewer, r.comment FROM bd.reviews r JOIN bd.layers l "
                            "ON l.id = r.layer_id WHERE r.status <> 'submitted' ORDER BY r.id") == [
        (1, "returned", reviewer_a, COMMENT), (2, "accepted", reviewer_b, None)]
    assert all(report["screenshots"].values())

    # the boundary outlines (national park line #105f32 on its white casing) are drawn over the submission's fill
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(str(ARTIFACTS / f"review_submission_under_boundaries_{language}.png"))

    def pixels_near(colour, tolerance=10):
        target = QColor(colour)
        return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                   if max(abs(QColor(image.pixel(x, y)).red() - target.red()),
                          abs(QColor(image.pixel(x, y)).green() - target.green()),
                          abs(QColor(image.pixel(x, y)).blue() - target.blue())) <= tolerance)

    assert pixels_near("#1b7837") > 2000 and pixels_near("#105f32") > 100
