#!/usr/bin/env python3
# tests/bench/csv-log-to-xlsx.py LOG.csv TEMPLATE.xlsx OUT.xlsx: for bench_import at sizes the
# export is too slow to produce (see docs/benchmarks.md); TEMPLATE is any redress-cli export.
# Writes the replicated 1,000,000-row CSV log as an XLSX laid out like redress-cli's own export
# (shared strings, dates as serial numbers with a date style, numbers as numbers).
import csv, re, sys, zipfile, datetime
from xml.sax.saxutils import escape
src_csv, template, out = sys.argv[1:4]
iso = re.compile(r'^\d{4}-\d{2}-\d{2}$')
num = re.compile(r'^-?\d+(\.\d+)?$')
epoch = datetime.date(1899, 12, 30)
# columns that are numbers in the export: those the template's sheet writes without a type
tz = zipfile.ZipFile(template)
sheet = tz.read('xl/worksheets/sheet1.xml')[:20_000_000].decode()
numeric = set(re.findall(r'<c r="([A-Z]+)\d+"><v>', sheet))
def col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s
strings = {}
def sid(text):
    i = strings.get(text)
    if i is None:
        i = strings[text] = len(strings)
    return i
csv.field_size_limit(10**8)
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED, compresslevel=1) as z:
    for name in ['_rels/.rels', 'xl/workbook.xml', 'xl/styles.xml']:
        z.writestr(name, tz.read(name))
    # An export written in libxlsxwriter's constant-memory mode has inline strings only, and
    # so no shared-strings part to point to: the relationship and content type are added.
    rels = tz.read('xl/_rels/workbook.xml.rels').decode()
    if '/sharedStrings"' not in rels:
        rels = rels.replace('</Relationships>', '<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    z.writestr('xl/_rels/workbook.xml.rels', rels)
    types = tz.read('[Content_Types].xml').decode()
    if '/xl/sharedStrings.xml' not in types:
        types = types.replace('</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    z.writestr('[Content_Types].xml', types)
    with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as w, \
            open(src_csv, encoding='utf-8-sig', newline='') as f:
        w.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        letters = [col(i) for i in range(200)]
        for r, row in enumerate(csv.reader(f), start=1):
            parts = ['<row r="%d">' % r]
            for i, v in enumerate(row):
                if v == '':
                    continue
                ref = letters[i] + str(r)
                if r > 1 and iso.match(v):
                    d = datetime.date(int(v[:4]), int(v[5:7]), int(v[8:10]))
                    parts.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, (d - epoch).days))
                elif r > 1 and letters[i] in numeric and num.match(v):
                    parts.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    parts.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sid(v)))
            parts.append('</row>')
            w.write(''.join(parts).encode())
        w.write(b'</sheetData></worksheet>')
    with z.open('xl/sharedStrings.xml', 'w', force_zip64=True) as w:
        w.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))).encode())
        for text in strings:
            w.write(('<si><t xml:space="preserve">%s</t></si>' % escape(text)).encode())
        w.write(b'</sst>')
print(len(strings), 'shared strings')
