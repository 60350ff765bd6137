#include "LettersPage.h"

#include "attachments/Attachments.h"
#include "common/FileDialog.h"
#include "common/ReadOnlyTable.h"
#include "letters/LetterTemplates.h"
#include "letters/OdtPackage.h"
#include "session/Session.h"

#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace redress {

namespace {

constexpr qint64 megabyte = 1024 * 1024;

letters::LetterTemplates templatesOf(Session& session)
{
    letters::LetterTemplates templates(session.database(), session.actor());
    if (Status allowed = session.requireAdministrator(LettersPage::tr("the letter templates"));
        !allowed)
        templates.refuseChanges(Error{allowed.error()});
    return templates;
}

} // namespace

LettersPage::LettersPage(Session& session, QWidget* parent)
    : AdminPage(session, QStringLiteral("lettersPage"), parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Letter templates are OpenDocument text files (.odt) with merge "
                                "fields such as {{case.reference}}; the user guide lists them. "
                                "A template stored here replaces the default of the same name "
                                "for the whole team."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_templates = named(makeReadOnlyTable(QStringLiteral("letterTemplates"),
                                          {tr("Title"), tr("Name"), tr("From")}, this),
                        QStringLiteral("letterTemplates"), tr("Letter templates"));
    layout->addWidget(m_templates, 1);

    auto* form = new QFormLayout;
    m_name = named(new QLineEdit(this), QStringLiteral("templateName"), tr("Template name"));
    m_title = named(new QLineEdit(this), QStringLiteral("templateTitle"), tr("Template title"));
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto* titleLabel = new QLabel(tr("T&itle:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(nameLabel, m_name);
    form->addRow(titleLabel, m_title);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* store = new QPushButton(tr("&Store from file…"), this);
    store->setObjectName(QStringLiteral("storeTemplate"));
    connect(store, &QPushButton::clicked, this, &LettersPage::chooseTemplateFile);
    auto* show = new QPushButton(tr("Pre&view"), this);
    show->setObjectName(QStringLiteral("previewTemplate"));
    connect(show, &QPushButton::clicked, this, &LettersPage::preview);
    buttons->addWidget(store);
    buttons->addWidget(show);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_preview = named(new QTextBrowser(this), QStringLiteral("templatePreview"),
                      tr("What the template says"));
    layout->addWidget(m_preview, 1);

    auto* limits = new QHBoxLayout;
    m_limit = named(new QSpinBox(this), QStringLiteral("attachmentLimit"),
                    tr("Largest file that can be attached, in megabytes"));
    m_limit->setRange(1, 2000);
    m_limit->setSuffix(tr(" MB"));
    auto* limitLabel = new QLabel(tr("&Largest file attached to a case:"), this);
    limitLabel->setBuddy(m_limit);
    auto* saveLimit = new QPushButton(tr("Save li&mit"), this);
    saveLimit->setObjectName(QStringLiteral("saveAttachmentLimit"));
    connect(saveLimit, &QPushButton::clicked, this, &LettersPage::saveSizeLimit);
    limits->addWidget(limitLabel);
    limits->addWidget(m_limit);
    limits->addWidget(saveLimit);
    limits->addStretch(1);
    layout->addLayout(limits);
    layout->addWidget(messageLine());

    connect(m_templates, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_templates->currentRow();
        if (row < 0)
            return;
        m_title->setText(m_templates->item(row, 0)->text());
        m_name->setText(m_templates->item(row, 1)->text());
    });
    refreshChoices();
}

void LettersPage::refreshChoices()
{
    auto templates = templatesOf(session()).all();
    if (!check(templates ? Status{} : Status{Error{templates.error()}}))
        return;
    QList<QStringList> rows;
    for (const letters::LetterTemplate& letter : templates.value())
        rows.append({letter.title, letter.name,
                     letter.builtIn
                         ? tr("Redress's default")
                         : tr("Stored by %1 on %2")
                               .arg(letter.updatedBy,
                                    adminDate(letter.updatedAtUtc.toLocalTime().date()))});
    fillReadOnlyTable(m_templates, rows);
    if (auto limit = session().attachments().sizeLimit(); limit)
        m_limit->setValue(int(qMax<qint64>(1, limit.value() / megabyte)));
}

void LettersPage::chooseTemplateFile()
{
    const QString path = FileDialog::openFileName(this, tr("Letter template"), QString(),
                                                  tr("OpenDocument text (*.odt)"));
    if (!path.isEmpty())
        storeTemplateFrom(path);
}

bool LettersPage::storeTemplateFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QString name = m_name->text().trimmed();
    if (!check(templatesOf(session()).save(name, m_title->text(), file.readAll())))
        return false;
    refreshChoices();
    showDone(
        tr("Template \"%1\" stored; the whole team now uses it").arg(m_title->text().trimmed()));
    return true;
}

bool LettersPage::preview()
{
    auto found = templatesOf(session()).find(m_name->text());
    if (!check(found ? Status{} : Status{Error{found.error()}}))
        return false;
    auto package = letters::OdtPackage::read(found->odt, found->title);
    if (!check(package ? Status{} : Status{Error{package.error()}}))
        return false;
    m_preview->setHtml(letters::contentToHtml(package->member(QStringLiteral("content.xml"))));
    return true;
}

bool LettersPage::saveSizeLimit()
{
    if (!check(session().attachments().setSizeLimit(qint64(m_limit->value()) * megabyte)))
        return false;
    showDone(tr("Files up to %1 can now be attached")
                 .arg(Attachments::sizeText(qint64(m_limit->value()) * megabyte)));
    return true;
}

} // namespace redress
