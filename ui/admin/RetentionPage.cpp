#include "RetentionPage.h"

#include "admin/RetentionReviewDialog.h"
#include "session/Session.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace redress {

namespace {

constexpr int keptForEver = 0;

} // namespace

RetentionPage::RetentionPage(Session& session, QWidget* parent)
    : AdminPage(session, QStringLiteral("retentionPage"), parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("How long each kind of case is kept after it closes, and what then happens to it. "
           "Anonymising removes names, contact details and free text (summaries, descriptions, "
           "notes) and keeps the case in the reports; deleting removes the whole case. The "
           "periods shipped with Redress are defaults: confirm them against the council's own "
           "retention schedule."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Kind of case"), this), 0, 0);
    // Alt+K and Alt+T reach the first line of each column.
    auto* keptHeader = new QLabel(tr("&Kept after closure"), this);
    auto* thenHeader = new QLabel(tr("&Then"), this);
    grid->addWidget(keptHeader, 0, 1);
    grid->addWidget(thenHeader, 0, 2);
    int row = 1;
    for (CaseKind kind : allCaseKinds()) {
        const QString code = caseKindCode(kind);
        auto* caption = new QLabel(caseKindLabel(kind), this);
        Line line;
        line.years = named(new QSpinBox(this), QStringLiteral("retentionYears_") + code,
                           tr("%1: years kept after closure").arg(caseKindLabel(kind)));
        line.years->setRange(keptForEver, RetentionSchedule::maximumYears);
        line.years->setSpecialValueText(tr("Kept for ever"));
        line.years->setSuffix(tr(" years"));
        line.action = named(new QComboBox(this), QStringLiteral("retentionAction_") + code,
                            tr("%1: what happens then").arg(caseKindLabel(kind)));
        for (RetentionAction action : allRetentionActions())
            line.action->addItem(retentionActionLabel(action), int(action));
        caption->setBuddy(line.years);
        grid->addWidget(caption, row, 0);
        grid->addWidget(line.years, row, 1);
        grid->addWidget(line.action, row, 2);
        m_lines.insert(kind, line);
        ++row;
    }
    keptHeader->setBuddy(m_lines.value(allCaseKinds().constFirst()).years);
    thenHeader->setBuddy(m_lines.value(allCaseKinds().constFirst()).action);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    auto* buttons = new QHBoxLayout;
    auto* saveButton = named(new QPushButton(tr("&Save schedule"), this),
                             QStringLiteral("saveRetentionSchedule"), tr("Save schedule"));
    auto* reviewButton =
        named(new QPushButton(tr("&Review cases past retention…"), this),
              QStringLiteral("reviewRetention"), tr("Review cases past retention"));
    buttons->addWidget(saveButton);
    buttons->addWidget(reviewButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(messageLine());
    layout->addStretch();

    const bool administrator = session.isAdministrator();
    for (const Line& line : std::as_const(m_lines)) {
        line.years->setEnabled(administrator);
        line.action->setEnabled(administrator);
    }
    saveButton->setEnabled(administrator);
    reviewButton->setEnabled(administrator);
    connect(saveButton, &QPushButton::clicked, this, &RetentionPage::save);
    connect(reviewButton, &QPushButton::clicked, this, &RetentionPage::review);
    load();
}

void RetentionPage::load()
{
    auto rules = RetentionSchedule(session().database()).rules();
    if (!rules) {
        showError(rules.error());
        return;
    }
    for (const Line& line : std::as_const(m_lines))
        line.years->setValue(keptForEver);
    for (const RetentionRule& rule : rules.value()) {
        const Line line = m_lines.value(rule.kind);
        line.years->setValue(rule.years);
        line.action->setCurrentIndex(line.action->findData(int(rule.action)));
    }
}

void RetentionPage::save()
{
    if (!check(session().requireAdministrator(tr("the retention schedule"))))
        return;
    QList<RetentionRule> rules;
    for (CaseKind kind : allCaseKinds()) {
        const Line line = m_lines.value(kind);
        if (line.years->value() == keptForEver)
            continue;
        rules.append(
            {kind, line.years->value(), RetentionAction(line.action->currentData().toInt())});
    }
    if (!check(RetentionSchedule(session().database()).save(rules, session().actor())))
        return;
    showDone(tr("Retention schedule saved."));
}

void RetentionPage::review()
{
    auto* dialog = new RetentionReviewDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RetentionReviewDialog::applied, this,
            [this](const QString& summary) { showDone(summary); });
    dialog->open();
}

} // namespace redress
