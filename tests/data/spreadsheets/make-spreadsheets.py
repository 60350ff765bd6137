#!/usr/bin/env python3
"""Writes the small spreadsheets in this folder, which TestWorkbook reads.

    python3 tests/data/spreadsheets/make-spreadsheets.py          # XLSX and ODS
    python3 tests/data/spreadsheets/make-spreadsheets.py --xls    # and XLS, with LibreOffice

The XLSX and ODS files are written here with the standard library only, part by part, so
each shows exactly one feature of the format (shared or inline strings, the 1900 or 1904
date system, a merged range). Excel 97-2003 (.xls) is a binary format the standard library
cannot write: --xls converts the two XLSX files with LibreOffice (soffice --headless), and
the results are checked in, so the tests never need LibreOffice (the checked-in ones were made
with LibreOffice 7.4, Debian 12's libreoffice-calc-nogui). The zips carry a fixed
timestamp, so running the script again gives the same bytes for the XLSX and ODS files.

Every file holds the same small complaint log:
    row 1  a title merged across A1:D1 (Welsh letters: ŵ and ŷ)
    row 2  the headings
    row 3  RED-0001  15/01/2024  Children's social care  12
    row 4  RED-0002  29/02/2024  Education              30
    row 5  RED-0003  01/03/1900  Ysgol Tŷ Gwyn           0.5
The earliest date of each system is the one most often read wrong: 1 March 1900 is serial 61
in the 1900 system (after Excel's 29 February 1900, a day that never was), and in the 1904
files, which cannot hold 1900, row 5 has 2 January 1904 instead: serial 1.
"""

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 1, 1, 0, 0, 0)

TITLE = "Cwynion Ŵyr: complaints log"
HEADINGS = ["Reference", "Received", "Service area", "Days open"]
ROWS = [
    ("RED-0001", datetime.date(2024, 1, 15), "Children's social care", 12),
    ("RED-0002", datetime.date(2024, 2, 29), "Education", 30),
    ("RED-0003", datetime.date(1900, 3, 1), "Ysgol Tŷ Gwyn", 0.5),
]
FIRST_1904_DAY = datetime.date(1904, 1, 2)


def serial(date, date1904):
    """The spreadsheet serial number of a date in the 1900 or the 1904 date system."""
    if date1904:
        return (date - datetime.date(1904, 1, 1)).days
    # Day 60 is Excel's 29 February 1900, which never was: from 1 March on, count from
    # 30 December 1899.
    return (date - datetime.date(1899, 12, 30)).days


def write_zip(path, members):
    """members: (name, text) pairs, written in order with a fixed timestamp."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members:
            info = zipfile.ZipInfo(name, STAMP)
            # An ODS package's mimetype member must come first and be stored uncompressed.
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def xlsx(path, date1904, inline_strings):
    shared = []

    def text_cell(ref, text):
        if inline_strings:
            return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
        if text not in shared:
            shared.append(text)
        return f'<c r="{ref}" t="s"><v>{shared.index(text)}</v></c>'

    rows = [f'<row r="1">{text_cell("A1", TITLE)}</row>']
    rows.append('<row r="2">' + "".join(text_cell(f"{col}2", heading) for col, heading in
                                        zip("ABCD", HEADINGS)) + "</row>")
    for number, (reference, received, area, days) in enumerate(ROWS, start=3):
        # Style 1 is the built-in short date (numFmtId 14), style 2 a custom dd/mm/yyyy.
        style = 1 if number == 3 else 2
        if date1904 and received.year < 1904:
            received = FIRST_1904_DAY
        rows.append(
            f'<row r="{number}">{text_cell(f"A{number}", reference)}'
            f'<c r="B{number}" s="{style}"><v>{serial(received, date1904)}</v></c>'
            f'{text_cell(f"C{number}", area)}<c r="D{number}"><v>{days}</v></c></row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<dimension ref="A1:D5"/><sheetData>' + "".join(rows) + '</sheetData>'
             '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells></worksheet>')

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    workbook_pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<workbook xmlns="{main}" xmlns:r="{relationships}">{workbook_pr}'
                f'<sheets><sheet name="Complaints" sheetId="1" r:id="rId1"/></sheets></workbook>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<styleSheet xmlns="{main}">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
              '</cellStyleXfs><cellXfs count="3">'
              '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '</cellXfs></styleSheet>')
    workbook_rels = [
        ("rId1", "worksheet", "worksheets/sheet1.xml"),
        ("rId2", "styles", "styles.xml"),
    ]
    content_types = [
        ("/xl/workbook.xml", "spreadsheetml.sheet.main+xml"),
        ("/xl/worksheets/sheet1.xml", "spreadsheetml.worksheet+xml"),
        ("/xl/styles.xml", "spreadsheetml.styles+xml"),
    ]
    members = []
    if shared:
        workbook_rels.append(("rId3", "sharedStrings", "sharedStrings.xml"))
        content_types.append(("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml"))
        members.append(("xl/sharedStrings.xml",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        f'<sst xmlns="{main}" count="{len(shared)}" uniqueCount="{len(shared)}">' +
                        "".join(f"<si><t>{escape(text)}</t></si>" for text in shared) + "</sst>"))

    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" '
             'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>' +
             "".join(f'<Override PartName="{part}" ContentType="application/'
                     f'vnd.openxmlformats-officedocument.{kind}"/>' for part, kind in content_types) +
             "</Types>")
    root_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 f'<Relationships xmlns="{package}"><Relationship Id="rId1" '
                 f'Type="{relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{package}">' +
            "".join(f'<Relationship Id="{rid}" Type="{relationships}/{kind}" Target="{target}"/>'
                    for rid, kind, target in workbook_rels) + "</Relationships>")
    write_zip(path, [("[Content_Types].xml", types), ("_rels/.rels", root_rels),
                     ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", rels),
                     ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", sheet)] + members)


def ods(path):
    def text(value):
        return (f'<table:table-cell office:value-type="string">'
                f'<text:p>{escape(value)}</text:p></table:table-cell>')

    rows = ['<table:table-row><table:table-cell table:number-columns-spanned="4" '
            'table:number-rows-spanned="1" office:value-type="string">'
            f'<text:p>{escape(TITLE)}</text:p></table:table-cell>'
            '<table:covered-table-cell table:number-columns-repeated="3"/></table:table-row>']
    rows.append("<table:table-row>" + "".join(text(h) for h in HEADINGS) + "</table:table-row>")
    for reference, received, area, days in ROWS:
        rows.append(f'<table:table-row>{text(reference)}'
                    f'<table:table-cell office:value-type="date" '
                    f'office:date-value="{received.isoformat()}"><text:p>'
                    f'{received.strftime("%d/%m/%Y")}</text:p></table:table-cell>{text(area)}'
                    f'<table:table-cell office:value-type="float" office:value="{days}">'
                    f'<text:p>{days}</text:p></table:table-cell></table:table-row>')
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content xmlns:office="{office}" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Complaints">'
               '<table:table-column table:number-columns-repeated="4"/>' + "".join(rows) +
               "</table:table></office:spreadsheet></office:body></office:document-content>")
    mimetype = "application/vnd.oasis.opendocument.spreadsheet"
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                'manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')
    write_zip(path, [("mimetype", mimetype), ("META-INF/manifest.xml", manifest),
                     ("content.xml", content)])


def xls_from(xlsx_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("make-spreadsheets.py: --xls needs LibreOffice (apt-get install "
                 "libreoffice-calc-nogui)")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "xls:MS Excel 97", "--outdir", out, xlsx_path],
                       check=True, stdout=subprocess.DEVNULL)
        name = os.path.splitext(os.path.basename(xlsx_path))[0] + ".xls"
        shutil.move(os.path.join(out, name), os.path.join(HERE, name))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xls", action="store_true",
                        help="also convert the XLSX files to XLS with LibreOffice")
    arguments = parser.parse_args()
    # 1900 dates with shared strings; 1904 dates with inline strings.
    xlsx(os.path.join(HERE, "complaints-1900.xlsx"), date1904=False, inline_strings=False)
    xlsx(os.path.join(HERE, "complaints-1904.xlsx"), date1904=True, inline_strings=True)
    ods(os.path.join(HERE, "complaints.ods"))
    if arguments.xls:
        xls_from(os.path.join(HERE, "complaints-1900.xlsx"))
        xls_from(os.path.join(HERE, "complaints-1904.xlsx"))


if __name__ == "__main__":
    main()
