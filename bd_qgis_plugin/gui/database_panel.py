"""The database tabs of the dock (Push, History, Review): widgets from dock_widget.ui, logic here, SQL never
(everything goes through ``bd_qgis_plugin.db``). Pushes run in a QgsTask: progress, cancel (= rollback)."""

from qgis.core import (
    Qgis,
    QgsAbstractMetadataBase,
    QgsApplication,
    QgsMapLayerType,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal, pyqtSlot
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QFileDialog, QListWidgetItem, QTableWidgetItem

from ..core.errors import BdError
from ..db import THEME_LABELS, THEMES
from ..db.checks import BLOCKING, collect_facts, has_blocking, pre_push_checks
from ..db.connections import default_geopackage_path, open_database, saved_postgres_connections
from ..db.model import PushRequest, layer_style_qml, metadata_to_qmd
from ..db.protected_areas import protected_area_records
from ..db.push import push_layers, resume_queue
from ..db.queue import PushQueue
from ..i18n import tr

EMBEDDED, OTHER_GPKG, POSTGRES = "embedded", "gpkg", "postgres"
HISTORY_COLUMNS = ("title", "version", "kind", "status", "pushed_by", "pushed_at", "table_name")


def _choice(kind, name=""):
    return f"{kind}:{name}"


def _parse_choice(data):
    kind, _, name = (data or EMBEDDED).partition(":")
    return kind, name


def _message(exc):
    return exc.translated(tr) if isinstance(exc, BdError) else str(exc)


class PushTask(QgsTask):
    """Pushes prepared jobs (layer clones made in the main thread) or resumes the queue, in the background."""

    def __init__(self, description, database, jobs, queue, resume=False):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.database, self.jobs, self.queue, self.resume = database, jobs, queue, resume
        self.report, self.error = [], None

    def run(self):
        progress = lambda fraction: self.setProgress(100.0 * fraction)  # noqa: E731
        try:
            if self.resume:
                self.report = resume_queue(self.queue, progress, self.isCanceled)
            else:
                self.report = push_layers(self.database, self.jobs, self.queue, progress, self.isCanceled)
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
        self.forms = {}  # layer id → form values
        self.task = None
        self.history_rows, self.submission_rows = [], []
        self._current_layer_id = None
        self._translate_ui()
        for theme in THEMES:
            self.ui.themeCombo.addItem(tr(THEME_LABELS[theme]), theme)
        self.ui.historyTable.setColumnCount(len(HISTORY_COLUMNS))
        self.ui.historyTable.setHorizontalHeaderLabels([tr("Title"), tr("Version"), tr("Kind"), tr("Review"),
                                                        tr("Pushed by"), tr("Pushed at"), tr("Table")])
        self.ui.submissionsTable.setColumnCount(4)
        self.ui.submissionsTable.setHorizontalHeaderLabels([tr("Title"), tr("Version"), tr("Pushed by"),
                                                            tr("Province")])
        self.ui.gpkgPathEdit.setPlaceholderText(tr("GeoPackage file of the database"))
        self.ui.reviewCommentEdit.setPlaceholderText(tr("Comment for the technician"))
        self.ui.cancelButton.setEnabled(False)
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
                    ui.abstractEdit)),
                (ui.themeCombo.currentIndexChanged, self._store_form), (ui.checkButton.clicked, self.run_checks),
                (ui.provinceCombo.currentIndexChanged, self._province_chosen),
                (ui.pushButton.clicked, self.start_push), (ui.cancelButton.clicked, self.cancel_push),
                (ui.resumeButton.clicked, self.resume_queue), (ui.refreshHistoryButton.clicked, self.refresh_history),
                (ui.loadVersionButton.clicked, self.load_selected_version),
                (ui.loadBoundariesButton.clicked, self.load_boundaries),
                (ui.importBoundariesButton.clicked, self._choose_boundaries_file),
                (ui.refreshSubmissionsButton.clicked, self.refresh_submissions),
                (ui.loadSubmissionButton.clicked, self.load_selected_submission),
                (ui.acceptButton.clicked, lambda: self.decide("accepted")),
                (ui.returnButton.clicked, lambda: self.decide("returned"))):
            signal.connect(slot)
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
                (ui.layersLabel, tr("Layers to push")), (ui.metadataLabel, tr("Metadata of the selected layer")),
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

    def status(self, text, error=False):
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet("color: #b00020;" if error else "")

    # -- layers and metadata form -------------------------------------------------------------------------
    def refresh_layers(self, *args):
        checked = set(self.checked_layer_ids())
        self.ui.layerList.blockSignals(True)
        self.ui.layerList.clear()
        for layer in QgsProject.instance().mapLayers().values():
            if layer.type() not in (QgsMapLayerType.VectorLayer, QgsMapLayerType.RasterLayer):
                continue
            item = QListWidgetItem(layer.name())
            item.setData(Qt.ItemDataRole.UserRole, layer.id())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if layer.id() in checked else Qt.CheckState.Unchecked)
            self.ui.layerList.addItem(item)
        self.ui.layerList.blockSignals(False)

    def checked_layer_ids(self):
        return [self.ui.layerList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.ui.layerList.count())
                if self.ui.layerList.item(i).checkState() == Qt.CheckState.Checked]

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
                "contact": contacts[0].name if contacts else ""}

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
        layer = QgsProject.instance().mapLayer(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self._current_layer_id = None
        if layer is None:
            return
        form = self.forms.setdefault(layer.id(), self._prefill(layer))
        ui = self.ui
        ui.titleEdit.setText(form["title"])
        ui.abstractEdit.setPlainText(form["abstract"])
        ui.keywordsEdit.setText(form["keywords"])
        ui.themeCombo.setCurrentIndex(max(ui.themeCombo.findData(form["theme"]), 0))
        ui.provinceEdit.setText(form["province"])
        ui.reserveEdit.setText(form["reserve"])
        ui.licenceEdit.setText(form["licence"])
        ui.contactEdit.setText(form["contact"])
        ui.crsValueLabel.setText(layer.crs().userFriendlyIdentifier() if layer.crs().isValid() else tr("none"))
        self._current_layer_id = layer.id()

    def _store_form(self, *args):
        if self._current_layer_id is None:
            return
        ui = self.ui
        self.forms[self._current_layer_id] = {
            "title": ui.titleEdit.text().strip(), "abstract": ui.abstractEdit.toPlainText().strip(),
            "keywords": ui.keywordsEdit.text().strip(), "theme": ui.themeCombo.currentData(),
            "province": ui.provinceEdit.text().strip(), "reserve": ui.reserveEdit.text().strip(),
            "licence": ui.licenceEdit.text().strip(), "contact": ui.contactEdit.text().strip()}

    def form_of(self, layer):
        return self.forms.setdefault(layer.id(), self._prefill(layer))

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
        """Checks of every checked layer, shown by severity; returns {layer id: [Check]}."""
        layers = self._checked_layers()
        self.ui.checksList.clear()
        if not layers:
            self.status(tr("Tick the layers to push first."), error=True)
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
            checks = pre_push_checks(facts)
            found[layer.id()] = checks
            for check in checks:
                severity = tr("Blocking") if check.severity == BLOCKING else tr("Warning")
                item = QListWidgetItem(f"{severity} — {layer.name()}: {check.message.translated(tr)}")
                item.setData(Qt.ItemDataRole.UserRole, check.severity)
                item.setForeground(QBrush(QColor("#b00020" if check.severity == BLOCKING else "#8a6d00")))
                self.ui.checksList.addItem(item)
            if not checks:
                self.ui.checksList.addItem(QListWidgetItem(tr("{name}: ready to push").format(name=layer.name())))
        return found

    def start_push(self):
        if self.task is not None:
            return None
        database = self.database()
        if database is None:
            return None
        checks = self.run_checks(database, with_checksum=False)
        layers = [layer for layer in self._checked_layers() if layer.id() in checks]
        if not layers:
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
        self._start_task(PushTask(tr("Pushing to the provincial database"), database, jobs, self.queue))
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
        lines = []
        if task.error:
            lines.append(task.error)
        for name, result, error in task.report:
            if result is not None:
                lines.append(tr("{name}: stored as {table} (version {version}, {count} rows/tiles)").format(
                    name=name, table=result.table_name, version=result.version, count=result.feature_count))
                lines += [warning.translated(tr) for warning in result.warnings]
            else:
                lines.append(tr("{name}: not pushed: {error}").format(name=name, error=error))
        self.ui.reportText.setPlainText("\n".join(lines))
        failed = bool(task.error) or any(result is None for _, result, _ in task.report)
        self.status(tr("Push finished with problems: see the report.") if failed else tr("Push finished."),
                    error=failed)
        self.ui.progressBar.setValue(100 if not failed else self.ui.progressBar.value())
        self.refresh_queue()
        self.refresh_history()
        if self.iface is not None and hasattr(self.iface, "messageBar") and self.iface.messageBar() is not None:
            self.iface.messageBar().pushMessage(tr("Provincial database"), self.ui.statusLabel.text(),
                                                Qgis.MessageLevel.Warning if failed else Qgis.MessageLevel.Success, 5)
        self.push_finished.emit(task.report)

    def refresh_queue(self):
        items = self.queue.items()
        self.ui.queueLabel.setText(tr("{count} push(es) waiting in the queue.").format(count=len(items)) if items
                                   else tr("The push queue is empty."))
        self.ui.resumeButton.setEnabled(bool(items) and self.task is None)

    # -- history ------------------------------------------------------------------------------------------
    def refresh_history(self):
        database = self.database()
        self.history_rows = self._guarded(database.layers, default=[]) if database is not None else []
        self._fill(self.ui.historyTable,
                   [[str(row.get(c) or "") for c in HISTORY_COLUMNS] for row in self.history_rows])

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
    def load_boundaries(self):
        database = self.database()
        if database is None:
            return None
        layer = self._guarded(database.protected_areas_layer, tr("National reserve boundaries"))
        if layer is None:
            return None
        if not layer.isValid():
            self.status(tr("The protected areas table could not be opened."), error=True)
            return None
        QgsProject.instance().addMapLayer(layer)
        return layer

    def _choose_boundaries_file(self):
        path, _ = QFileDialog.getOpenFileName(self.ui, tr("Reserve boundaries"), "",
                                              tr("Vector files (*.gpkg *.shp *.geojson *.kml);;All files (*)"))
        if path:
            self.import_boundaries(QgsVectorLayer(path, "boundaries", "ogr"))

    def import_boundaries(self, layer):
        """Import a polygon layer (file or WFS) into the protected areas table; fields found by name."""
        names = {name.lower(): name for name in layer.fields().names()}

        def pick(*candidates):
            return next((names[c] for c in candidates if c in names), None)

        name_vi = pick("name_vi", "ten", "tên", "name")
        if name_vi is None:
            self.status(tr("The boundaries need a name field (name_vi, ten or name)."), error=True)
            return 0
        database = self.database()
        if database is None:
            return 0
        try:
            records = protected_area_records(layer, name_vi, pick("category", "loai", "phan_hang"),
                                             pick("name_en"), pick("decision", "designation_decision",
                                                                   "quyet_dinh"), default_category="nature_reserve")
            count = database.import_protected_areas(records)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.status(_message(exc), error=True)
            return 0
        self.status(tr("{count} protected area(s) imported.").format(count=count))
        return count

    def refresh_submissions(self):
        database = self.database()
        rows = self._guarded(database.layers, default=[]) if database is not None else []
        self.submission_rows = [row for row in rows if row.get("status") == "submitted"]
        self._fill(self.ui.submissionsTable, [[row["title"], str(row["version"]), row["pushed_by"],
                                               row.get("province") or ""] for row in self.submission_rows])

    def selected_submission(self):
        row = self.ui.submissionsTable.currentRow()
        return self.submission_rows[row] if 0 <= row < len(self.submission_rows) else None

    def load_selected_submission(self):
        submission = self.selected_submission()
        if submission is None:
            return None
        if not QgsProject.instance().mapLayersByName(tr("National reserve boundaries")):
            self.load_boundaries()
        return self._add_stored(submission)

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
            title=submission["title"], version=submission["version"],
            status=tr("accepted") if status == "accepted" else tr("returned")))
        self.ui.reviewCommentEdit.clear()
        self.refresh_submissions()
        return True
