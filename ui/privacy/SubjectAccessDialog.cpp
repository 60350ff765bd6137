#include "SubjectAccessDialog.h"

#include "common/BackgroundTask.h"
#include "common/FileDialog.h"
#include "document/PagedText.h"
#include "intake/PeopleDirectory.h"
#include "privacy/SubjectAccess.h"
#include "session/Session.h"
#include "util/SafeOutput.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace redress {

SubjectAccessDialog::SubjectAccessDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Subject access request"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Everything Redress holds about one person, saved as a zip file: a document to read "
           "(PDF) and the data in full (JSON). Other people's names are marked REVIEW: decide "
           "whether each may be disclosed before the package is sent."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* find = new QLabel(tr("&Find the person (name, email or telephone):"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("subjectSearch"));
    m_search->setAccessibleName(tr("Find the person"));
    m_search->setClearButtonEnabled(true);
    find->setBuddy(m_search);
    layout->addWidget(find);
    layout->addWidget(m_search);

    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("subjectPeople"));
    m_people->setAccessibleName(tr("People found"));
    layout->addWidget(m_people, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("subjectStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save package…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveSubjectAccess"));
    m_save->setEnabled(false);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &SubjectAccessDialog::search);
    connect(m_people, &QListWidget::currentRowChanged, this,
            [this](int row) { m_save->setEnabled(row >= 0); });
    connect(m_people, &QListWidget::itemActivated, this, [this] { savePackage(); });
    connect(m_save, &QPushButton::clicked, this, [this] { savePackage(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_session.role() == Session::Role::Officer) {
        m_search->setEnabled(false);
        showStatus(tr("Only a lead officer or an administrator can answer a subject access "
                      "request."),
                   true);
    }
    resize(560, 420);
}

void SubjectAccessDialog::search(const QString& text)
{
    m_people->clear();
    if (text.trimmed().size() < 2)
        return;
    auto found = m_session.people().find(text.trimmed(), 50);
    if (!found) {
        showStatus(found.error(), true);
        return;
    }
    for (const KnownPerson& person : found.value()) {
        QStringList parts{person.fullName};
        if (!person.email.isEmpty())
            parts.append(person.email);
        if (!person.phone.isEmpty())
            parts.append(person.phone);
        parts.append(tr("%n case(s)", nullptr, person.caseCount));
        auto* item = new QListWidgetItem(parts.join(QStringLiteral(" — ")), m_people);
        item->setData(Qt::UserRole, person.id);
    }
    showStatus(found->isEmpty() ? tr("No one recorded matches \"%1\".").arg(text.trimmed())
                                : QString(),
               false);
}

bool SubjectAccessDialog::savePackage()
{
    QListWidgetItem* chosen = m_people->currentItem();
    if (!chosen)
        return false;
    const qint64 personId = chosen->data(Qt::UserRole).toLongLong();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("subject-access-%1.zip").arg(personId));
    const QString path = FileDialog::saveFileName(this, tr("Save the subject access package"),
                                                  suggested, tr("Zip file (*.zip)"));
    if (path.isEmpty())
        return false;
    const QString target = QFileInfo(path).absoluteFilePath();
    // The save dialog asked before replacing a file; never the database, a folder or a device.
    safeoutput::Rules rules;
    rules.databaseFiles = m_session.location().sqliteFiles();
    rules.overwrite = true;
    if (Status allowed = safeoutput::checkTarget(target, rules); !allowed) {
        showStatus(allowed.error(), true);
        return false;
    }
    const Session& session = m_session;
    SubjectAccessRecord written;
    const Status status = BackgroundTask::run(
        this, tr("Gathering what is held…"), [&](const BackgroundTask::Progress&) -> Status {
            auto worker = session.openWorker();
            if (!worker)
                return Error{worker.error()};
            auto done =
                SubjectAccess(*worker.value()).writePackage(personId, target, true, &htmlToPdf);
            if (!done)
                return Error{done.error()};
            written = std::move(done.value());
            return {};
        });
    if (!status) {
        showStatus(status.error(), true);
        return false;
    }
    showStatus(tr("Saved %1: %n case(s) they brought", nullptr, int(written.cases.size()))
                       .arg(QDir::toNativeSeparators(target)) +
                   tr(", %n other case(s) naming them", nullptr, int(written.mentioning.size())) +
                   tr(". Review the %n other person/people named before sending it.", nullptr,
                      int(written.thirdParties.size())),
               false);
    return true;
}

void SubjectAccessDialog::showStatus(const QString& text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        isError ? QStringLiteral("QLabel { background: #fde7e9; color: #7a0010; padding: 6px; }")
                : QString());
}

} // namespace redress
