#include "KindsPage.h"

#include "session/CouncilKindSettings.h"
#include "session/Session.h"
#include "storage/CaseKindStore.h"
#include "storage/CaseRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress {

namespace {

QString clockText(int days)
{
    return days > 0 ? KindsPage::tr("%n working day(s)", nullptr, days) : KindsPage::tr("None");
}

QString clockText(const CouncilKind& kind)
{
    return kind.isExtendable() ? KindsPage::tr("%1, extended to %2")
                                     .arg(clockText(kind.clockDays), clockText(kind.extendedDays))
                               : clockText(kind.clockDays);
}

} // namespace

KindsPage::KindsPage(Session& session, QWidget* parent)
    : AdminPage(session, QStringLiteral("kindsPage"), parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The built-in kinds cannot be changed. Add the council's own kinds of feedback here: "
           "they are offered when logging a case, in the queue's filters, in imports and in the "
           "reports. A kind cannot be removed once added; retire it to stop offering it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = named(new QTableWidget(0, 5, this), QStringLiteral("kindList"), tr("Kinds"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Reference prefix"), tr("Response clock"),
                                        tr("Counted as"), tr("Offered")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, field);
    };
    m_name = named(new QLineEdit(this), QStringLiteral("kindName"), tr("Name of the kind"));
    m_prefix = named(new QLineEdit(this), QStringLiteral("kindPrefix"),
                     tr("Reference prefix, two to four letters"));
    m_prefix->setMaxLength(4);
    m_prefix->setPlaceholderText(tr("Made from the name if left empty"));
    m_days =
        named(new QSpinBox(this), QStringLiteral("kindClockDays"), tr("Working days to respond"));
    m_days->setRange(0, 365);
    m_days->setSpecialValueText(tr("No response clock"));
    m_days->setSuffix(tr(" working days"));
    m_extended = named(new QSpinBox(this), QStringLiteral("kindExtendedDays"),
                       tr("Most working days with an extension"));
    m_extended->setRange(0, 365);
    m_extended->setSpecialValueText(tr("No extension"));
    m_extended->setSuffix(tr(" working days"));
    m_retention = named(new QSpinBox(this), QStringLiteral("kindRetentionYears"),
                        tr("Years kept after closure"));
    m_retention->setRange(0, 100);
    m_retention->setSpecialValueText(tr("As its report group (Retention)"));
    m_retention->setSuffix(tr(" years"));
    m_group = named(new QComboBox(this), QStringLiteral("kindReportGroup"),
                    tr("Where the reports count it"));
    for (KindReportGroup group : allKindReportGroups())
        m_group->addItem(kindReportGroupLabel(group), kindReportGroupCode(group));
    addRow(tr("&Name:"), m_name);
    addRow(tr("Reference &prefix:"), m_prefix);
    addRow(tr("Response &clock:"), m_days);
    addRow(tr("E&xtended to:"), m_extended);
    addRow(tr("Counted &as:"), m_group);
    addRow(tr("Kept after c&losure:"), m_retention);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* add = named(new QPushButton(tr("A&dd kind"), this), QStringLiteral("addKind"),
                      tr("Add a kind with these settings"));
    m_rename = named(new QPushButton(tr("&Rename"), this), QStringLiteral("renameKind"),
                     tr("Give the chosen kind the name typed"));
    m_retire = named(new QPushButton(tr("R&etire"), this), QStringLiteral("retireKind"),
                     tr("Stop offering the chosen kind for new cases"));
    m_save = named(new QPushButton(tr("&Save settings"), this), QStringLiteral("saveKind"),
                   tr("Give the chosen kind the prefix, clock, group and retention shown"));
    buttons->addWidget(add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_retire);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(messageLine());

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showKind(row); });
    connect(add, &QPushButton::clicked, this, &KindsPage::addKind);
    connect(m_rename, &QPushButton::clicked, this, &KindsPage::renameKind);
    connect(m_save, &QPushButton::clicked, this, &KindsPage::saveSettings);
    connect(m_retire, &QPushButton::clicked, this, &KindsPage::toggleRetired);
    reload();
    showKind(-1);
}

void KindsPage::reload()
{
    if (auto loaded = CaseKindStore::load(session().database()); !loaded) {
        showError(loaded.error());
        return;
    }
    m_kinds = caseKindsWithCouncil();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_kinds.size()));
    for (int row = 0; row < m_kinds.size(); ++row) {
        const CaseKind kind = m_kinds.at(row);
        const auto council = councilKind(kind);
        const QStringList cells{caseKindLabel(kind), CaseRepository::referencePrefix(kind),
                                council ? clockText(*council) : tr("Its procedure's (Timescales)"),
                                council ? kindReportGroupLabel(council->reportGroup)
                                        : tr("Built-in"),
                                council && council->retired ? tr("No (retired)") : tr("Yes")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

std::optional<CouncilKind> KindsPage::selectedCouncilKind() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_kinds.size())
        return std::nullopt;
    return councilKind(m_kinds.at(row));
}

void KindsPage::showKind(int row)
{
    const auto council = row >= 0 && row < m_kinds.size() ? councilKind(m_kinds.at(row))
                                                          : std::optional<CouncilKind>();
    m_rename->setEnabled(council.has_value());
    m_save->setEnabled(council.has_value());
    m_retire->setEnabled(council.has_value());
    m_retire->setText(council && council->retired ? tr("&Offer again") : tr("R&etire"));
    if (!council)
        return;
    m_name->setText(council->name);
    m_prefix->setText(council->referencePrefix);
    m_days->setValue(council->clockDays);
    m_extended->setValue(council->isExtendable() ? council->extendedDays : 0);
    m_retention->setValue(council->retentionYears);
    m_group->setCurrentIndex(qMax(0, m_group->findData(kindReportGroupCode(council->reportGroup))));
}

void KindsPage::addKind()
{
    CouncilKind wanted;
    wanted.name = m_name->text();
    wanted.referencePrefix = m_prefix->text();
    wanted.clockDays = m_days->value();
    wanted.extendedDays = m_extended->value();
    wanted.reportGroup = kindReportGroupFromCode(m_group->currentData().toString())
                             .value_or(KindReportGroup::OtherFeedback);
    auto added = session().caseKinds().add(wanted);
    if (!added) {
        showError(added.error());
        return;
    }
    reload();
    m_table->setCurrentCell(int(m_kinds.indexOf(*caseKindFromCode(added->code))), 0);
    session().notifyReferenceDataChanged();
    showDone(tr("\"%1\" added: its cases' references begin %2.")
                 .arg(added->name, added->referencePrefix));
}

void KindsPage::saveSettings()
{
    const auto council = selectedCouncilKind();
    if (!council)
        return;
    const int row = m_table->currentRow();
    CouncilKindChange change;
    change.referencePrefix = m_prefix->text();
    change.clockDays = m_days->value();
    change.extendedDays = m_days->value() > 0 ? m_extended->value() : 0;
    change.reportGroup = kindReportGroupFromCode(m_group->currentData().toString());
    change.retentionYears = m_retention->value();
    auto changed = changeCouncilKind(session(), council->code, change);
    if (!changed) {
        showError(changed.error());
        return;
    }
    reload();
    m_table->setCurrentCell(row, 0);
    QString done = tr("\"%1\" saved: new cases' references begin %2; cases already logged keep "
                      "theirs.")
                       .arg(changed->kind.name, changed->kind.referencePrefix);
    if (changed->refresh)
        done += u' ' + tr("Its new clock moved the deadlines of %n open case(s).", nullptr,
                          changed->refresh->casesChanged);
    showDone(done);
}

void KindsPage::renameKind()
{
    const auto council = selectedCouncilKind();
    if (!council)
        return;
    const int row = m_table->currentRow();
    if (!check(session().caseKinds().rename(council->code, m_name->text())))
        return;
    reload();
    m_table->setCurrentCell(row, 0);
    session().notifyReferenceDataChanged();
    showDone(tr("\"%1\" renamed \"%2\".").arg(council->name, m_name->text().simplified()));
}

void KindsPage::toggleRetired()
{
    const auto council = selectedCouncilKind();
    if (!council)
        return;
    const int row = m_table->currentRow();
    if (!check(session().caseKinds().setRetired(council->code, !council->retired)))
        return;
    reload();
    m_table->setCurrentCell(row, 0);
    session().notifyReferenceDataChanged();
    showDone(council->retired ? tr("\"%1\" is offered for new cases again.").arg(council->name)
                              : tr("\"%1\" retired: it is no longer offered for new cases; its "
                                   "cases are still shown and counted.")
                                    .arg(council->name));
}

} // namespace redress
