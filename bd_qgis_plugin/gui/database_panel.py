"""The database tabs of the dock (Push, History, Review): widgets from dock_widget.ui, logic here, SQL never
(everything goes through ``bd_qgis_plugin.db``). Pushes run in a QgsTask: progress, cancel (= rollback).
What the user should see (results, refusals, reviewer decisions) goes to the QGIS message bar too."""

import os
import uuid
from datetime import datetime, timezone

from qgis.core import (
    Qgis,
    QgsAbstractMetadataBase,
    QgsApplication,
    QgsCoordinateTransform,
    QgsLayerTreeLayer,
    QgsMapLayerType,
    QgsProcessingUtils,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal, pyqtSlot
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QDialog, QFileDialog, QLabel, QListWidgetItem, QMenu, QTableWidgetItem

from ..core.errors import BdError
from ..db import THEME_LABELS, THEMES
from ..db.checks import BLOCKING, collect_facts, has_blocking, map_export_checks, pre_push_checks
from ..db.checksums import file_checksum
from ..db.connections import default_geopackage_path, open_database, saved_postgres_connections
from ..db.model import MapExportRequest, PushRequest, layer_style_qml, metadata_to_qmd
from ..db.protected_areas import check_boundaries_layer, protected_area_records
from ..db.push import push_all, report_line, resume_queue
from ..db.queue import PushQueue
from ..i18n import tr
from ..maps.layout import export_layout
from ..maps.styles import apply_style
from .boundaries_dialog import BoundaryImportDialog

EMBEDDED, OTHER_GPKG, POSTGRES = "embedded", "gpkg", "postgres"
HISTORY_COLUMNS = ("title", "version", "status", "review_comment", "reviewed_by", "kind", "pushed_by", "pushed_at",
                   "table_name")  # the review and its comment first: what a technician looks for
#: the database (its label) whose protected areas a project layer shows, as loaded by the Review tab
BOUNDARIES_PROPERTY = "bd_qgis_plugin/boundaries_of"
RETURNED_COLOUR = "#b00020"
#: the key of a map export in the list of what to push starts so (a layer's is its layer id)
MAP_KEY = "map:"
#: message bar levels and how long (seconds) each stays: an error stays until it is closed
BAR_DURATION = {Qgis.MessageLevel.Info: 5, Qgis.MessageLevel.Success: 5, Qgis.MessageLevel.Warning: 10,
                Qgis.MessageLevel.Critical: 0}


def local_time(value):
    """A database timestamp (ISO 8601 text, UTC when it names no zone, as the GeoPackage keeps it; or a datetime,
    as PostgreSQL gives it) in the local time zone, as "04/12/2026 21:05"; "" for none."""
    if value in (None, ""):
        return ""
    moment = value
    if isinstance(value, str):
        try:  # "Z": Python before 3.11 (QGIS' Windows builds) does not read it
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            return value
    if not isinstance(moment, datetime):
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def kind_text(kind):
    """What a History row holds, in words."""
    return {"vector": tr("vector layer"), "raster": tr("raster"), "table": tr("table"), "map_pdf": tr("map (PDF)"),
            "map_png": tr("map (PNG)")}.get(kind, kind or "")


def _choice(kind, name=""):
    return f"{kind}:{name}"


def _parse_choice(data):
    kind, _, name = (data or EMBEDDED).partition(":")
    return kind, name


def _message(exc):
    return exc.translated(tr) if isinstance(exc, BdError) else str(exc)


class PushTask(QgsTask):
    """Pushes prepared jobs (layer clones made in the main thread) or resumes the queue, in the background."""

    def __init__(self, description, database, jobs, queue, resume=False, exports=()):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.database, self.jobs, self.queue, self.resume = database, jobs, queue, resume
        self.exports = list(exports)  # MapExportRequest: files written before the task starts
        self.report, self.error = [], None

    def run(self):
        progress = lambda fraction: self.setProgress(100.0 * fraction)  # noqa: E731
        try:
            if self.resume:
                self.report = resume_queue(self.queue, progress, self.isCanceled)
            else:
                self.report = push_all(self.database, self.jobs, self.exports, self.queue, progress,
                                       self.isCanceled)
        except Exception as exc:  # noqa: BLE001 - shown in the panel
            self.error = _message(exc)
            return False
        return True


class DatabasePanel(QObject):
    push_finished = pyqtSignal(list)

    def __init__(self, dock, iface):
        super().__init__(dock)
        self.ui, self.iface = dock, iface
        self.queue = PushQueue()
        self.forms = {}  # layer id or map key → form values
        self.map_items = {}  # map key → {"path": file or "", "layout": print layout name or ""}
        self._exported = {}  # map key of a print layout → the file it was exported to for this check or push
        self.task = None
        self.history_rows, self.history_maps, self.submission_rows = [], [], []
        self._current_layer_id = None
        self._translate_ui()
        for theme in THEMES:
            self.ui.themeCombo.addItem(tr(THEME_LABELS[theme]), theme)
        self.ui.historyTable.setColumnCount(len(HISTORY_COLUMNS))
        self.ui.historyTable.setHorizontalHeaderLabels([tr("Title"), tr("Version"), tr("Review"), tr("Comment"),
                                                        tr("Reviewed by"), tr("Kind"), tr("Pushed by"),
                                                        tr("Pushed at"), tr("Table")])
        self.returnedLabel = self._note_label(self.ui.historyTable, "returnedLabel", before=True)
        self.reviewNoteLabel = self._note_label(self.ui.submissionsTable, "reviewNoteLabel")
        self.ui.submissionsTable.setColumnCount(4)
        self.ui.submissionsTable.setHorizontalHeaderLabels([tr("Title"), tr("Version"), tr("Pushed by"),
                                                            tr("Province")])
        self.ui.gpkgPathEdit.setPlaceholderText(tr("GeoPackage file of the database"))
        self.ui.reviewCommentEdit.setPlaceholderText(tr("Comment for the technician"))
        self.ui.layoutEdit.setPlaceholderText(tr("unknown: the file name is stored"))
        self.ui.cancelButton.setEnabled(False)
        self.map_menu = QMenu(self.ui.addMapButton)
        self.map_menu.aboutToShow.connect(self._fill_map_menu)
        self.ui.addMapButton.setMenu(self.map_menu)
        self._show_form_rows(None)
        self._align_form_labels()
        self.refresh_connections()
        self.refresh_layers()
        self.refresh_queue()
        ui = self.ui
        for signal, slot in (
                (ui.refreshConnectionsButton.clicked, self.refresh_connections),
                (ui.connectionCombo.currentIndexChanged, self._connection_changed),
                (ui.browseGpkgButton.clicked, self._browse_gpkg),
                (ui.layerList.currentItemChanged, self._layer_selected),
                *((edit.textChanged, self._store_form) for edit in (
                    ui.titleEdit, ui.keywordsEdit, ui.provinceEdit, ui.reserveEdit, ui.licenceEdit, ui.contactEdit,
                    ui.abstractEdit, ui.layoutEdit)),
                (ui.removeMapButton.clicked, self.remove_selected_map),
                (ui.themeCombo.currentIndexChanged, self._store_form), (ui.checkButton.clicked, self.run_checks),
                (ui.provinceCombo.currentIndexChanged, self._province_chosen),
                (ui.pushButton.clicked, self.start_push), (ui.cancelButton.clicked, self.cancel_push),
                (ui.resumeButton.clicked, self.resume_queue), (ui.refreshHistoryButton.clicked, self.refresh_history),
                (ui.loadVersionButton.clicked, self.load_selected_version),
                (ui.loadBoundariesButton.clicked, self.load_boundaries),
                (ui.importBoundariesButton.clicked, self._choose_boundaries_file),
                (ui.refreshSubmissionsButton.clicked, self.refresh_submissions),
                (ui.submissionsTable.itemSelectionChanged, self._submission_selected),
                (ui.loadSubmissionButton.clicked, self.load_selected_submission),
                (ui.acceptButton.clicked, lambda: self.decide("accepted")),
                (ui.returnButton.clicked, lambda: self.decide("returned")),
                (ui.tabs.currentChanged, self._tab_shown), (ui.visibilityChanged, self._tab_shown)):
            signal.connect(slot)
        self._submission_selected()
        project = QgsProject.instance()
        project.layersAdded.connect(self.refresh_layers)
        project.layersRemoved.connect(self.refresh_layers)

    def _translate_ui(self):
        ui = self.ui
        ui.tabs.setTabText(1, tr("Push"))
        ui.tabs.setTabText(2, tr("History"))
        ui.tabs.setTabText(3, tr("Review"))
        for widget, text in (
                (ui.connectionLabel, tr("Database")), (ui.refreshConnectionsButton, tr("Refresh")),
                (ui.layersLabel, tr("Layers and maps to push")),
                (ui.metadataLabel, tr("Metadata of the selected layer or map")),
                (ui.addMapButton, tr("Add a map…")), (ui.removeMapButton, tr("Remove the map")),
                (ui.layoutLabel, tr("Print layout")), (ui.fileLabel, tr("File")), (ui.checksLabel, tr("Checks")),
                (ui.reportLabel, tr("Result of the last push")),
                (ui.titleLabel, tr("Title")), (ui.abstractLabel, tr("Abstract")), (ui.keywordsLabel, tr("Keywords")),
                (ui.themeLabel, tr("Theme")), (ui.provinceFieldLabel, tr("Province")), (ui.reserveLabel, tr("Reserve")),
                (ui.crsLabel, tr("CRS")), (ui.licenceLabel, tr("Licence")), (ui.contactLabel, tr("Contact")),
                (ui.checkButton, tr("Check")), (ui.pushButton, tr("Push")), (ui.cancelButton, tr("Cancel")),
                (ui.resumeButton, tr("Resume queued pushes")), (ui.refreshHistoryButton, tr("Refresh")),
                (ui.loadVersionButton, tr("Load selected version")),
                (ui.reviewHelpLabel, tr("Reviewer mode: national reserve boundaries and submissions")),
                (ui.loadBoundariesButton, tr("Load reserve boundaries")),
                (ui.importBoundariesButton, tr("Import boundaries…")), (ui.refreshSubmissionsButton, tr("Refresh")),
                (ui.loadSubmissionButton, tr("Load beside boundaries")), (ui.acceptButton, tr("Accept")),
                (ui.returnButton, tr("Return")),
                (ui.allowDuplicateCheck, tr("Allow pushing identical data again"))):
            widget.setText(text)

    # -- connection ---------------------------------------------------------------------------------------
    def refresh_connections(self):
        combo = self.ui.connectionCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("Embedded GeoPackage (default)"), _choice(EMBEDDED))
        for name in saved_postgres_connections():
            combo.addItem(tr("PostgreSQL: {name}").format(name=name), _choice(POSTGRES, name))
        combo.addItem(tr("Another GeoPackage file…"), _choice(OTHER_GPKG))
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._connection_changed()

    def select_connection(self, kind, name=""):
        index = self.ui.connectionCombo.findData(_choice(kind, name))
        self.ui.connectionCombo.setCurrentIndex(index)
        return index >= 0

    def _connection_changed(self):
        kind, _ = _parse_choice(self.ui.connectionCombo.currentData())
        self.ui.gpkgPathEdit.setVisible(kind == OTHER_GPKG)
        self.ui.browseGpkgButton.setVisible(kind == OTHER_GPKG)
        if kind == EMBEDDED:
            self.ui.gpkgPathEdit.setText(default_geopackage_path())

    def _browse_gpkg(self):
        path, _ = QFileDialog.getSaveFileName(self.ui, tr("GeoPackage database"), self.ui.gpkgPathEdit.text(),
                                              "GeoPackage (*.gpkg)", options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.ui.gpkgPathEdit.setText(path)

    def target(self):
        kind, name = _parse_choice(self.ui.connectionCombo.currentData())
        if kind == POSTGRES:
            return name
        if kind == OTHER_GPKG:
            return self.ui.gpkgPathEdit.text().strip()
        return ""

    def database(self):
        """The chosen database (schema checked/migrated), or None with the reason in the status line."""
        kind, _ = _parse_choice(self.ui.connectionCombo.currentData())
        if kind == OTHER_GPKG and not self.target():
            self.status(tr("Choose the GeoPackage file of the database first (the … button)."), error=True)
            return None
        try:
            return open_database(self.target())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.status(_message(exc), error=True)
            return None

    def _guarded(self, call, *args, default=None):
        """``call(*args)``, or ``default`` with the database's message in the status line: a slot never lets a
        refusal or a lost connection (BdError; the db package wraps driver errors into DatabaseError) escape."""
        try:
            return call(*args)
        except BdError as exc:
            self.status(_message(exc), error=True)
            return default

    def status(self, text, error=False, level=None, detail=None):
        """Say ``text`` in the status line and in the QGIS message bar (with ``detail`` there, when given), at
        ``level`` (a Qgis.MessageLevel; by default Critical for an error, Info otherwise)."""
        if level is None:
            level = Qgis.MessageLevel.Critical if error else Qgis.MessageLevel.Info
        colour = {Qgis.MessageLevel.Critical: "#b00020", Qgis.MessageLevel.Warning: "#8a6d00"}.get(level)
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(f"color: {colour};" if colour else "")
        bar = self.iface.messageBar() if self.iface is not None and hasattr(self.iface, "messageBar") else None
        if bar is not None:
            bar.pushMessage(tr("Provincial database"), f"{text} {detail}" if detail else text, level,
                            BAR_DURATION[level])

    def _tab_shown(self, *args):
        """History and Review show what the database holds whenever they are shown (not only on Refresh)."""
        if self.ui.isHidden():
            return
        current = self.ui.tabs.currentWidget()
        if current is self.ui.historyTab:
            self.refresh_history()
        elif current is self.ui.reviewTab:
            self.refresh_submissions()

    def _database_changed(self):
        """After a push or a review decision, History and Review show it at once."""
        self.refresh_history()
        self.refresh_submissions()

    # -- layers and metadata form -------------------------------------------------------------------------
    def refresh_layers(self, *args):
        """The project's layers, then the map exports added with "Add a map…", each with a tick box."""
        checked = set(self._checked_keys())
        current = self.ui.layerList.currentItem()
        current = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.ui.layerList.blockSignals(True)
        self.ui.layerList.clear()
        entries = [(layer.id(), layer.name(), None) for layer in QgsProject.instance().mapLayers().values()
                   if layer.type() in (QgsMapLayerType.VectorLayer, QgsMapLayerType.RasterLayer)]
        icon = QgsApplication.getThemeIcon("/mIconLayout.svg")
        entries += [(key, self._map_label(item), icon) for key, item in self.map_items.items()]
        for key, text, item_icon in entries:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            if item_icon is not None:
                item.setIcon(item_icon)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
            self.ui.layerList.addItem(item)
            if key == current:
                self.ui.layerList.setCurrentItem(item)
        self.ui.layerList.blockSignals(False)
        if current is not None and current not in {key for key, _, _ in entries}:
            self._layer_selected(None)

    def _checked_keys(self):
        return [self.ui.layerList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.ui.layerList.count())
                if self.ui.layerList.item(i).checkState() == Qt.CheckState.Checked]

    def checked_layer_ids(self):
        return [key for key in self._checked_keys() if not key.startswith(MAP_KEY)]

    def checked_map_keys(self):
        return [key for key in self._checked_keys() if key.startswith(MAP_KEY)]

    def set_checked(self, layer_ids):
        for i in range(self.ui.layerList.count()):
            item = self.ui.layerList.item(i)
            chosen = item.data(Qt.ItemDataRole.UserRole) in layer_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def select_layer(self, layer_id):
        for i in range(self.ui.layerList.count()):
            if self.ui.layerList.item(i).data(Qt.ItemDataRole.UserRole) == layer_id:
                self.ui.layerList.setCurrentRow(i)

    def _prefill(self, layer):
        metadata = layer.metadata()
        keywords = [word for words in metadata.keywords().values() for word in words]
        province = self.ui.selected_province_name() if hasattr(self.ui, "selected_province_name") else ""
        contacts = metadata.contacts()
        return {"title": metadata.title() or layer.name(), "abstract": metadata.abstract(),
                "keywords": ", ".join(keywords), "theme": "habitat", "province": province, "reserve": "",
                "licence": metadata.licenses()[0] if metadata.licenses() else "",
                "contact": contacts[0].name if contacts else "", "layout": ""}

    def _province_chosen(self, *args):
        """The province chosen in the Province tab fills the forms that have none yet."""
        name = self.ui.selected_province_name() if hasattr(self.ui, "selected_province_name") else ""
        if not name:
            return
        for layer_id, form in self.forms.items():
            if not form["province"]:
                form["province"] = name
                if layer_id == self._current_layer_id:
                    self.ui.provinceEdit.setText(name)

    def _layer_selected(self, item, _previous=None):
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        map_item = self.map_items.get(key) if key else None
        layer = QgsProject.instance().mapLayer(key) if key and map_item is None else None
        self._current_layer_id = None
        self.ui.removeMapButton.setEnabled(map_item is not None)
        self._show_form_rows("map" if map_item is not None else "layer")
        if layer is None and map_item is None:
            return
        form = self.forms.setdefault(key, self._prefill(layer) if layer is not None else self._prefill_map(map_item))
        ui = self.ui
        ui.layoutEdit.setText(form["layout"])
        ui.fileValueLabel.setText(map_item["path"] or tr("exported as PDF from the print layout at each check and "
                                                         "push") if map_item is not None else "")
        ui.titleEdit.setText(form["title"])
        ui.titleEdit.setCursorPosition(0)
        ui.abstractEdit.setPlainText(form["abstract"])
        ui.keywordsEdit.setText(form["keywords"])
        ui.themeCombo.setCurrentIndex(max(ui.themeCombo.findData(form["theme"]), 0))
        ui.provinceEdit.setText(form["province"])
        ui.reserveEdit.setText(form["reserve"])
        ui.licenceEdit.setText(form["licence"])
        ui.contactEdit.setText(form["contact"])
        if layer is not None:
            ui.crsValueLabel.setText(layer.crs().userFriendlyIdentifier() if layer.crs().isValid() else tr("none"))
        self._current_layer_id = key

    def _align_form_labels(self):
        """The three parts of the form (common, layer, map) line their fields up: one label width."""
        ui = self.ui
        labels = (ui.titleLabel, ui.provinceFieldLabel, ui.abstractLabel, ui.keywordsLabel, ui.themeLabel,
                  ui.reserveLabel, ui.crsLabel, ui.licenceLabel, ui.contactLabel, ui.layoutLabel, ui.fileLabel)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _show_form_rows(self, kind):
        """The form asks what is stored: for a layer its metadata, for a map its print layout and file."""
        self.ui.layerFields.setVisible(kind != "map")
        self.ui.mapFields.setVisible(kind == "map")

    def _store_form(self, *args):
        if self._current_layer_id is None:
            return
        ui = self.ui
        self.forms[self._current_layer_id] = {
            "title": ui.titleEdit.text().strip(), "abstract": ui.abstractEdit.toPlainText().strip(),
            "keywords": ui.keywordsEdit.text().strip(), "theme": ui.themeCombo.currentData(),
            "province": ui.provinceEdit.text().strip(), "reserve": ui.reserveEdit.text().strip(),
            "licence": ui.licenceEdit.text().strip(), "contact": ui.contactEdit.text().strip(),
            "layout": ui.layoutEdit.text().strip()}

    def form_of(self, layer):
        return self.forms.setdefault(layer.id(), self._prefill(layer))

    # -- map exports --------------------------------------------------------------------------------------
    def _fill_map_menu(self):
        """"Add a map…": a PDF or PNG file, or one of the project's print layouts (exported when pushed)."""
        menu = self.map_menu
        menu.clear()
        menu.addAction(tr("PDF or PNG file…"), self._choose_map_files)
        layouts = QgsProject.instance().layoutManager().printLayouts()
        menu.addSection(tr("Print layouts of the project (exported as PDF)"))
        for name in sorted(layout.name() for layout in layouts):
            menu.addAction(QgsApplication.getThemeIcon("/mIconLayout.svg"), name,
                           lambda checked=False, name=name: self.add_layout_map(name))
        if not layouts:
            menu.addAction(tr("The project has no print layout")).setEnabled(False)

    def _choose_map_files(self):
        paths, _ = QFileDialog.getOpenFileNames(self.ui, tr("Map exports"), "",
                                                tr("Maps (*.pdf *.png);;All files (*)"))
        for path in paths:
            self.add_map_file(path)

    def add_map_file(self, path, layout_name=""):
        """Add a map export file (PDF or PNG; ``layout_name``: its print layout, when known) to what can be
        pushed, ticked and selected; returns its key."""
        return self._add_map({"path": path, "layout": layout_name})

    def add_layout_map(self, layout_name):
        """Add a print layout of the project to what can be pushed: it is exported as PDF at each check and push
        (so the stored map is the layout as it is then); returns its key."""
        return self._add_map({"path": "", "layout": layout_name})

    def _add_map(self, item):
        key = MAP_KEY + uuid.uuid4().hex
        self.map_items[key] = item
        checked = self._checked_keys() + [key]
        self.refresh_layers()
        self.set_checked(checked)
        self.select_layer(key)
        return key

    def remove_selected_map(self):
        item = self.ui.layerList.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key not in self.map_items:
            self.status(tr("Select a map in the list first."), error=True)
            return False
        del self.map_items[key]
        self.forms.pop(key, None)
        self.refresh_layers()
        return True

    @staticmethod
    def _map_label(item):
        if item["path"]:
            name = os.path.basename(item["path"])
            return tr("Map: {name}").format(name=f"{item['layout']} ({name})" if item["layout"] else name)
        return tr("Map: {name}").format(name=item["layout"] + " (PDF)")

    def _prefill_map(self, item):
        name = item["layout"] or os.path.splitext(os.path.basename(item["path"]))[0]
        province = self.ui.selected_province_name() if hasattr(self.ui, "selected_province_name") else ""
        return {"title": name, "abstract": "", "keywords": "", "theme": "other", "province": province, "reserve": "",
                "licence": "", "contact": "", "layout": item["layout"]}

    def _map_form(self, key):
        return self.forms.setdefault(key, self._prefill_map(self.map_items[key]))

    def _map_file(self, key):
        """The file of a map item: its own, or its print layout exported now (raises InputError when the layout is
        gone or cannot be exported)."""
        item = self.map_items[key]
        if item["path"]:
            return item["path"]
        layout = QgsProject.instance().layoutManager().layoutByName(item["layout"])
        if layout is None:
            raise BdError("The print layout '{name}' is not in the project any more: remove the map from the list, "
                          "or add the layout again.", name=item["layout"])
        folder = os.path.join(QgsProcessingUtils.tempFolder(), "bd_map_exports")  # QGIS removes it on exit
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"{key[len(MAP_KEY):]}.pdf")
        export_layout(layout, path)
        return path

    def form_metadata(self, layer):
        """The layer's QgsLayerMetadata completed from the form (what QgsNativeMetadataValidator checks)."""
        form = self.form_of(layer)
        metadata = layer.metadata().clone()
        metadata.setTitle(form["title"])
        metadata.setAbstract(form["abstract"])
        metadata.setIdentifier(metadata.identifier() or form["title"])
        metadata.setLanguage(metadata.language() or "vie")
        metadata.setType(metadata.type() or "dataset")
        metadata.setCrs(layer.crs())
        if form["keywords"]:
            metadata.addKeywords("keywords", [w.strip() for w in form["keywords"].split(",") if w.strip()])
        if form["licence"]:
            metadata.setLicenses([form["licence"]])
        if form["contact"]:
            contact = QgsAbstractMetadataBase.Contact(form["contact"])
            metadata.setContacts([contact])
        return metadata

    # -- checks and push ----------------------------------------------------------------------------------
    def _checked_layers(self):
        project = QgsProject.instance()
        return [layer for layer in (project.mapLayer(i) for i in self.checked_layer_ids()) if layer is not None]

    def run_checks(self, database=None, with_checksum=True):
        """Checks of every checked layer and map, shown by severity; returns {layer id or map key: [Check]}.
        A print layout in the list is exported here (the file the push then stores)."""
        layers, maps = self._checked_layers(), self.checked_map_keys()
        self.ui.checksList.clear()
        self._exported = {}
        if not layers and not maps:
            self.status(tr("Tick the layers or maps to push first."), error=True)
            return {}
        database = database or self.database()
        found = {}
        for layer in layers:
            try:
                form = self.form_of(layer)
                facts = collect_facts(layer, form["title"], database, self.form_metadata(layer),
                                      with_checksum=with_checksum, province=form["province"])
            except Exception as exc:  # noqa: BLE001 - a layer that cannot be read is a blocking problem
                self.status(_message(exc), error=True)
                continue
            found[layer.id()] = self._show_checks(layer.name(), pre_push_checks(facts))
        for key in maps:
            form = self._map_form(key)
            try:
                path = self._map_file(key)
            except BdError as exc:  # the layout is gone, or could not be exported
                self.status(_message(exc), error=True)
                continue
            self._exported[key] = path
            already = ()
            if with_checksum and database is not None and os.path.isfile(path):
                already = self._guarded(database.map_checksum_matches, file_checksum(path), default=())
            found[key] = self._show_checks(self._map_label(self.map_items[key]),
                                           map_export_checks(form["title"], path, form["province"], already))
        return found

    def _show_checks(self, name, checks):
        """List the checks of one layer or map, blocking ones in red, warnings in amber; returns them."""
        for check in checks:
            severity = tr("Blocking") if check.severity == BLOCKING else tr("Warning")
            item = QListWidgetItem(f"{severity} — {name}: {check.message.translated(tr)}")
            item.setData(Qt.ItemDataRole.UserRole, check.severity)
            item.setForeground(QBrush(QColor("#b00020" if check.severity == BLOCKING else "#8a6d00")))
            self.ui.checksList.addItem(item)
        if not checks:
            self.ui.checksList.addItem(QListWidgetItem(tr("{name}: ready to push").format(name=name)))
        return checks

    def start_push(self):
        if self.task is not None:
            return None
        database = self.database()
        if database is None:
            return None
        checks = self.run_checks(database, with_checksum=False)
        layers = [layer for layer in self._checked_layers() if layer.id() in checks]
        maps = [key for key in self.checked_map_keys() if key in checks]
        if not layers and not maps:
            return None
        if any(has_blocking(found) for found in checks.values()):
            self.status(tr("Blocking problems: correct them (see the checks) before pushing."), error=True)
            return None
        jobs = []
        for layer in layers:
            form = self.form_of(layer)
            request = PushRequest(title=form["title"], theme=form["theme"], province=form["province"],
                                  reserve=form["reserve"], metadata_qmd=metadata_to_qmd(self.form_metadata(layer)),
                                  style_qml=layer_style_qml(layer) or "",
                                  allow_duplicate=self.ui.allowDuplicateCheck.isChecked())
            jobs.append((layer.clone(), request))  # the task reads a copy: the project's layer stays free
        exports = []
        for key in maps:
            form = self._map_form(key)
            exports.append(MapExportRequest(path=self._exported[key], title=form["title"], layout_name=form["layout"],
                                            province=form["province"],
                                            allow_duplicate=self.ui.allowDuplicateCheck.isChecked()))
        self._start_task(PushTask(tr("Pushing to the provincial database"), database, jobs, self.queue,
                                  exports=exports))
        return self.task

    def resume_queue(self):
        if self.task is None and self.queue.items():
            self._start_task(PushTask(tr("Resuming queued pushes"), None, [], self.queue, resume=True))
        return self.task

    def _start_task(self, task):
        self.task = task
        self.ui.progressBar.setValue(0)
        self.ui.pushButton.setEnabled(False)
        self.ui.resumeButton.setEnabled(False)
        self.ui.cancelButton.setEnabled(True)
        task.progressChanged.connect(self._on_progress)  # a QObject slot: queued into the GUI thread
        task.taskCompleted.connect(self._task_done)
        task.taskTerminated.connect(self._task_done)
        QgsApplication.taskManager().addTask(task)

    @pyqtSlot(float)
    def _on_progress(self, value):
        self.ui.progressBar.setValue(int(value))

    def cancel_push(self):
        if self.task is not None:
            self.task.cancel()

    def _task_done(self):
        task, self.task = self.task, None
        self.ui.pushButton.setEnabled(True)
        self.ui.resumeButton.setEnabled(True)
        self.ui.cancelButton.setEnabled(False)
        lines = [task.error] if task.error else []
        for entry in task.report:
            lines.append(report_line(entry, tr))
            lines += [warning.translated(tr) for warning in (entry[1].warnings if entry[1] is not None else ())]
        self.ui.reportText.setPlainText("\n".join(lines))
        saved = sum(1 for _, result, _ in task.report if result is not None)
        failed = bool(task.error) or saved < len(task.report)
        counts = tr("{saved} of {count} saved.").format(saved=saved, count=len(task.report))
        if not failed:
            self.status(tr("Push finished: {counts}").format(counts=counts), level=Qgis.MessageLevel.Success,
                        detail=" ".join(lines))
        else:  # something stored and something not: a warning; nothing stored: an error
            self.status(tr("Push finished with problems: {counts} See the result below.").format(counts=counts),
                        level=Qgis.MessageLevel.Warning if saved else Qgis.MessageLevel.Critical,
                        detail=" ".join(lines))
        self.ui.progressBar.setValue(100 if not failed else self.ui.progressBar.value())
        self.refresh_queue()
        self._database_changed()
        self.push_finished.emit(task.report)

    def refresh_queue(self):
        items = self.queue.items()
        self.ui.queueLabel.setText(tr("{count} push(es) waiting in the queue.").format(count=len(items)) if items
                                   else tr("The push queue is empty."))
        self.ui.resumeButton.setEnabled(bool(items) and self.task is None)

    # -- history ------------------------------------------------------------------------------------------
    def refresh_history(self):
        """The versions the database holds (``history_rows``), then its map exports (``history_maps``)."""
        database = self.database()
        read = self._guarded(lambda: (database.layers(), database.map_exports())) if database is not None else None
        self.history_rows, self.history_maps = read or ([], [])
        maps = [{"title": row["title"], "kind": f"map_{row['format']}", "pushed_by": row["pushed_by"],
                 "pushed_at": row["pushed_at"]} for row in self.history_maps]
        self._fill(self.ui.historyTable,
                   [[self._history_text(row, c) for c in HISTORY_COLUMNS] for row in self.history_rows + maps])
        comment = HISTORY_COLUMNS.index("review_comment")  # a long comment is read whole in its tooltip
        for r, row in enumerate(self.history_rows):
            self.ui.historyTable.item(r, comment).setToolTip(row.get("review_comment") or "")
        self.ui.historyTable.setColumnWidth(comment, min(self.ui.historyTable.columnWidth(comment), 260))
        self._show_returned(database)

    @staticmethod
    def _history_text(row, column):
        """One History cell as people read it: statuses and kinds in words, local time."""
        if column == "status":
            return _status_text(row.get("status"))
        if column in ("pushed_at", "reviewed_at"):
            return local_time(row.get(column))
        if column == "kind":
            return kind_text(row.get(column))
        return str(row.get(column) or "")

    def _show_returned(self, database):
        """Returned versions say why: in red with the reviewer's comment as tooltip, and those of the current user
        that no newer version has answered yet are listed above the table."""
        status, comment = HISTORY_COLUMNS.index("status"), HISTORY_COLUMNS.index("review_comment")
        self.returnedLabel.setVisible(False)
        for r, row in enumerate(self.history_rows):
            if row.get("status") != "returned":
                continue
            why = tr("Returned by {reviewer}: {comment}").format(
                reviewer=row.get("reviewed_by") or "?", comment=row.get("review_comment") or tr("no comment"))
            for c in (status, comment):
                item = self.ui.historyTable.item(r, c)
                item.setForeground(QBrush(QColor(RETURNED_COLOUR)))
                item.setToolTip(why)
        if database is None or not any(row.get("status") == "returned" for row in self.history_rows):
            return
        user = self._guarded(database.reviewer_identity, default=(None, False))[0]
        latest = {}
        for row in self.history_rows:
            latest[row["layer_uid"]] = max(latest.get(row["layer_uid"], 0), row["version"])
        returned = [row for row in self.history_rows if row.get("status") == "returned" and row["pushed_by"] == user
                    and row["version"] == latest[row["layer_uid"]]]
        self.returnedLabel.setVisible(bool(returned))
        self.returnedLabel.setText(tr("Returned to you by the reviewer — correct them and push a new version:") +
                                   "".join("\n• " + tr("{title} version {version}: “{comment}” ({reviewer})").format(
                                       title=row["title"], version=row["version"],
                                       comment=row.get("review_comment") or tr("no comment"),
                                       reviewer=row.get("reviewed_by") or "?") for row in returned))

    def _note_label(self, widget, name, before=False):
        """A word-wrapped note beside ``widget`` in its layout (made here, so the .ui layout stays as it is)."""
        label = QLabel(self.ui)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setVisible(False)
        layout = widget.parentWidget().layout()
        layout.insertWidget(layout.indexOf(widget) + (0 if before else 1), label)
        return label

    @staticmethod
    def _fill(table, rows):
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    def load_selected_version(self):
        row = self.ui.historyTable.currentRow()
        if 0 <= row < len(self.history_rows):
            return self._add_stored(self.history_rows[row])
        if row >= len(self.history_rows):
            self.status(tr("A map export is stored as a file, not as a layer: select a layer version to load."),
                        level=Qgis.MessageLevel.Warning)
        return None

    def _add_stored(self, row):
        database = self.database()
        if database is None:
            return None
        layer = self._guarded(database.qgis_layer, row)
        if layer is None:
            return None
        if not layer.isValid():
            self.status(tr("The stored layer {table} could not be opened.").format(table=row["table_name"]), True)
            return None
        QgsProject.instance().addMapLayer(layer)
        return layer

    # -- review -------------------------------------------------------------------------------------------
    def _boundaries_layers(self, database):
        """The project's layers of ``database``'s protected areas (loaded by :meth:`load_boundaries`)."""
        return [layer for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty(BOUNDARIES_PROPERTY) == database.label]

    def load_boundaries(self):
        """The database's protected areas as outlines on top of the project (loaded once; reloaded after that)."""
        database = self.database()
        if database is None:
            return None
        loaded = self._boundaries_layers(database)
        if loaded:
            for layer in loaded:
                self._reload(layer)
            return loaded[0]
        layer = self._guarded(database.protected_areas_layer, tr("National reserve boundaries"))
        if layer is None:
            return None
        if not layer.isValid():
            self.status(tr("The protected areas table could not be opened."), error=True)
            return None
        apply_style(layer, "protected_area_boundaries")
        layer.setCustomProperty(BOUNDARIES_PROPERTY, database.label)
        QgsProject.instance().addMapLayer(layer, False)
        QgsProject.instance().layerTreeRoot().insertLayer(0, layer)
        return layer

    @staticmethod
    def _reload(layer):
        """Show what the database holds now: the provider keeps its feature count and extent until reloaded."""
        layer.reload()
        layer.updateExtents()
        layer.triggerRepaint()

    def _choose_boundaries_file(self):
        path, _ = QFileDialog.getOpenFileName(self.ui, tr("Reserve boundaries"), "",
                                              tr("Vector files (*.gpkg *.shp *.geojson *.kml);;All files (*)"))
        if path:
            self.import_boundaries(QgsVectorLayer(path, os.path.splitext(os.path.basename(path))[0], "ogr"))

    def import_boundaries(self, layer, fields=None):
        """Import a polygon layer (file or WFS) into the protected areas table. ``fields`` (see
        BoundaryImportDialog.choice): which fields hold what; None asks in a dialog. Returns the count imported."""
        try:
            check_boundaries_layer(layer)
        except BdError as exc:
            self.status(_message(exc), error=True)
            return 0
        if fields is None:
            dialog = BoundaryImportDialog(layer, self.ui)
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return 0
                fields = dialog.choice()
            finally:
                dialog.deleteLater()  # not kept as a hidden child of the dock
        database = self.database()
        if database is None:
            return 0
        try:
            records = protected_area_records(layer, fields["name_vi"], fields["category_field"], fields["name_en"],
                                             fields["decision"], default_category=fields["category"])
            count = database.import_protected_areas(records)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.status(_message(exc), error=True)
            return 0
        self.load_boundaries()  # shown at once: loaded, or the loaded layer reloaded
        self.status(tr("{count} protected area(s) imported.").format(count=count))
        return count

    def refresh_submissions(self):
        """The submissions the current login may accept or return (never their own pushes), and why there are
        none or fewer than waiting."""
        database = self.database()
        rows, note = self._guarded(database.review_queue, default=([], None)) if database is not None else ([], None)
        self.submission_rows = rows
        self._fill(self.ui.submissionsTable, [[row["title"], str(row["version"]), row["pushed_by"],
                                               row.get("province") or ""] for row in self.submission_rows])
        self.reviewNoteLabel.setText(note.translated(tr) if note is not None else "")
        self.reviewNoteLabel.setVisible(note is not None)
        self._submission_selected()

    def _submission_selected(self):
        """Load, Accept and Return are offered for a selected submission only."""
        chosen = self.selected_submission() is not None and bool(self.ui.submissionsTable.selectedItems())
        for button in (self.ui.loadSubmissionButton, self.ui.acceptButton, self.ui.returnButton):
            button.setEnabled(chosen)

    def selected_submission(self):
        row = self.ui.submissionsTable.currentRow()
        return self.submission_rows[row] if 0 <= row < len(self.submission_rows) else None

    def load_selected_submission(self):
        """The submission under the reserve boundaries (outlines on top, so both show), the map on the submission."""
        submission = self.selected_submission()
        if submission is None:
            return None
        database = self.database()
        if database is None:
            return None
        boundaries = self.load_boundaries()
        layer = self._guarded(database.qgis_layer, submission)
        if layer is None:
            return None
        if not layer.isValid():
            self.status(tr("The stored layer {table} could not be opened.").format(table=submission["table_name"]),
                        True)
            return None
        project = QgsProject.instance()
        project.addMapLayer(layer, False)
        root = project.layerTreeRoot()
        node = root.findLayer(boundaries.id()) if boundaries is not None else None
        parent = node.parent() if node is not None else root
        below = next((i + 1 for i, child in enumerate(parent.children()) if isinstance(child, QgsLayerTreeLayer)
                      and node is not None and child.layerId() == node.layerId()), 0)
        parent.insertLayer(below, layer)
        self._zoom_to(layer)
        return layer

    def _zoom_to(self, layer):
        canvas = self.iface.mapCanvas() if self.iface is not None and hasattr(self.iface, "mapCanvas") else None
        if canvas is None or layer.extent().isEmpty():
            return
        try:
            transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(),
                                               QgsProject.instance())
            extent = transform.transformBoundingBox(layer.extent())
        except Exception:  # noqa: BLE001 - an extent that cannot be transformed: the map stays where it is
            return
        canvas.setExtent(extent.buffered(extent.width() * 0.05))
        canvas.refresh()

    def decide(self, status):
        submission = self.selected_submission()
        if submission is None:
            self.status(tr("Select a submission first."), error=True)
            return False
        database = self.database()
        if database is None:
            return False
        try:
            database.review(submission["id"], status, self.ui.reviewCommentEdit.text().strip())
        except Exception as exc:  # noqa: BLE001 - the database's refusal, shown as it is
            self.status(_message(exc), error=True)
            return False
        self.status(tr("{title} version {version}: {status}.").format(
            title=submission["title"], version=submission["version"], status=_status_text(status)))
        self.ui.reviewCommentEdit.clear()
        self._database_changed()
        return True


def _status_text(status):
    """A review status in words (the database stores the codes)."""
    return {"submitted": tr("submitted"), "accepted": tr("accepted"), "returned": tr("returned")}.get(status,
                                                                                                      status or "")
