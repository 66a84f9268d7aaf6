"""Run a real pycsw 2.6 CSW on 127.0.0.1 (started by fixtures_pycsw.py under .venv-pycsw's Python).

    .venv-pycsw/bin/python tests/pycsw_server.py --home DIR --records DIR --port N [--max-records 100]

Writes DIR/pycsw.cfg and an SQLite repository, loads every ``*.xml`` record of --records (ISO 19139), prints
``loaded <n>`` and serves until terminated. Listens on 127.0.0.1 only.
"""

import argparse
import configparser
import io
import os
import sys
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def write_config(home: Path, port: int, max_records: int) -> Path:
    """pycsw's configuration: ISO application profile, no transactions, SQLite repository in ``home``."""
    config = configparser.ConfigParser()
    config["server"] = {
        "home": str(home), "url": "http://127.0.0.1:{}/csw".format(port),
        "mimetype": "application/xml; charset=UTF-8", "encoding": "UTF-8", "language": "nl-BE",
        "maxrecords": str(max_records), "loglevel": "WARNING", "logfile": str(home / "pycsw.log"),
        "pretty_print": "false", "domainquerytype": "list", "domaincounts": "false", "profiles": "apiso",
        "spatial_ranking": "false", "federatedcatalogues": "",
    }
    config["manager"] = {"transactions": "false", "allowed_ips": "127.0.0.1", "csw_harvest_pagesize": "10"}
    config["metadata:main"] = {
        "identification_title": "Voorbeeldstad metadatacatalogus (SlimStad tests)",
        "identification_abstract": "CSW 2.0.2 with ISO 19139 records in GDI-Vlaanderen style",
        "identification_keywords": "catalogus,Voorbeeldstad", "identification_keywords_type": "theme",
        "identification_fees": "None", "identification_accessconstraints": "None",
        "provider_name": "Stad Voorbeeldstad", "provider_url": "https://www.voorbeeldstad.be",
        "contact_name": "Dienst GIS", "contact_position": "GIS", "contact_address": "Markt 1",
        "contact_city": "Voorbeeldstad", "contact_stateorprovince": "Oost-Vlaanderen", "contact_postalcode": "9000",
        "contact_country": "Belgium", "contact_phone": "+32-9-000-00-00", "contact_fax": "+32-9-000-00-01",
        "contact_email": "gis@voorbeeldstad.be", "contact_url": "https://www.voorbeeldstad.be",
        "contact_hours": "9-17", "contact_instructions": "e-mail", "contact_role": "pointOfContact",
    }
    config["metadata:inspire"] = {"enabled": "false"}
    config["repository"] = {"database": "sqlite:///{}".format(home / "records.db"), "table": "records"}
    path = home / "pycsw.cfg"
    with open(path, "w", encoding="utf-8") as handle:
        config.write(handle)
    return path


def load(config_path: Path, records: Path) -> int:
    """Create the repository and load the records; returns how many are in it."""
    from pycsw.core import admin
    from pycsw.core.config import StaticContext
    from pycsw.core.repository import Repository

    config = configparser.ConfigParser()
    config.read(config_path)
    database, table = config.get("repository", "database"), config.get("repository", "table")
    admin.setup_db(database, table, config.get("server", "home"))
    context = StaticContext()
    stdout = sys.stdout
    sys.stdout = io.StringIO()  # load_records prints one line per record
    try:
        admin.load_records(context, database, table, str(records))
    finally:
        sys.stdout = stdout
    return int(Repository(database, context, table=table).query(constraint={"where": "1=1", "values": []},
                                                                 maxrecords=1)[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--records", type=Path, required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--max-records", type=int, default=100)
    args = parser.parse_args()
    args.home.mkdir(parents=True, exist_ok=True)
    config_path = write_config(args.home.resolve(), args.port, args.max_records)
    os.environ["PYCSW_CONFIG"] = str(config_path)
    count = load(config_path, args.records)
    from pycsw.wsgi import application

    server: WSGIServer = make_server("127.0.0.1", args.port, application, handler_class=_QuietHandler)
    print("loaded {}".format(count), flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
