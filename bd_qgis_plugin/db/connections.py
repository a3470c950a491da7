"""Which database: a saved QGIS PostgreSQL connection (credentials through QgsAuthManager), or a GeoPackage.

Passwords are never read from or written to plain settings by this plugin: a saved connection must use an
authentication configuration (authcfg), whose user name and password QGIS keeps encrypted behind its master
password.
"""

import os

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

from ..core.errors import InputError
from .geopackage import GeopackageDatabase
from .model import DatabaseError
from .postgis import PgParams, PostgisDatabase

DEFAULT_GPKG_NAME = "bd_database.gpkg"


def default_geopackage_path():
    """The embedded database: a file in the QGIS profile folder."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "bd_qgis_plugin", DEFAULT_GPKG_NAME)


def saved_postgres_connections():
    """Names of the PostgreSQL connections saved in QGIS (Browser > PostgreSQL)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return sorted(metadata.connections().keys()) if metadata is not None else []


def saved_geopackage_connections():
    """Paths of the GeoPackage files saved in QGIS (Browser > GeoPackage), sorted."""
    metadata = QgsProviderRegistry.instance().providerMetadata("ogr")
    connections = metadata.connections() if metadata is not None else {}
    return sorted({connection.uri() for connection in connections.values()
                   if connection.uri().lower().endswith(".gpkg")})


def credentials_from_authcfg(authcfg):
    """(user, password) of a QGIS authentication configuration (Basic method)."""
    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(authcfg, config, True) or not config.isValid():
        raise DatabaseError("The authentication configuration '{authcfg}' cannot be read: check that it exists "
                            "and that the QGIS master password is entered (Settings > Options > Authentication).",
                            authcfg=authcfg)
    return config.config("username"), config.config("password")


def params_from_uri(uri):
    """PgParams from a QgsDataSourceUri; an authcfg is resolved through QgsAuthManager."""
    if isinstance(uri, str):
        uri = QgsDataSourceUri(uri)
    if uri.service():
        raise InputError("PostgreSQL service files are not supported here; give host, port and database.")
    user, password = uri.username(), uri.password()
    if uri.authConfigId():
        user, password = credentials_from_authcfg(uri.authConfigId())
    ssl = {QgsDataSourceUri.SslMode.SslDisable: "disable", QgsDataSourceUri.SslMode.SslAllow: "allow",
           QgsDataSourceUri.SslMode.SslRequire: "require", QgsDataSourceUri.SslMode.SslVerifyCa: "verify-ca",
           QgsDataSourceUri.SslMode.SslVerifyFull: "verify-full"}.get(uri.sslMode(), "prefer")
    return PgParams(uri.host() or "localhost", int(uri.port() or 5432), uri.database(), user, password, ssl,
                    uri.authConfigId())


def open_database(target="", migrate=True):
    """The database for ``target``: "" (embedded GeoPackage), a path ending in .gpkg, a saved QGIS PostgreSQL
    connection name, or a dict {"host", "port", "dbname", "authcfg"} (what the push queue stores)."""
    if isinstance(target, dict):
        uri = QgsDataSourceUri()
        uri.setConnection(target["host"], str(target["port"]), target["dbname"], target.get("user", ""), "",
                          QgsDataSourceUri.SslMode.SslDisable if target.get("sslmode") == "disable"
                          else QgsDataSourceUri.SslMode.SslPrefer, target.get("authcfg", ""))
        database = PostgisDatabase(params_from_uri(uri))
    elif not target or target.lower().endswith(".gpkg"):
        database = GeopackageDatabase(target or default_geopackage_path())
    else:
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        if target not in metadata.connections():
            raise InputError("There is no saved PostgreSQL connection named '{name}'. Create it in the Browser "
                             "(PostgreSQL > New Connection), with an authentication configuration.", name=target)
        uri = QgsDataSourceUri(metadata.findConnection(target).uri())
        if uri.password() and not uri.authConfigId():
            raise InputError("The connection '{name}' keeps its password in plain settings. Edit it and store the "
                             "credentials in an authentication configuration instead.", name=target)
        database = PostgisDatabase(params_from_uri(uri))
    if migrate:
        database.ensure_schema()
    return database


def queue_target(database):
    """What the queue stores to reopen ``database`` later: never a password."""
    if isinstance(database, GeopackageDatabase):
        return database.path
    params = database.params
    if not params.authcfg:
        return None  # a push with a plain password cannot be resumed from the queue
    return {"host": params.host, "port": params.port, "dbname": params.dbname, "authcfg": params.authcfg,
            "sslmode": params.sslmode}
