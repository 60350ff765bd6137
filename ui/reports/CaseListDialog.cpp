#include "CaseListDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "reporting/ReportCsv.h"
#include "util/SafeOutput.h"
#include "util/UkFormat.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace redress {

CaseListDialog::CaseListDialog(const QString& title, const QList<CaseSummary>& cases,
                               QWidget* parent)
    : QDialog(parent), m_cases(cases)
{
    setObjectName(QStringLiteral("caseListDialog"));
    setWindowTitle(tr("Cases behind the figure"));
    resize(900, 480);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("%1: %n case(s)", nullptr, int(cases.size())).arg(title), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Reference"), tr("Kind"), tr("Stage"), tr("State"),
                                        tr("Received"), tr("Due"), tr("Complainant"), tr("Team"),
                                        tr("Officer")});
    for (const CaseSummary& summary : cases) {
        QList<QStandardItem*> row{new QStandardItem(summary.reference),
                                  new QStandardItem(caseKindLabel(summary.kind)),
                                  new QStandardItem(QString::number(summary.stage)),
                                  new QStandardItem(caseStateLabel(summary.state)),
                                  new QStandardItem(ukDate(summary.receivedOn)),
                                  new QStandardItem(ukDate(summary.dueOn)),
                                  new QStandardItem(summary.complainantName),
                                  new QStandardItem(summary.teamName),
                                  new QStandardItem(summary.officer)};
        for (QStandardItem* item : row)
            item->setEditable(false);
        row.first()->setData(summary.id, Qt::UserRole);
        m_model->appendRow(row);
    }
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setAccessibleName(tr("Cases behind the figure"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    layout->addWidget(m_view);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openCaseRequested(m_model->index(index.row(), 0).data(Qt::UserRole).toLongLong());
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* open = buttons->addButton(tr("&Open case"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("&Save as CSV…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveCasesCsv"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            emit m_view->activated(m_view->currentIndex());
    });
    connect(save, &QPushButton::clicked, this, &CaseListDialog::saveCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void CaseListDialog::saveCsv()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Save the cases as CSV"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    safeoutput::Rules rules;
    rules.overwrite = true; // the dialog asked before replacing a file
    Status written = safeoutput::checkTarget(path, rules);
    if (written)
        written = safeoutput::writeThrough(path, true, [&](const QString& temporary) -> Status {
            QSaveFile file(temporary);
            if (!file.open(QIODevice::WriteOnly))
                return fail(file.errorString());
            if (Status csv = reportcsv::writeCases(m_cases, file); !csv)
                return csv;
            if (!file.commit())
                return fail(file.errorString());
            return {};
        });
    if (!written)
        MessageBox::warning(
            this, QStringLiteral("casesNotSaved"), tr("Not saved"),
            tr("The cases could not be saved to %1: %2").arg(path, written.error()));
}

} // namespace redress
