#include "DocumentsPanel.h"

#include "attachments/Attachments.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/ReadOnlyTable.h"
#include "document/PagedText.h"
#include "letters/LetterTemplates.h"
#include "letters/Letters.h"
#include "session/Session.h"
#include "storage/ReferenceData.h"
#include "util/SafeOutput.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace redress {

namespace {

DocumentsPanel::Opener& opener()
{
    static DocumentsPanel::Opener open = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };
    return open;
}

// Owned by the application object, so the copies go when the program closes, whatever the
// viewer still has open then.
class TemporaryCopies : public QObject
{
public:
    explicit TemporaryCopies(QObject* parent) : QObject(parent)
    {
        safeoutput::makePrivate(m_folder.path());
    }
    QString path() const { return m_folder.isValid() ? m_folder.path() : QString(); }

private:
    QTemporaryDir m_folder;
};

} // namespace

DocumentsPanel::DocumentsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("caseDocumentsPage"));
    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("documentsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_table = makeReadOnlyTable(QStringLiteral("caseDocuments"),
                                {tr("Name"), tr("Size"), tr("Added"), tr("By"), tr("What")}, this);
    m_table->setAccessibleName(tr("Files kept with the case"));
    layout->addWidget(m_table, 1);

    auto* files = new QHBoxLayout;
    const auto button = [&](const QString& name, const QString& text, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        files->addWidget(b);
        return b;
    };
    button(QStringLiteral("addDocument"), tr("Add document…"), &DocumentsPanel::chooseFilesToAdd);
    m_needSelection.append(
        button(QStringLiteral("openDocument"), tr("&View"), &DocumentsPanel::openSelected));
    m_needSelection.append(button(QStringLiteral("saveDocumentAs"), tr("Save as…"),
                                  &DocumentsPanel::chooseWhereToSave));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("removeReason"));
    m_reason->setPlaceholderText(tr("Why the file is removed"));
    m_reason->setAccessibleName(tr("Why the selected file is removed"));
    files->addWidget(m_reason, 1);
    m_needSelection.append(
        button(QStringLiteral("removeDocument"), tr("Remove"), &DocumentsPanel::removeSelected));
    layout->addLayout(files);

    auto* letters = new QHBoxLayout;
    auto* label = new QLabel(tr("Letter to &write:"), this);
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("letterTemplate"));
    m_template->setAccessibleName(tr("Letter template"));
    label->setBuddy(m_template);
    letters->addWidget(label);
    letters->addWidget(m_template, 1);
    auto* produce = new QPushButton(tr("Produce letter"), this);
    produce->setObjectName(QStringLiteral("produceLetter"));
    connect(produce, &QPushButton::clicked, this, &DocumentsPanel::produceLetter);
    letters->addWidget(produce);
    layout->addLayout(letters);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        for (QPushButton* b : std::as_const(m_needSelection))
            b->setEnabled(selectedId() > 0);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DocumentsPanel::openSelected);
}

void DocumentsPanel::setOpener(Opener open)
{
    opener() = std::move(open);
}

QString DocumentsPanel::temporaryFolder()
{
    static QPointer<TemporaryCopies> copies;
    if (!copies)
        copies = new TemporaryCopies(QCoreApplication::instance());
    return copies->path();
}

void DocumentsPanel::show(const Case& record)
{
    m_case = record;
    m_message->hide();
    const QString chosen = m_template->currentData().toString();
    m_template->clear();
    auto templates = letters::LetterTemplates(m_session.database(), m_session.actor()).all();
    if (templates)
        for (const letters::LetterTemplate& letter : templates.value())
            m_template->addItem(letter.title, letter.name);
    else
        say(templates.error(), true);
    if (const int index = m_template->findData(chosen); index >= 0)
        m_template->setCurrentIndex(index);
    fill();
}

void DocumentsPanel::fill()
{
    auto listed = m_session.attachments().list(m_case.id);
    if (!listed) {
        say(listed.error(), true);
        return;
    }
    // People by their names, as everywhere else on screen; a login no longer in the users
    // list is shown as it was recorded.
    QHash<QString, QString> names;
    if (auto users = m_session.referenceData().users())
        for (const User& user : users.value())
            if (!user.displayName.isEmpty())
                names.insert(user.username, user.displayName);
    QList<QStringList> rows;
    for (const Attachment& item : listed.value())
        rows.append({item.fileName, Attachments::sizeText(item.size),
                     item.addedAtUtc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                     names.value(item.addedBy, item.addedBy), item.description});
    fillReadOnlyTable(m_table, rows);
    for (int row = 0; row < listed->size(); ++row)
        m_table->item(row, 0)->setData(Qt::UserRole, listed->at(row).id);
    for (QPushButton* b : std::as_const(m_needSelection))
        b->setEnabled(false);
}

qint64 DocumentsPanel::selectedId() const
{
    const auto selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem* item = m_table->item(selected.first().row(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void DocumentsPanel::say(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #a00000") : QString());
    m_message->show();
}

void DocumentsPanel::chooseFilesToAdd()
{
    const QString path = FileDialog::openFileName(
        this, tr("Attach a file to %1").arg(m_case.reference), QString(), tr("All files (*)"));
    if (!path.isEmpty())
        addFiles({path});
}

bool DocumentsPanel::addFiles(const QStringList& paths)
{
    QStringList added;
    for (const QString& path : paths) {
        auto attached = m_session.attachments().addFile(m_case.id, path);
        if (!attached) {
            fill();
            say(attached.error(), true);
            emit documentsChanged();
            return false;
        }
        added.append(attached->fileName);
    }
    fill();
    say(tr("Attached: %1").arg(added.join(QStringLiteral(", "))), false);
    emit documentsChanged();
    return true;
}

bool DocumentsPanel::openSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return false;
    const QString folder = temporaryFolder();
    if (folder.isEmpty()) {
        say(tr("There is no folder to open the file from"), true);
        return false;
    }
    auto copy = m_session.attachments().writeCopy(id, folder);
    if (!copy) {
        say(copy.error(), true);
        return false;
    }
    if (!opener()(QUrl::fromLocalFile(copy.value()))) {
        say(tr("No program on this computer opens %1; use Save as… instead")
                .arg(QFileInfo(copy.value()).fileName()),
            true);
        return false;
    }
    return true;
}

void DocumentsPanel::chooseWhereToSave()
{
    const QTableWidgetItem* item =
        m_table->currentItem() ? m_table->item(m_table->currentRow(), 0) : nullptr;
    const QString path = FileDialog::saveFileName(
        this, tr("Save a copy"), item ? item->text() : QString(), tr("All files (*)"));
    if (!path.isEmpty())
        saveSelectedAs(path);
}

bool DocumentsPanel::saveSelectedAs(const QString& path)
{
    const qint64 id = selectedId();
    if (id <= 0)
        return false;
    auto content = m_session.attachments().content(id);
    if (!content) {
        say(content.error(), true);
        return false;
    }
    // The save dialog has already asked before replacing a file.
    if (Status written = safeoutput::writeBytes(path, true, content.value()); !written) {
        say(written.error(), true);
        return false;
    }
    say(tr("Saved %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool DocumentsPanel::removeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return false;
    if (m_reason->text().trimmed().isEmpty()) {
        say(tr("Type why the file is removed (it is kept in the case's history), then Remove"),
            true);
        m_reason->setFocus();
        return false;
    }
    if (Status removed = m_session.attachments().remove(id, m_reason->text()); !removed) {
        say(removed.error(), true);
        return false;
    }
    m_reason->clear();
    fill();
    say(tr("Removed; the case's history records it"), false);
    emit documentsChanged();
    return true;
}

bool DocumentsPanel::produceLetter()
{
    const QString name = m_template->currentData().toString();
    if (name.isEmpty())
        return false;
    letters::Letters writer(m_session);
    auto letter = writer.fill(m_case, name, &htmlToPdf);
    if (!letter) {
        say(letter.error(), true);
        return false;
    }
    if (!letter->missing.isEmpty()) {
        QStringList fields;
        for (const QString& field : letter->missing)
            fields.append(u"{{" + field + u"}}");
        if (MessageBox::question(
                this, QStringLiteral("letterMissingFields"), tr("Letter"),
                tr("These merge fields have no value for %1 and will stay marked in the letter: "
                   "%2.\n\nProduce the letter anyway?")
                    .arg(m_case.reference, fields.join(QStringLiteral(", ")))) != QMessageBox::Yes)
            return false;
    }
    auto kept = writer.record(m_case, letter.value());
    if (!kept) {
        say(kept.error(), true);
        return false;
    }
    fill();
    emit documentsChanged();
    // Opened for editing as ODT; what was produced is kept as the PDF.
    const QString folder = temporaryFolder();
    const QString path = QDir(folder).filePath(QFileInfo(kept->fileName).completeBaseName() +
                                               QStringLiteral(".odt"));
    if (folder.isEmpty() || !safeoutput::writeBytes(path, true, letter->odt) ||
        !opener()(QUrl::fromLocalFile(path))) {
        say(tr("The letter is kept with the case as %1; it could not be opened for editing")
                .arg(kept->fileName),
            true);
        return true;
    }
    say(tr("The letter is kept with the case as %1 and opened for editing").arg(kept->fileName),
        false);
    return true;
}

} // namespace redress
