#include "ExportCasesDialog.h"

#include "common/BackgroundTask.h"
#include "common/DateEdit.h"
#include "common/FileDialog.h"
#include "domain/Period.h"
#include "export/CaseExporter.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/SafeOutput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace redress {

namespace {

DateEdit* dateEdit(const QString& name, const QString& accessible, QDate date, QWidget* parent)
{
    auto* edit = new DateEdit(date, parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace

ExportCasesDialog::ExportCasesDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("exportCasesDialog"));
    setWindowTitle(tr("Export cases"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every field of every case received in the period, one row per "
                                "case. Redress can import the file back."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QDate today = Clock::today();
    auto* form = new QFormLayout;
    m_allDates = new QCheckBox(tr("&All cases, whenever received"), this);
    m_allDates->setObjectName(QStringLiteral("exportAllDates"));
    m_allDates->setAccessibleName(tr("Export all cases, whenever received"));
    form->addRow(QString(), m_allDates);
    m_from = dateEdit(QStringLiteral("exportFrom"), tr("Received from"),
                      Period::financialYear(financialYearOf(today)).first, this);
    form->addRow(tr("Received &from:"), m_from);
    m_to = dateEdit(QStringLiteral("exportTo"), tr("Received to"), today, this);
    form->addRow(tr("Received &to:"), m_to);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("File format"));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(exporting::ExportFormat::Xlsx));
    m_format->addItem(tr("CSV"), int(exporting::ExportFormat::Csv));
    form->addRow(tr("F&ormat:"), m_format);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setAccessibleName(tr("File to write"));
    m_file->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                tr("Redress cases %1.xlsx").arg(today.toString(QStringLiteral("yyyy-MM-dd")))));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    browse->setAccessibleName(tr("Choose the file to write"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileCaption = new QLabel(tr("F&ile:"), this);
    fileCaption->setBuddy(m_file);
    form->addRow(fileCaption, fileRow);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setAccessibleName(tr("Result of the export"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportNow"));
    exportButton->setAccessibleName(tr("Export the cases"));
    exportButton->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeExport"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (auto written = exportNow(); !written)
            showStatus(written.error(), true);
    });
    connect(browse, &QPushButton::clicked, this, &ExportCasesDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportCasesDialog::formatChanged);
    connect(m_allDates, &QCheckBox::toggled, this, [this](bool all) {
        m_from->setEnabled(!all);
        m_to->setEnabled(!all);
    });
}

void ExportCasesDialog::formatChanged()
{
    const bool csv = m_format->currentData().toInt() == int(exporting::ExportFormat::Csv);
    const QFileInfo file(m_file->text());
    if (m_file->text().isEmpty())
        return;
    m_file->setText(QDir(file.path())
                        .filePath(file.completeBaseName() +
                                  (csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx"))));
}

void ExportCasesDialog::browse()
{
    const bool csv = m_format->currentData().toInt() == int(exporting::ExportFormat::Csv);
    const QString path =
        FileDialog::saveFileName(this, tr("Export cases to"), m_file->text(),
                                 csv ? tr("CSV (*.csv)") : tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

Result<qint64> ExportCasesDialog::exportNow()
{
    const QString target = QFileInfo(m_file->text().trimmed()).absoluteFilePath();
    if (m_file->text().trimmed().isEmpty())
        return fail(tr("Name the file to write."));
    // The save dialog asked before replacing a file; never the database, a folder or a device.
    safeoutput::Rules rules;
    rules.databaseFiles = m_session.location().sqliteFiles();
    rules.overwrite = true;
    if (Status allowed = safeoutput::checkTarget(target, rules); !allowed)
        return Error{allowed.error()};
    if (!m_allDates->isChecked()) {
        for (const DateEdit* date : {m_from, m_to})
            if (QString problem = date->problem(date->accessibleName()); !problem.isEmpty())
                return fail(problem);
    }
    const QDate from = m_allDates->isChecked() ? QDate() : m_from->date();
    const QDate to = m_allDates->isChecked() ? QDate() : m_to->date();
    if (from.isValid() && to.isValid() && to < from)
        return fail(tr("The end date is before the start date."));
    const auto format = exporting::ExportFormat(m_format->currentData().toInt());
    const Session& application = m_session;
    qint64 written = 0;
    const Status status = BackgroundTask::run(
        this, tr("Exporting cases…"), [&](const BackgroundTask::Progress& progress) -> Status {
            auto worker = application.openWorker();
            if (!worker)
                return Error{worker.error()};
            return safeoutput::writeThrough(target, true, [&](const QString& temporary) -> Status {
                auto done =
                    worker.value()->exportCases(temporary, format, from, to, [&](double fraction) {
                        return progress(qint64(fraction * 1000), 1000);
                    });
                if (!done)
                    return Error{done.error()};
                written = done.value();
                return {};
            });
        });
    if (!status)
        return Error{status.error()};
    showStatus(tr("Exported %n case(s) to %1", nullptr, int(written))
                   .arg(QDir::toNativeSeparators(target)),
               false);
    return written;
}

void ExportCasesDialog::showStatus(const QString& text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        isError ? QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }")
                : QString());
}

} // namespace redress
