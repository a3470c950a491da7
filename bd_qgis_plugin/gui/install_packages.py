"""Biodiversity (ĐDSH) › Install missing packages: pip into a folder of the QGIS profile, in a QgsTask.

The task runs QGIS' own Python with ``pip install --target`` (see :mod:`bd_qgis_plugin.dependencies` for why
not ``--user``), shows pip's progress lines in the task manager, and ends with one message in the QGIS message
bar: what was installed, or pip's own last error lines. Nothing here analyses or touches the database.
"""

import subprocess

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask

from ..dependencies import PACKAGES, activate_install_folder, install_folder, missing, pip_command, platform_label
from ..i18n import tr

LOG_TAG = "bd_qgis_plugin"


class InstallPackagesTask(QgsTask):
    """pip install of ``packages`` into ``folder``; ``self.installed`` and ``self.error`` say how it went."""

    def __init__(self, packages, folder, find_links=None):
        super().__init__(tr("Installing Python packages for Biodiversity (ĐDSH)"), QgsTask.Flag.CanCancel)
        self.packages, self.folder, self.find_links = packages, folder, find_links
        self.installed, self.error, self.output = [], "", []

    def run(self):
        command = pip_command(self.packages, self.folder, self.find_links)
        QgsMessageLog.logMessage(" ".join(command), LOG_TAG, Qgis.MessageLevel.Info)
        try:
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                       encoding="utf-8", errors="replace")
        except OSError as exc:
            self.error = str(exc)
            return False
        with process.stdout:
            for number, line in enumerate(process.stdout, start=1):
                self.output.append(line.rstrip())
                self.setProgress(min(95.0, 5.0 * number))  # pip gives no total: a moving bar, honest about that
                if self.isCanceled():
                    process.kill()
                    process.wait()
                    self.error = tr("Cancelled by the user.")
                    return False
        if process.wait() != 0:
            self.error = "\n".join(self.output[-6:])
            return False
        activate_install_folder(self.folder)
        self.installed = [p.pip for p in self.packages]
        return True


def start_install(iface, modules=None, find_links=None, profile_dir=None):
    """Start installing the missing optional packages (all of them by default); returns the task or None."""
    packages = missing(modules or list(PACKAGES))
    bar = iface.messageBar() if iface is not None else None
    if not packages:
        if bar is not None:
            bar.pushMessage(tr("Biodiversity (ĐDSH)"), tr("All optional Python packages are already installed."),
                            Qgis.MessageLevel.Success, 5)
        return None
    folder = install_folder(profile_dir or QgsApplication.qgisSettingsDirPath())
    task = InstallPackagesTask(packages, folder, find_links)

    def finished():
        if task.installed:
            text = tr("Installed {names} for {python} into {folder}. Restart QGIS if an algorithm still reports "
                      "them missing.").format(names=", ".join(task.installed), python=platform_label(),
                                              folder=folder)
            level = Qgis.MessageLevel.Success
        else:
            text = tr("Could not install {names}: {error}").format(names=", ".join(p.pip for p in packages),
                                                                   error=task.error or tr("unknown error"))
            level = Qgis.MessageLevel.Critical
        QgsMessageLog.logMessage(text, LOG_TAG, level)
        if bar is not None:
            bar.pushMessage(tr("Biodiversity (ĐDSH)"), text, level, 0 if level == Qgis.MessageLevel.Critical else 10)

    task.taskCompleted.connect(finished)
    task.taskTerminated.connect(finished)
    QgsApplication.taskManager().addTask(task)
    return task
