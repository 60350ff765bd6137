#include "ImportPage.h"

#include "common/BackgroundTask.h"
#include "importing/ImportSession.h"
#include "session/Session.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace redress {

ImportPage::ImportPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are written in one go, as one import batch that can be undone as a "
                   "whole from Data > Import history."));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("importIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* row = new QHBoxLayout;
    m_start = new QPushButton(tr("&Import now"), this);
    m_start->setObjectName(QStringLiteral("importNow"));
    m_start->setAccessibleName(tr("Import now"));
    row->addWidget(m_start);
    row->addStretch();
    layout->addLayout(row);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setAccessibleName(tr("What the import did"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);
    layout->addStretch();
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (Status done = runImport(); !done)
            m_summary->setText(done.error());
    });
}

void ImportPage::initializePage()
{
    m_session.imported.reset();
    m_summary->clear();
    m_start->setEnabled(true);
    const qint64 toImport = m_session.checked ? m_session.checked->imported : 0;
    const qint64 skipped = m_session.checked ? m_session.checked->skipped : 0;
    m_intro->setText(
        tr("%1: %2 cases will be imported, and %3 already in Redress skipped.\n"
           "You can cancel while it runs: cancelling rolls everything back, so "
           "nothing is written.")
            .arg(QFileInfo(m_session.path).fileName())
            .arg(toImport)
            .arg(skipped) +
        stagesText(m_session.checked ? m_session.checked->stagesAdded : QStringList(), false));
}

// The stages the import adds to cases already in Redress, a line each after a heading line.
QString ImportPage::stagesText(const QStringList& stages, bool done)
{
    if (stages.isEmpty())
        return {};
    QString text = u'\n' + (done ? tr("Added to cases already in Redress:")
                                 : tr("To be added to cases already in Redress:"));
    for (const QString& stage : stages)
        text += u'\n' + stage;
    return text;
}

bool ImportPage::isComplete() const
{
    return m_session.imported.has_value();
}

Status ImportPage::runImport()
{
    const Session& application = *m_session.application;
    const QString path = m_session.path;
    import::ImportOptions options;
    options.sheet = m_session.sheetName();
    options.mapping = m_session.mappingToRun();
    options.addMissing = m_session.addMissing;
    std::optional<import::ImportResult> result;
    m_start->setEnabled(false);
    const Status status =
        BackgroundTask::run(this, tr("Importing %1…").arg(QFileInfo(path).fileName()),
                            [&](const BackgroundTask::Progress& progress) -> Status {
                                auto worker = application.openWorker();
                                if (!worker)
                                    return Error{worker.error()};
                                import::ImportOptions run = options;
                                run.progress = [&](double fraction) {
                                    return progress(qint64(fraction * 1000), 1000);
                                };
                                auto imported = worker.value()->importLog(path, run);
                                if (!imported)
                                    return Error{imported.error()};
                                result = std::move(imported).value();
                                return {};
                            });
    if (!status) {
        m_start->setEnabled(true);
        return status;
    }
    if (!result->problems.isEmpty()) {
        // The file changed since it was checked.
        m_start->setEnabled(true);
        return fail(tr("Nothing was imported: %n problem(s) found. Go back and check again.",
                       nullptr, int(result->problemCount)));
    }
    m_summary->setText(tr("Imported %1 cases as import batch %2; %3 already in Redress were "
                          "skipped. To take them out again, undo batch %2 from Data > Import "
                          "history.")
                           .arg(result->imported)
                           .arg(result->batchId)
                           .arg(result->skipped) +
                       stagesText(result->stagesAdded, true));
    const qint64 batch = result->batchId;
    m_session.imported = std::move(result);
    emit completeChanged();
    m_session.application->notifyCasesChanged();
    emit casesImported(batch);
    return {};
}

} // namespace redress
