#include "TimescalesPage.h"

#include "common/DateEdit.h"
#include "storage/ReferenceData.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress {

TimescalesPage::TimescalesPage(Session& session, QWidget* parent)
    : AdminPage(session, QStringLiteral("timescalesPage"), parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_picker = named(new QComboBox(this), QStringLiteral("timescaleProfile"),
                     tr("Procedure whose timescales to change"));
    auto* pickerLabel = new QLabel(tr("&Procedure:"), this);
    pickerLabel->setBuddy(m_picker);
    top->addWidget(pickerLabel);
    top->addWidget(m_picker, 1);
    layout->addLayout(top);

    auto* note = named(new QLabel(tr("Saving makes a new version of these timescales that "
                                     "applies to stages starting on or after the date it takes "
                                     "effect. Cases already logged keep the timescales they "
                                     "started with, so their deadlines do not change."),
                                  this),
                       QStringLiteral("timescaleNote"), tr("How a change of timescales applies"));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_versions = named(new QLabel(this), QStringLiteral("timescaleVersions"),
                       tr("Versions of these timescales"));
    m_versions->setWordWrap(true);
    layout->addWidget(m_versions);

    m_stages = named(new QTableWidget(0, 3, this), QStringLiteral("timescaleStages"),
                     tr("Timescales of each stage"));
    m_stages->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Working days to respond"), tr("Most working days with an extension")});
    m_stages->verticalHeader()->hide();
    m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stages->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_stages, 1);

    auto* form = new QFormLayout;
    m_stageCount =
        named(new QSpinBox(this), QStringLiteral("timescaleStageCount"), tr("Number of stages"));
    m_stageCount->setRange(1, ProcedureProfile::maxStages);
    m_stageCount->setToolTip(tr("A council may run its corporate procedure with one, two or "
                                "three stages. A new stage starts with the timescales of the "
                                "stage before it. The statutory procedure's three stages are "
                                "set by the regulations."));
    auto* countLabel = new QLabel(tr("Number of s&tages:"), this);
    countLabel->setBuddy(m_stageCount);
    form->addRow(countLabel, m_stageCount);
    m_closures = named(new QCheckBox(tr("Local closure &days stop the clock"), this),
                       QStringLiteral("applyClosureDays"), tr("Local closure days stop the clock"));
    form->addRow(QString(), m_closures);
    m_receiptDay = named(new QComboBox(this), QStringLiteral("receiptOnNonWorkingDay"),
                         tr("How a request received on a non-working day is counted"));
    m_receiptDay->addItem(tr("Counted from that day: day 1 is the next working day (the "
                             "regulations)"),
                          false);
    m_receiptDay->addItem(
        tr("Treated as received on the next working day (due one working day later)"), true);
    m_receiptDay->setToolTip(
        tr("\"Within 10 working days of receiving\": by the regulations a complaint received "
           "on a Saturday is due on the same day as one received on the Friday before. Some "
           "councils count it as received on the Monday instead, one working day later."));
    auto* receiptLabel = new QLabel(tr("Received on a &non-working day:"), this);
    receiptLabel->setBuddy(m_receiptDay);
    form->addRow(receiptLabel, m_receiptDay);
    m_effectiveFrom =
        named(new DateEdit(Clock::today(), this), QStringLiteral("timescaleEffectiveFrom"),
              tr("Date the new timescales take effect"));
    auto* dateLabel = new QLabel(tr("Takes &effect on:"), this);
    dateLabel->setBuddy(m_effectiveFrom);
    form->addRow(dateLabel, m_effectiveFrom);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* save = named(new QPushButton(tr("&Save as a new version"), this),
                       QStringLiteral("saveTimescales"), tr("Save as a new version"));
    buttons->addWidget(save);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(messageLine());

    connect(m_picker, &QComboBox::currentIndexChanged, this, &TimescalesPage::showProfile);
    connect(save, &QPushButton::clicked, this, &TimescalesPage::save);
    connect(m_stageCount, &QSpinBox::valueChanged, this, &TimescalesPage::changeStageCount);
    loadCatalog();
}

void TimescalesPage::loadCatalog()
{
    auto catalog = reference().procedures();
    if (!catalog) {
        showError(catalog.error());
        return;
    }
    m_catalog = catalog.value();
    const QString current = m_picker->currentData().toString();
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    for (const QString& code : m_catalog.codes()) {
        auto profile = m_catalog.profileFor(code, Clock::today());
        m_picker->addItem(profile && !profile->name.isEmpty() ? profile->name : code, code);
    }
    m_picker->setCurrentIndex(qMax(0, m_picker->findData(current)));
    showProfile();
}

void TimescalesPage::showProfile()
{
    const QString code = m_picker->currentData().toString();
    auto profile = m_catalog.profileFor(code, Clock::today());
    if (!profile) {
        showError(profile.error());
        return;
    }
    m_profile = profile.value();
    QStringList versions;
    for (const ProcedureProfile& version : m_catalog.profiles()) {
        if (version.code == code)
            versions << adminDate(version.effectiveFrom);
    }
    m_versions->setText(
        tr("Showing the version in force today, from %1. Versions take effect "
           "from: %2.")
            .arg(adminDate(m_profile.effectiveFrom), versions.join(QStringLiteral(", "))));
    m_closures->setChecked(m_profile.applyClosureDays);
    m_receiptDay->setCurrentIndex(m_receiptDay->findData(m_profile.receivedOnNextWorkingDay));
    m_draft = m_profile;
    const QSignalBlocker blocker(m_stageCount);
    m_stageCount->setValue(m_draft.stageCount());
    m_stageCount->setEnabled(m_draft.stagesCanChange());
    showStages();
}

void TimescalesPage::showStages()
{
    // Deleted now rather than later by the table, so no stale box keeps a stage's name.
    qDeleteAll(m_responseDays);
    qDeleteAll(m_maxResponseDays);
    m_responseDays.clear();
    m_maxResponseDays.clear();
    m_stages->setRowCount(0);
    m_stages->setRowCount(m_draft.stageCount());
    for (int row = 0; row < m_draft.stageCount(); ++row) {
        const StageRule& rule = m_draft.stages.at(row);
        const QString stage = rule.name.isEmpty()
                                  ? tr("Stage %1").arg(rule.number)
                                  : tr("Stage %1: %2").arg(rule.number).arg(rule.name);
        m_stages->setItem(row, 0, new QTableWidgetItem(stage));
        auto spin = [&](const QString& name, const QString& what, int value) {
            auto* box = named(new QSpinBox(m_stages), name + QString::number(rule.number),
                              tr("%1: %2").arg(stage, what));
            box->setRange(0, 365);
            box->setValue(value);
            return box;
        };
        m_responseDays << spin(QStringLiteral("responseDays_"), tr("working days to respond"),
                               rule.responseDays);
        m_maxResponseDays << spin(QStringLiteral("maxResponseDays_"),
                                  tr("most working days with an extension"), rule.maxResponseDays);
        m_stages->setCellWidget(row, 1, m_responseDays.last());
        m_stages->setCellWidget(row, 2, m_maxResponseDays.last());
    }
}

void TimescalesPage::readStageDays()
{
    for (int row = 0; row < m_draft.stageCount() && row < m_responseDays.size(); ++row) {
        m_draft.stages[row].responseDays = m_responseDays.at(row)->value();
        m_draft.stages[row].maxResponseDays = m_maxResponseDays.at(row)->value();
    }
}

void TimescalesPage::changeStageCount(int count)
{
    readStageDays();
    if (auto changed = m_draft.setStageCount(count); !changed) {
        showError(changed.error());
        return;
    }
    showStages();
    showDone(tr("The %1 will have %n stage(s) once saved.", nullptr, count).arg(m_draft.name));
}

void TimescalesPage::save()
{
    if (const QString problem = m_effectiveFrom->problem(tr("Takes effect on"));
        !problem.isEmpty()) {
        showError(problem);
        m_effectiveFrom->setFocus();
        return;
    }
    readStageDays();
    ProcedureProfile changed = m_draft;
    changed.effectiveFrom = m_effectiveFrom->date();
    changed.applyClosureDays = m_closures->isChecked();
    changed.receivedOnNextWorkingDay = m_receiptDay->currentData().toBool();
    for (int row = 0; row < changed.stageCount(); ++row) {
        const StageRule& rule = changed.stages.at(row);
        if (rule.maxResponseDays < rule.responseDays) {
            showError(tr("Stage %1: the most working days with an extension cannot be fewer "
                         "than the working days to respond.")
                          .arg(rule.number));
            m_maxResponseDays.at(row)->setFocus();
            return;
        }
    }
    const auto moved = changeDeadlineRules(tr("timescales of the %1 changed").arg(changed.name),
                                           [&] { return reference().saveProfile(changed); });
    if (!moved)
        return;
    loadCatalog();
    showDone(tr("Saved. The new timescales apply to stages starting on or after %1; stages "
                "that started earlier keep theirs. %2")
                 .arg(adminDate(changed.effectiveFrom), *moved));
}

} // namespace redress
