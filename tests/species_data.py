"""Occurrence inputs the species tests build: a Darwin Core Archive made to the Darwin Core text guide (GBIF's
download layout: tab-separated occurrence.txt without quotes, meta.xml with term URIs, eml.xml, citations.txt) and
a field-survey CSV with Vietnamese headers, names with diacritics and bad coordinates."""

import zipfile

DWC = "http://rs.tdwg.org/dwc/terms/"
GBIF = "http://rs.gbif.org/terms/1.0/"

META = """<?xml version="1.0" encoding="utf-8"?>
<archive xmlns="http://rs.tdwg.org/dwc/text/" metadata="eml.xml">
  <core encoding="UTF-8" fieldsTerminatedBy="{delimiter}" linesTerminatedBy="\\n" fieldsEnclosedBy="{quote}"
        ignoreHeaderLines="1" rowType="http://rs.tdwg.org/dwc/terms/Occurrence">
    <files><location>occurrence.txt</location></files>
    <id index="0" />
{fields}
    <field default="VN" term="http://rs.tdwg.org/dwc/terms/countryCode"/>
  </core>
</archive>
"""

EML = """<?xml version="1.0" encoding="utf-8"?>
<eml:eml xmlns:eml="eml://ecoinformatics.org/eml-2.1.1" packageId="x" system="http://gbif.org" scope="system">
  <dataset><title>Khảo sát thực vật Tà Kóu 2019</title></dataset>
  <additionalMetadata><metadata><gbif><citation>Ban quản lý KBTTN Tà Kóu (2019). Khảo sát thực vật.</citation>
  </gbif></metadata></additionalMetadata>
</eml:eml>
"""

COLUMNS = [("gbifID", GBIF), ("occurrenceID", DWC), ("scientificName", DWC), ("species", GBIF), ("kingdom", DWC),
           ("family", DWC), ("decimalLatitude", DWC), ("decimalLongitude", DWC), ("eventDate", DWC), ("year", DWC),
           ("basisOfRecord", DWC), ("datasetKey", GBIF), ("occurrenceRemarks", DWC)]

ROWS = [
    ["1", "urn:1", "Taxus wallichiana Zucc.", "Taxus wallichiana", "Plantae", "Taxaceae", "10.80", "107.90",
     "2019-03-02", "2019", "HUMAN_OBSERVATION", "ds-1", "trên sườn núi"],
    ["2", "urn:2", "Hopea reticulata Tardieu", "Hopea reticulata", "Plantae", "Dipterocarpaceae", "10.81", "107.91",
     "2018-05-01", "2018", "PRESERVED_SPECIMEN", "ds-2", ""],
    ["3", "urn:3", "Hopea reticulata Tardieu", "Hopea reticulata", "Plantae", "Dipterocarpaceae", "10.81", "107.91",
     "2018-05-01", "2018", "PRESERVED_SPECIMEN", "ds-2", "bản sao"],
    ["4", "urn:4", "Ficus sp.", "", "Plantae", "Moraceae", "0", "0", "2017", "2017", "HUMAN_OBSERVATION", "ds-1", ""],
]


def make_dwca(path, rows=ROWS, delimiter="\t", quote=""):
    fields = "\n".join(f'    <field index="{i}" term="{ns}{name}"/>' for i, (name, ns) in enumerate(COLUMNS))
    sep = "\\t" if delimiter == "\t" else delimiter
    quote_attr = quote.replace('"', "&quot;")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("meta.xml", META.format(delimiter=sep, quote=quote_attr, fields=fields))
        archive.writestr("eml.xml", EML)
        header = delimiter.join(name for name, _ in COLUMNS)
        lines = [header]
        for row in rows:
            lines.append(delimiter.join(f'{quote}{v}{quote}' if quote else v for v in row))
        archive.writestr("occurrence.txt", "\n".join(lines) + "\n")
    return str(path)


SURVEY = (
    "STT;Tên khoa học;Tên Việt Nam;Vĩ độ;Kinh độ;Ngày;Người ghi nhận;Số lượng\n"
    "1;Taxus wallichiana;Thông đỏ nam;10,8012;107,9034;02/03/2019;Nguyễn Văn Ánh;3\n"
    "2;Xanthocyparis vietnamensis Farjon & Hiep;Bách vàng việt;10°48'30\";107°54'00\";15/04/2020;Trần Thị Bích;1\n"
    "3;Hopea reticulata;Sao mạng cà ná;abc;107,9;2020;Lê Ngọc;2\n"
    "4;Hopea reticulata;Sao mạng cà ná;95;107,9;2020;Lê Ngọc;2\n"
    "5;Taxus wallichiana;Thông đỏ nam;10,8012;107,9034;02/03/2019;Nguyễn Văn Ánh;3\n"
    "6;Cây lạ chưa định danh;;10,7;107,8;hôm qua;Phạm Đức;1\n"
    "7;Shorea falcata;Chai lá cong;;;2021;Phạm Đức;1\n"
    "8;Hopea pierrei;Kiền kiền phú quốc;21,0;105,8;2021;Phạm Đức;1\n"
)


def make_survey(path):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(SURVEY)
    return str(path)
